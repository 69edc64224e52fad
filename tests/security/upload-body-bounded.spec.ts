import http from "node:http";
import { expect, test } from "@playwright/test";
import { apiAs } from "../e2e/support/auth";
import { award, cookieHeader, createRecord } from "./support";

/**
 * Finding 4: POST …/files read the whole body before any size or record check (600 MB took the
 * server from 190 MB to 2.8 GB before its 404). Now the caller is authorized first, a declared
 * Content-Length above the limit is refused at once, and a chunked body is counted as it streams.
 * Each request below sends only a little and waits for the answer: the server must answer without
 * waiting for the rest of the body.
 */
type Sent = { status: number; sentBytes: number };

function post(baseURL: string, path: string, headers: Record<string, string>, chunks: number, chunkBytes = 1 << 20): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, baseURL);
    let sentBytes = 0;
    let answered = false;
    const req = http.request(url, { method: "POST", headers }, (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, sentBytes });
      req.destroy();
    });
    req.on("error", (err) => {
      if (!answered) reject(err);
    });
    const boundary = headers["content-type"]!.split("boundary=")[1];
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`);
    const chunk = Buffer.alloc(chunkBytes, 0x41);
    let i = 0;
    const pump = () => {
      while (!answered && i < chunks) {
        i++;
        sentBytes += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered && i >= chunks) req.end(`\r\n--${boundary}--\r\n`);
    };
    pump();
    setTimeout(() => reject(new Error(`no answer after sending ${sentBytes} bytes`)), 30_000).unref();
  });
}

test.describe("the evidence upload body is bounded", () => {
  const multipart = { "content-type": "multipart/form-data; boundary=nianbaoBoundary" };

  test("a declared 600 MB body is refused with 413 before it is sent", async ({ baseURL }) => {
    const staff = await apiAs(baseURL!, "staff-a");
    const rec = await createRecord(staff, "competition-awards", award());
    const sent = await post(
      baseURL!,
      `/api/v1/records/competition-awards/${rec.id}/files`,
      { ...multipart, cookie: await cookieHeader(staff), "content-length": String(600 * 1024 * 1024) },
      2,
    );
    expect(sent.status).toBe(413);
    await staff.dispose();
  });

  test("a chunked body without Content-Length is cut off at the limit with 413", async ({ baseURL }) => {
    const staff = await apiAs(baseURL!, "staff-a");
    const rec = await createRecord(staff, "competition-awards", award());
    const sent = await post(
      baseURL!,
      `/api/v1/records/competition-awards/${rec.id}/files`,
      { ...multipart, cookie: await cookieHeader(staff), "transfer-encoding": "chunked" },
      200,
    );
    expect(sent.status).toBe(413);
    expect(sent.sentBytes).toBeLessThan(100 * 1024 * 1024);
    await staff.dispose();
  });

  test("a user who may not attach to the record is refused before the body is read", async ({ baseURL }) => {
    const staffA = await apiAs(baseURL!, "staff-a");
    const staffB = await apiAs(baseURL!, "staff-b");
    const rec = await createRecord(staffA, "competition-awards", award());
    const sent = await post(
      baseURL!,
      `/api/v1/records/competition-awards/${rec.id}/files`,
      { ...multipart, cookie: await cookieHeader(staffB), "content-length": String(9 * 1024 * 1024) },
      1,
      64 * 1024,
    );
    expect(sent.status).toBe(404);
    const anonymous = await post(
      baseURL!,
      `/api/v1/records/competition-awards/${rec.id}/files`,
      { ...multipart, "content-length": String(9 * 1024 * 1024) },
      1,
      64 * 1024,
    );
    // Anonymous callers meet the server's 1 MB ceiling (scripts/serve.ts) before the route: 413.
    expect(anonymous.status).toBe(413);
    await staffA.dispose();
    await staffB.dispose();
  });
});
