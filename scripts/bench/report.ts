// `npm run bench -- report`: /reports/2022 against a bare node:http server sending the same
// pre-compressed bytes, in one run, at BENCH_CONNECTIONS (50) with Accept-Encoding: gzip, br.
// Target: the report reaches at least 0.7× the bare server's requests per second.
// BENCH_URL=http://host:port benches a running app instead of starting one (see _stack.ts).
import http from "node:http";
import os from "node:os";
import { ACCEPT, CONNECTIONS, DURATION, load, PATH, rawGet, startStack, warm } from "./_stack";

const TARGET_RATIO = 0.7;

async function main() {
  const stack = process.env.BENCH_URL ? null : await startStack(1);
  const base = process.env.BENCH_URL?.replace(/\/$/, "") ?? stack!.instances[0]!.url;
  const bare = http.createServer();
  try {
    const target = `${base}${PATH}`;
    const page = await rawGet(target, { "accept-encoding": ACCEPT });
    if (page.status !== 200) throw new Error(`${target} answered ${page.status}`);
    console.log(
      `${PATH}: ${page.body.length} bytes as ${page.headers["content-encoding"] ?? "identity"}, etag ${page.headers.etag}, ${os.cpus().length} cores, ${CONNECTIONS} connections, ${DURATION} s each`,
    );
    const headers = {
      "content-type": String(page.headers["content-type"]),
      "content-encoding": String(page.headers["content-encoding"] ?? "identity"),
      vary: "Accept-Encoding",
      etag: String(page.headers.etag),
      "content-length": String(page.body.length),
    };
    bare.on("request", (_req, res) => {
      res.writeHead(200, headers);
      res.end(page.body);
    });
    await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
    const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}${PATH}`;

    await warm(target, 20);
    const app = await load(target, "app /reports/2022");
    const raw = await load(bareUrl, "bare node:http, same bytes");
    const ratio = app.rps / raw.rps;
    console.log(`ratio app / bare: ${ratio.toFixed(2)}× (target ≥ ${TARGET_RATIO}×)`);
    console.log(ratio >= TARGET_RATIO ? "PASS" : "MISS");
    if (app.non2xx || app.errors) process.exitCode = 1;
  } finally {
    bare.close();
    await stack?.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
