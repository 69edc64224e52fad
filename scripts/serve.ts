// The web server: Next's request handler inside a plain node:http server, so that every request
// gets an id (x-request-id, and on every log line), personal pages can never be cached, no body
// can exceed its ceiling (lib/http/body-cap.ts), and SIGTERM drains instead of dropping requests.
// `npm start` runs it after migrations; a container or a process manager can run it directly
// (`tsx scripts/serve.ts`).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fromTrustedProxy } from "../lib/auth/client-address";
import { ANONYMOUS_BODY_MAX_BYTES, capRequestBody, lingerBeforeClosing, signedInBodyMaxBytes } from "../lib/http/body-cap";
import { cacheControl, forcePrivate, isPublicPath, normalizePath } from "../lib/http/cache";
import { errorFields, logger } from "../lib/ops/log";
import { markDraining } from "../lib/ops/ready";
import { REQUEST_ID_HEADER, requestIdFrom, withRequestContext } from "../lib/ops/request-context";
import { runShutdownHooks } from "../lib/ops/shutdown";
import type { Answer } from "../lib/report/http/http-cache";
import { env, scaleEnv } from "../lib/env";
import { EVERY_ROUTE, FILE_CSP, HSTS } from "../lib/http/security-headers.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = env().PORT;
const HOST = scaleEnv().HOSTNAME_BIND;
/** In-flight requests get this long after SIGTERM; a load balancer usually waits 30 s. */
const DRAIN_MS = scaleEnv().NIANBAO_SHUTDOWN_TIMEOUT_MS;

const log = logger();

function toHeaders(incoming: http.IncomingHttpHeaders): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(incoming))
    if (typeof v === "string") h.set(k, v);
    else if (Array.isArray(v)) h.set(k, v.join(", "));
  return h;
}

/** An answer given before Next: the security headers next.config.mjs gives every other route. */
function send(res: http.ServerResponse, answer: Answer, head: boolean) {
  const headers: Record<string, string> = Object.fromEntries(EVERY_ROUTE.map((h) => [h.key.toLowerCase(), h.value]));
  if (env().NEXTAUTH_URL?.startsWith("https://")) headers["strict-transport-security"] = HSTS;
  Object.assign(headers, answer.headers);
  headers["content-security-policy"] ??= FILE_CSP;
  res.writeHead(answer.status, headers);
  res.end(head ? undefined : (answer.body ?? undefined));
}

/**
 * The first visitor after a start should not pay for loading the home page's code and reading the
 * editions' figures (about 4 s cold on a busy server, 0.1 s warm): the server asks for its public
 * entry pages once itself. A failure is only a missed warm-up.
 */
async function warmUp() {
  const host = !HOST || HOST === "0.0.0.0" || HOST === "::" ? "127.0.0.1" : HOST.includes(":") ? `[${HOST}]` : HOST;
  for (const p of ["/", "/login"]) {
    try {
      await (await fetch(`http://${host}:${PORT}${p}`, { redirect: "manual" })).arrayBuffer();
    } catch {
      return;
    }
  }
}

async function main() {
  (process.env as Record<string, string>).NODE_ENV = "production";
  const { default: next } = await import("next");
  // The build's id goes into the report pages' ETags (lib/report/http/public-http.ts).
  const buildFile = path.join(ROOT, env().NEXT_DIST_DIR, "BUILD_ID");
  if (!process.env.NIANBAO_BUILD_ID && fs.existsSync(buildFile)) process.env.NIANBAO_BUILD_ID = fs.readFileSync(buildFile, "utf8").trim();
  const app = next({ dev: false, dir: ROOT, port: PORT, hostname: "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  // The published report answered here, before Next: pre-compressed bytes with their own
  // Content-Encoding (Next drops a route handler's and would compress again per request).
  const { publicReportAnswer } = await import("../lib/report/http/public-http");
  const { signedInRequest } = await import("../lib/web/reader");
  // The one job worker of this instance, resident so that it also runs the daily schedule; with
  // NIANBAO_WORKER=off this instance only enqueues and `npm run worker` runs the jobs.
  const { ensureWorker } = await import("../lib/jobs/worker");
  ensureWorker({ resident: true });
  const bodyMax = signedInBodyMaxBytes(env().NIANBAO_UPLOAD_MAX_MB);
  let draining = false;
  let inFlight = 0;

  const server = http.createServer((req, res) => {
    // The socket's address, which a route handler in Next 16 cannot see (lib/auth/client-address.ts);
    // a client-sent value is overwritten.
    req.headers["x-nianbao-peer"] = req.socket.remoteAddress ?? "";
    // The host a browser's Origin is compared with (Next's server-action check, lib/api/handler.ts):
    // a forwarded one only from a listed proxy.
    if (!fromTrustedProxy(req.socket.remoteAddress)) delete req.headers["x-forwarded-host"];
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    // Decisions (caching, routing to the report answer) on the path the router will see: /x/../api is /api.
    const pathname = normalizePath(req.url ?? "/");
    // Installed at once: the body's first bytes can come with the headers. The ceiling is lowered
    // for a caller without a valid session once that is known (set-up's logo upload excepted).
    const cap = capRequestBody(req, res, bodyMax);
    const refusedAsAnonymous = async () => {
      const chunked = req.headers["transfer-encoding"] !== undefined;
      if (!chunked && Number(req.headers["content-length"] ?? 0) <= ANONYMOUS_BODY_MAX_BYTES) return false;
      if (pathname === "/setup" || (await signedInRequest(toHeaders(req.headers)))) return false;
      return cap.lower(ANONYMOUS_BODY_MAX_BYTES);
    };
    if (cap.refused) return; // answered 413 from its Content-Length
    if (draining) {
      // A request on a kept-alive connection after SIGTERM: the balancer retries elsewhere.
      res.writeHead(503, {
        connection: "close",
        "retry-after": "1",
        "content-type": "text/plain; charset=utf-8",
        ...cacheControl("private-no-store"),
      });
      res.end("服务器正在重启，请稍后重试（shutting down, please retry）");
      return;
    }
    if (!isPublicPath(pathname)) forcePrivate(res);
    const started = process.hrtime.bigint();
    inFlight++;
    res.once("close", () => {
      inFlight--;
    });
    withRequestContext({ requestId }, () => {
      res.once("finish", () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        // Public pages at hundreds of req/s would drown the log: only slow or failed ones there.
        if (res.statusCode >= 500 || ms > 1000 || scaleEnv().NIANBAO_ACCESS_LOG === "1") {
          log.info({ method: req.method, path: pathname, status: res.statusCode, ms: Math.round(ms) }, "request");
        }
      });
      const serve = async () => {
        if (await refusedAsAnonymous()) return;
        if (pathname.startsWith("/reports/")) {
          const answer = await publicReportAnswer(req.method ?? "GET", new URL(req.url ?? "/", "http://local"), toHeaders(req.headers));
          if (answer) return send(res, answer, req.method === "HEAD");
        }
        await handle(req, res);
      };
      serve().catch((err: unknown) => {
        log.error(errorFields(err), "request failed");
        if (!res.headersSent) {
          res.statusCode = 500;
          res.end();
        }
      });
    });
  });
  server.keepAliveTimeout = 65_000; // longer than the usual balancer idle timeout (60 s)
  server.on("connection", lingerBeforeClosing);

  server.listen(PORT, HOST, () => {
    log.info({ port: PORT }, "listening");
    void warmUp();
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    draining = true;
    markDraining();
    log.info({ signal, drainMs: DRAIN_MS }, "shutting down: no new connections, finishing requests in flight");
    server.close();
    server.closeIdleConnections();
    // Wait for the requests in flight (not for idle kept-alive connections), at most DRAIN_MS.
    const deadline = Date.now() + DRAIN_MS;
    while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (inFlight > 0) log.warn({ inFlight }, "drain timeout: closing remaining connections");
    server.closeAllConnections();
    await runShutdownHooks((name, err) =>
      err ? log.error({ hook: name, ...errorFields(err) }, "shutdown step failed") : log.info({ hook: name }, "shutdown step done"),
    );
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((err) => {
  log.fatal(errorFields(err), "start failed");
  process.exit(1);
});
