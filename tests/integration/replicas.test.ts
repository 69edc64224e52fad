// Many instances, one truth (issue 14): two app instances (`npm start`, then scripts/serve.ts) on
// the same Postgres and the same S3 server (s3rver), a round-robin proxy in front, and a separate
// worker. Checks health/readiness, request ids and JSON logs, cache headers and pre-compressed
// bytes, a session and an upload that cross instances, a publication seen by the other instance
// within 5 s, one job for simultaneous PDF requests, a killed worker's job finished by the next,
// and that web instances with NIANBAO_WORKER=off never print.
// Needs a build of the current code (.next or NEXT_DIST_DIR); REPLICAS_BUILD=1 builds first.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildApp, startFirstInstance, startReplica, startWorker, type Instance } from "../../lib/ops/instances";
import { startRoundRobinProxy, type RoundRobinProxy } from "../../lib/ops/round-robin-proxy";
import { publishEdition } from "../../lib/report/editions/editions";
import { closePrismaClient, createPrismaClient } from "../../lib/server/db";
import { signInOverHttp } from "../../scripts/bench/_sign-in";
import { rawGet } from "../../scripts/bench/_stack";
import { freshDatabase } from "../support/database";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const PORT = Number(process.env.E2E_PORT ?? 3600) + 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Pids of running print processes (the report-pdf child and Chromium), each with its ancestors. */
function printers(): { pid: number; ancestors: number[] }[] {
  const found: { pid: number; ancestors: number[] }[] = [];
  const parent = (pid: number) => {
    try {
      return Number(
        fs
          .readFileSync(`/proc/${pid}/stat`, "utf8")
          .replace(/^.*\) /, "")
          .split(" ")[1],
      );
    } catch {
      return 0;
    }
  };
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let cmd = "";
    try {
      cmd = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
    } catch {
      continue;
    }
    if (!/report-pdf\.ts|chromium/.test(cmd)) continue;
    const ancestors: number[] = [];
    for (let p = parent(Number(entry)); p > 1 && ancestors.length < 30; p = parent(p)) ancestors.push(p);
    found.push({ pid: Number(entry), ancestors });
  }
  return found;
}

/** A signed-in HTTP client: next-auth's csrf → callback/credentials, cookies kept by hand. */
async function signIn(base: string, username: string) {
  const { cookie, status, signedIn } = await signInOverHttp(base, username, "demo-2022");
  expect(status).toBeLessThan(400);
  expect(signedIn).toBe(true);
  return () => cookie;
}

/** The id a worker announced in its first log line (the one it writes into the jobs it claims). */
function workerId(w: Instance): string | undefined {
  for (const line of w.output().split("\n")) {
    try {
      const j = JSON.parse(line) as { msg?: string; worker?: string };
      if (j.msg === "worker started") return j.worker;
    } catch {
      /* not JSON */
    }
  }
  return undefined;
}

// Replicas share a real Postgres; the embedded PGlite server multiplexes one session and is
// not a multi-instance database (docs/decisions/003), so this file runs only against Postgres.
describe.skipIf(inject("embedded"))("replicas behind a round-robin proxy", () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let s3: S3rver;
  let s3dir: string;
  let a: Instance, b: Instance;
  let proxy: RoundRobinProxy;
  const workers: Instance[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    if (process.env.REPLICAS_BUILD === "1" || !fs.existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) buildApp();
    database = await freshDatabase();
    s3dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-replicas-s3-"));
    s3 = new S3rver({
      port: PORT + 5,
      address: "127.0.0.1",
      silent: true,
      directory: s3dir,
      configureBuckets: [{ name: "nianbao", configs: [] }],
    });
    await s3.run();
    env = {
      DATABASE_URL: database.url,
      NIANBAO_DEMO: "1",
      NEXTAUTH_SECRET: "replicas-test-secret-not-for-production-0123456789",
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      NIANBAO_LOGIN_LIMIT_IP: "10000",
      NIANBAO_ACCESS_LOG: "1",
      NIANBAO_INSTANCES: "2",
      NIANBAO_WORKER: "off",
      NIANBAO_JOB_LEASE_SECONDS: "6",
      S3_BUCKET: "nianbao",
      S3_ENDPOINT: `http://127.0.0.1:${PORT + 5}`,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      NIANBAO_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-replicas-data-")),
    };
    a = await startFirstInstance(env, PORT + 1);
    b = await startReplica(env, PORT + 2);
    proxy = await startRoundRobinProxy({ targets: [a.url, b.url] });
  }, 900_000);

  afterAll(async () => {
    await proxy?.close();
    for (const w of workers) await w.stop("SIGKILL");
    await b?.stop();
    await a?.stop();
    await s3?.close();
    await database?.dispose();
    if (s3dir) fs.rmSync(s3dir, { recursive: true, force: true });
  }, 120_000);

  it("answers liveness and readiness, returns a request id and logs it as JSON", async () => {
    for (const i of [a, b]) {
      expect((await fetch(`${i.url}/api/health`)).status).toBe(200);
      const ready = await fetch(`${i.url}/api/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({
        status: "ready",
        checks: { database: { ok: true }, storage: { ok: true }, migrations: { ok: true } },
      });
    }
    const id = `test-${Date.now()}-abcdef`;
    const res = await fetch(`${a.url}/api/health`, { headers: { "x-request-id": id } });
    expect(res.headers.get("x-request-id")).toBe(id);
    expect((await fetch(`${a.url}/api/health`)).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    await sleep(200);
    const line = a
      .output()
      .split("\n")
      .find((l) => l.includes(id));
    expect(line, a.output().slice(-2000)).toBeTruthy();
    expect(JSON.parse(line!)).toMatchObject({ requestId: id, path: "/api/health", status: 200, level: "info" });
  });

  it("signs in through one instance and works through the other; personal answers are private, no-store", async () => {
    const cookie = await signIn(a.url, "staff-a");
    const list = await fetch(`${b.url}/api/v1/records/competition-awards?year=2022`, { headers: { cookie: cookie() } });
    expect(list.status).toBe(200);
    expect(list.headers.get("cache-control")).toBe("private, no-store");
    const page = await fetch(`${b.url}/admin/records/competition-awards`, { headers: { cookie: cookie() }, redirect: "manual" });
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("private, no-store");

    // A record created through B, a file uploaded to it through A and downloaded through B (same object store).
    const created = await fetch(`${b.url}/api/v1/records/competition-awards`, {
      method: "POST",
      headers: { cookie: cookie(), "content-type": "application/json" },
      body: JSON.stringify({ year: 2022, data: { competition: "多实例测试赛", level: "NATIONAL", prizes: [{ prize: "一等奖" }] } }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const form = new FormData();
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    form.set("file", new Blob([pdf], { type: "application/pdf" }), "evidence.pdf");
    const up = await fetch(`${a.url}/api/v1/records/competition-awards/${id}/files`, {
      method: "POST",
      body: form,
      headers: { cookie: cookie() },
    });
    expect(up.status, await up.clone().text()).toBe(201);
    const { url } = (await up.json()) as { url: string };
    const down = await fetch(`${b.url}${url}`, { headers: { cookie: cookie() } });
    expect(down.status).toBe(200);
    expect(Buffer.from(await down.arrayBuffer()).equals(pdf)).toBe(true);
    expect(down.headers.get("cache-control")).toBe("private, no-store");
  });

  it("counts failed logins against both instances together (shared store)", async () => {
    // A made-up user name: failures count per name and address whether or not the user exists.
    const username = `probe-${Date.now()}`;
    const attempt = async (base: string) => {
      const csrf = await fetch(`${base}/api/auth/csrf`);
      const cookie = csrf.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const res = await fetch(`${base}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body: new URLSearchParams({ csrfToken, username, password: "wrong-password", json: "true" }),
      });
      const { url } = (await res.json()) as { url: string };
      return new URL(url).searchParams.get("error");
    };
    // Five failures spread over the two instances (limit 5 per name and address)…
    for (let i = 0; i < 5; i++) expect(await attempt(i % 2 ? b.url : a.url)).toBe("INVALID_CREDENTIALS");
    // …and the sixth is refused by either one: they count in the same table.
    expect(await attempt(a.url)).toBe("RATE_LIMITED");
    expect(await attempt(b.url)).toBe("RATE_LIMITED");
  });

  it("serves the published report pre-compressed, with ETag/304 and CDN cache headers", async () => {
    const latest = await rawGet(`${proxy.url}/reports/2022`, { "accept-encoding": "gzip, br" });
    expect(latest.status).toBe(200);
    expect(latest.headers["content-encoding"]).toBe("br");
    expect(latest.headers.vary).toBe("Accept-Encoding");
    expect(latest.headers["cache-control"]).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    const html = zlib.brotliDecompressSync(latest.body).toString("utf8");
    expect(html).toContain(`data-edition="1"`);
    const plain = await rawGet(`${proxy.url}/reports/2022`, {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(html);
    const gz = await rawGet(`${proxy.url}/reports/2022`, { "accept-encoding": "gzip" });
    expect(zlib.gunzipSync(gz.body).toString("utf8")).toBe(html);
    // The ETag names the build (a deploy that renders differently is not answered 304).
    const buildId = fs.readFileSync(path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"), "utf8").trim();
    expect(String(latest.headers.etag)).toContain(buildId);
    // Both instances answer the same ETag; a matching If-None-Match is a 304 on either.
    for (const i of [a, b]) {
      const again = await rawGet(`${i.url}/reports/2022`, { "accept-encoding": "gzip, br", "if-none-match": String(latest.headers.etag) });
      expect(again.status).toBe(304);
    }
    const edition = await rawGet(`${proxy.url}/reports/2022/editions/1`, { "accept-encoding": "br" });
    expect(edition.status).toBe(200);
    expect(edition.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(edition.headers["content-encoding"]).toBe("br");
    expect((await rawGet(`${proxy.url}/reports/2022/editions/99`, {})).status).toBe(404);
  });

  it("a publication is served by every instance within 5 s", async () => {
    const prisma = createPrismaClient(database.url, 1);
    try {
      const reviewer = await prisma.user.findUniqueOrThrow({ where: { username: "reviewer" } });
      // Both instances have just answered edition 1 (their caches are warm).
      for (const i of [a, b]) expect(await (await fetch(`${i.url}/reports/2022`)).text()).toContain(`data-edition="1"`);
      await publishEdition({
        actor: {
          id: reviewer.id,
          username: reviewer.username,
          displayName: reviewer.displayName,
          role: reviewer.role,
          departmentId: reviewer.departmentId,
        },
        year: 2022,
        prisma,
      });
      const published = Date.now();
      for (const i of [a, b]) {
        for (;;) {
          if ((await (await fetch(`${i.url}/reports/2022`)).text()).includes(`data-edition="2"`)) break;
          expect(Date.now() - published, `${i.url} still serves edition 1`).toBeLessThan(5_000);
          await sleep(100);
        }
      }
    } finally {
      await closePrismaClient(prisma);
    }
  });

  it("two simultaneous PDF requests make one job; a killed worker's job is printed by the next; web instances never print", async () => {
    // A reviewer's draft preview is printed on demand elsewhere; an instance with NIANBAO_WORKER=off refuses it.
    const reviewer = await signIn(a.url, "reviewer");
    const preview = await fetch(`${b.url}/admin/report/2022/pdf`, { method: "POST", headers: { cookie: reviewer() } });
    expect(preview.status).toBe(429);
    expect(((await preview.json()) as { error: { message: string } }).error.message).toMatch(/不生成PDF预览.*does not print/);

    const url = "/reports/2022/editions/2/pdf";
    const [r1, r2] = await Promise.all([a, b].map((i) => fetch(`${i.url}${url}`, { headers: { accept: "application/json" } })));
    expect([r1!.status, r2!.status]).toEqual([202, 202]);
    const prisma = createPrismaClient(database.url, 1);
    try {
      const jobs = () =>
        prisma.$queryRawUnsafe<{ key: string; state: string; attempts: number; locked_by: string | null }[]>(
          `SELECT "dedupeKey" AS key, state, attempts, "lockedBy" AS locked_by FROM "Job" WHERE "dedupeKey" LIKE 'reports/2022/report-2022-v2-%'`,
        );
      expect(await jobs()).toHaveLength(1);
      await sleep(1500);
      expect((await jobs())[0]).toMatchObject({ state: "created", attempts: 0 }); // nobody printing: the web instances are off

      const first = startWorker(env);
      workers.push(first);
      for (let t = 0; ; t++) {
        const [job] = await jobs();
        if (job!.state === "active") {
          expect(job!.locked_by).toBe(workerId(first));
          break;
        }
        expect(t, first.output().slice(-2000)).toBeLessThan(200);
        await sleep(100);
      }
      await sleep(1000);
      await first.stop("SIGKILL"); // the machine dies mid-print: no release, the lease must run out

      const second = startWorker(env);
      workers.push(second);
      const deadline = Date.now() + 240_000;
      const webPids = [a, b].map((i) => i.child.pid!);
      let sawPrinter = false;
      for (;;) {
        for (const p of printers()) {
          if (!p.ancestors.includes(second.child.pid!)) continue;
          sawPrinter = true;
          expect(p.ancestors.some((x) => webPids.includes(x))).toBe(false);
        }
        // No print process anywhere under a web instance.
        expect(printers().filter((p) => p.ancestors.some((x) => webPids.includes(x)))).toEqual([]);
        const res = await fetch(`${b.url}${url}`, { headers: { accept: "application/json" } });
        if (res.status === 200) break;
        expect(res.status).toBe(202);
        expect(Date.now(), second.output().slice(-2000)).toBeLessThan(deadline);
        await sleep(1000);
      }
      expect(sawPrinter).toBe(true);
      const [job] = await jobs();
      expect(job).toMatchObject({ state: "completed", attempts: 2 });
      expect(job!.locked_by).toBe(workerId(second));
      const file = await rawGet(`${a.url}${url}`, {});
      expect(file.status).toBe(200);
      expect(file.headers["content-type"]).toBe("application/pdf");
      expect(file.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(file.body.subarray(0, 5).toString()).toBe("%PDF-");
      // The web instances never printed: no print child or job line in their output.
      for (const i of [a, b]) expect(i.output()).not.toMatch(/report-pdf|"msg":"job failed"|Chromium/);
    } finally {
      await closePrismaClient(prisma);
    }
  }, 300_000);

  it("on SIGTERM stops taking connections, finishes the request in flight, then exits cleanly", async () => {
    // A request in flight: headers sent, half of its body still to come.
    const socket = net.connect(b.port, "127.0.0.1");
    await new Promise((r) => socket.once("connect", r));
    let answer = "";
    socket.on("data", (d) => {
      answer += d.toString();
    });
    // (A sign-in: its handler reads the whole body before answering.)
    socket.write(
      "POST /api/auth/callback/credentials HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 12\r\n\r\nusername=x",
    );
    await sleep(300);
    const exited = b.stop("SIGTERM");
    await sleep(1000);
    // No new requests: a new connection is refused, one kept alive from before gets 503 and is closed.
    const late = await fetch(`${b.url}/api/health`).then(
      (r) => r.status,
      () => "refused",
    );
    expect([503, "refused"]).toContain(late);
    expect(b.child.exitCode).toBeNull(); // still finishing the one in flight
    expect(answer).toBe(""); // not answered yet
    socket.write("&x");
    const finishing = Date.now();
    expect(await exited).toBe(0);
    // Well before the drain timeout (20 s): nothing but the request in flight was waited for.
    expect(Date.now() - finishing, b.output().slice(-3000)).toBeLessThan(10_000);
    expect(answer).toMatch(/^HTTP\/1\.1 \d{3} /);
    expect(b.output()).toMatch(/"msg":"shutting down/);
    // The other instance still serves.
    expect((await fetch(`${a.url}/api/health`)).status).toBe(200);
  }, 60_000);
});
