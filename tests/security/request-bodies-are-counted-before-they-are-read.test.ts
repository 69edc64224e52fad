import http from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonBody } from "../../lib/api/handler";
import { AppError } from "../../lib/errors";
import { capRequestBody } from "../../lib/http/body-cap";

/**
 * Finding 1 of the second review: `jsonBody` read the entire body (two anonymous 300 MB posts took
 * the server from 441 MB to 2,510 MB), and scripts/serve.ts had no ceiling. Now the JSON reader
 * refuses by Content-Length and counts while it streams, and the server's own ceiling
 * (lib/http/body-cap.ts) does the same for every path before Next sees the request.
 */
const MB = 1024 * 1024;

/** A body that never ends on its own, counting what was pulled from it. */
function endless(chunkBytes = 64 * 1024, maxBytes = 300 * MB) {
  const counter = { pulled: 0 };
  const chunk = new Uint8Array(chunkBytes).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= maxBytes) return controller.close();
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("the body was accepted");
}

describe("the API's JSON reader", () => {
  it("refuses a body whose Content-Length is above the limit without reading it", async () => {
    const { stream, counter } = endless();
    const request = new NextRequest("http://local/api/v1/years", {
      method: "POST",
      body: stream,
      headers: { "content-length": String(300 * MB) },
      duplex: "half",
    });
    const err = await refusal(jsonBody(request));
    expect(err.status).toBe(413);
    expect(err.message).toMatch(/请求体不能超过 1 MB.*at most 1 MB/);
    expect(counter.pulled).toBeLessThanOrEqual(128 * 1024);
  });

  it("refuses a streamed body once it passes the limit, before much more of it arrives", async () => {
    const { stream, counter } = endless();
    const request = new NextRequest("http://local/api/v1/years", { method: "POST", body: stream, duplex: "half" });
    const err = await refusal(jsonBody(request));
    expect(err.status).toBe(413);
    expect(counter.pulled).toBeLessThan(2 * MB);
  });

  it("reads a small object as before, and a route may allow more", async () => {
    const small = new NextRequest("http://local/x", { method: "POST", body: JSON.stringify({ a: 1 }) });
    expect(await jsonBody(small)).toEqual({ a: 1 });
    const big = JSON.stringify({ text: "x".repeat(1.5 * MB) });
    expect((await jsonBody(new NextRequest("http://local/x", { method: "POST", body: big }), { maxBytes: 2 * MB })).text).toHaveLength(
      1.5 * MB,
    );
    expect((await refusal(jsonBody(new NextRequest("http://local/x", { method: "POST", body: big })))).status).toBe(413);
  });
});

describe("the server's ceiling on every request body", () => {
  let server: http.Server;
  let base: string;
  let largestHeld = 0;

  beforeAll(async () => {
    // A handler that, like next-auth or a server action, reads the whole body into memory.
    server = http.createServer((req, res) => {
      const cap = capRequestBody(req, res, 2 * MB);
      if (cap.refused) return;
      if (req.headers["x-anonymous"] && cap.lower(MB)) return;
      const chunks: Buffer[] = [];
      let held = 0;
      req.on("data", (c: Buffer) => {
        chunks.push(c);
        held += c.length;
        largestHeld = Math.max(largestHeld, held);
      });
      req.on("end", () => res.end(`read ${held}`));
      req.on("error", () => undefined);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  /** Streams `total` bytes (or until answered); resolves with the status and the bytes sent by then. */
  function send(headers: Record<string, string>, total: number): Promise<{ status: number; sent: number; body: string }> {
    return new Promise((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const req = http.request(`${base}/`, { method: "POST", headers }, (res) => {
        answered = true;
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, sent, body }));
        res.on("error", () => resolve({ status: res.statusCode ?? 0, sent, body }));
      });
      req.on("error", (err) => {
        if (!answered) reject(err);
      });
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      const pump = () => {
        while (!answered && sent < total) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        if (!answered) req.end();
      };
      pump();
    });
  }

  it("refuses a declared 300 MB body with 413 before it is sent", async () => {
    const r = await send({ "content-length": String(300 * MB) }, 300 * MB);
    expect(r.status).toBe(413);
    expect(r.body).toMatch(/请求体过大.*too large/);
    expect(r.sent).toBeLessThan(20 * MB);
  });

  it("cuts a chunked body off at the ceiling: the handler never holds more than the ceiling", async () => {
    const r = await send({ "transfer-encoding": "chunked" }, 100 * MB);
    expect(r.status).toBe(413);
    expect(r.sent).toBeLessThan(50 * MB);
    expect(largestHeld).toBeLessThanOrEqual(2 * MB);
  });

  it("lowers the ceiling for an anonymous caller, and lets a body within it through", async () => {
    expect((await send({ "transfer-encoding": "chunked", "x-anonymous": "1" }, 10 * MB)).status).toBe(413);
    const ok = await send({ "transfer-encoding": "chunked" }, 1.5 * MB);
    expect(ok.status).toBe(200);
    expect(ok.body).toBe(`read ${1.5 * MB}`);
  });
});
