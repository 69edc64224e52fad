// Benchmark: the memory bound of request bodies (issue 21, finding 1). Starts the app as the other
// benchmarks do (a fresh build unless BENCH_SKIP_BUILD=1, the demo data on a throw-away database,
// BENCH_PORT), then sends 20 anonymous 100 MB bodies — streamed from one reused chunk, never held by
// this client — against each route family: the JSON API, sign-in, a server action, an admin page,
// evidence files and the public report. Half declare their length, half are chunked. The server's
// RSS (the serve.ts process and the whole tree) is sampled from /proc every 50 ms.
// Target: the peak stays within 100 MB of the idle server.
import { randomBytes } from "node:crypto";
import http from "node:http";
import { largestRss, treeMemory } from "./_process";
import { startStack } from "./_stack";

const MB = 1024 ** 2;
const BODY_BYTES = 100 * MB;
const PER_FAMILY = 20;
const TARGET_GROWTH = 100 * MB;
const mb = (b: number) => `${(b / MB).toFixed(0)} MB`;

type Family = { name: string; path: string; headers: Record<string, string> };
const FAMILIES: Family[] = [
  { name: "/api/v1/* (JSON)", path: "/api/v1/rule-packs", headers: { "content-type": "application/json" } },
  {
    name: "/api/auth/* (sign-in)",
    path: "/api/auth/callback/credentials",
    headers: { "content-type": "application/x-www-form-urlencoded" },
  },
  {
    name: "server action",
    path: "/admin/rule-packs",
    headers: { "content-type": "multipart/form-data; boundary=nianbao", "next-action": "0".repeat(40), accept: "text/x-component" },
  },
  { name: "/admin (page)", path: "/admin/users", headers: { "content-type": "application/x-www-form-urlencoded" } },
  { name: "/files", path: "/files/none/original", headers: { "content-type": "application/octet-stream" } },
  { name: "/reports", path: "/reports/2022", headers: { "content-type": "application/octet-stream" } },
];

type Sent = { status: number; sentBytes: number; ms: number };

/** Streams up to BODY_BYTES from one reused chunk until the server answers; never buffers the body. */
function post(base: string, family: Family, declared: boolean): Promise<Sent> {
  return new Promise((resolve) => {
    const started = performance.now();
    let sentBytes = 0;
    let done = false;
    const finish = (status: number) => {
      if (done) return;
      done = true;
      resolve({ status, sentBytes, ms: performance.now() - started });
    };
    const headers = { ...family.headers, ...(declared ? { "content-length": String(BODY_BYTES) } : { "transfer-encoding": "chunked" }) };
    const req = http.request(new URL(family.path, base), { method: "POST", headers }, (res) => {
      res.resume();
      finish(res.statusCode ?? 0);
      req.destroy();
    });
    // The server closing the connection after its 413 shows up here as a reset.
    req.on("error", () => finish(0));
    const chunk = Buffer.alloc(256 * 1024, 0x61);
    const pump = () => {
      while (!done && sentBytes < BODY_BYTES) {
        sentBytes += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!done) req.end();
    };
    pump();
    setTimeout(() => {
      finish(-1);
      req.destroy();
    }, 120_000).unref();
  });
}

/** The serve.ts process (the largest of the instance's tree) and the whole tree. */
const serverRss = (root: number) => ({ server: largestRss(root), tree: treeMemory(root).rss });

async function main() {
  // A real secret: the shared stack's fallback is a value the server refuses at start.
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
  const { instances, stop } = await startStack(1);
  const app = instances[0]!;
  const root = app.child.pid!;
  let exitCode = 0;
  try {
    // Warm up the routes once (first requests compile nothing in production, but load modules).
    for (const f of FAMILIES) await post(app.url, { ...f }, true);
    await new Promise((r) => setTimeout(r, 3_000));
    const idle = serverRss(root);
    console.log(`idle: serve.ts ${mb(idle.server)} · whole tree ${mb(idle.tree)}`);
    let peak = idle;
    const sampler = setInterval(() => {
      const now = serverRss(root);
      peak = { server: Math.max(peak.server, now.server), tree: Math.max(peak.tree, now.tree) };
    }, 50);
    for (const family of FAMILIES) {
      const before = serverRss(root);
      const results = await Promise.all(Array.from({ length: PER_FAMILY }, (_, i) => post(app.url, family, i % 2 === 0)));
      const statuses = [...new Set(results.map((r) => r.status))].sort().join(",");
      const sent = Math.max(...results.map((r) => r.sentBytes));
      const slowest = Math.max(...results.map((r) => r.ms));
      const after = serverRss(root);
      console.log(
        `${family.name.padEnd(24)} statuses ${statuses.padEnd(8)} · most sent before the answer ${mb(sent).padStart(6)} · slowest ${slowest.toFixed(0).padStart(5)} ms · serve.ts ${mb(before.server)} → ${mb(after.server)}`,
      );
    }
    clearInterval(sampler);
    await new Promise((r) => setTimeout(r, 2_000));
    const end = serverRss(root);
    peak = { server: Math.max(peak.server, end.server), tree: Math.max(peak.tree, end.tree) };
    const growth = peak.server - idle.server;
    console.log(
      `serve.ts RSS: idle ${mb(idle.server)} · peak ${mb(peak.server)} (+${mb(growth)}) · after ${mb(end.server)} · whole tree idle ${mb(idle.tree)}, peak ${mb(peak.tree)}`,
    );
    console.log(`target: peak within ${mb(TARGET_GROWTH)} of idle → ${growth <= TARGET_GROWTH ? "PASS" : "FAIL"}`);
    if (growth > TARGET_GROWTH) exitCode = 1;
  } finally {
    await stop();
  }
  process.exit(exitCode);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
