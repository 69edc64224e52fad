// The production HTTP server `npm start` runs: Next's own request handler behind a node:http
// server that stamps every request with the socket's address (x-nianbao-peer), because a route
// handler in Next 16 cannot see the socket (see lib/auth/client-address.ts). A client-sent
// x-nianbao-peer is overwritten. Usage: node scripts/serve.mjs PORT
import http from "node:http";
import path from "node:path";
import next from "next";

const ROOT = path.resolve(import.meta.dirname, "..");
const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);

const app = next({ dev: false, dir: ROOT, port });
await app.prepare();
const handle = app.getRequestHandler();

http.createServer((req, res) => {
  req.headers["x-nianbao-peer"] = req.socket.remoteAddress ?? "";
  handle(req, res).catch((err) => {
    console.error("[nianbao] request failed", err);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
}).listen(port, () => console.log(`[nianbao] listening on port ${port}`));
