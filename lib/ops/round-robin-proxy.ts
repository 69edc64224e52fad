import http from "node:http";

/**
 * A tiny round-robin reverse proxy for tests and benchmarks of several instances: each request
 * goes to the next target in turn, no stickiness, so anything an instance keeps to itself shows.
 * (Production uses Caddy or nginx, see docker-compose.yml.)
 */
export type RoundRobinProxy = { url: string; port: number; hits: number[]; close: () => Promise<void> };

export async function startRoundRobinProxy(options: { targets: string[]; port?: number }): Promise<RoundRobinProxy> {
  const targets = options.targets.map((t) => new URL(t));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const hits = targets.map(() => 0);
  let next = 0;
  const server = http.createServer((req, res) => {
    const i = next++ % targets.length;
    // i < targets.length (modulo); hits has one slot per target.
    hits[i]!++;
    const target = targets[i]!;
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        agent,
        headers: { ...req.headers, host: req.headers.host ?? target.host, "x-forwarded-for": req.socket.remoteAddress ?? "" },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end("bad gateway");
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        agent.destroy();
      }),
  };
}
