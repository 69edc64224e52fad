// `npm run bench -- scale`: /reports/2022 through a round-robin proxy in front of one, then two
// app instances (same database), at BENCH_CONNECTIONS (50) with Accept-Encoding: gzip, br.
// On a machine with few cores the instances, the proxy and the load generator share them:
// the core count is printed with the figures.
import os from "node:os";
import { startRoundRobinProxy } from "../../lib/ops/round-robin-proxy";
import { CONNECTIONS, DURATION, load, PATH, startStack, warm } from "./_stack";

async function main() {
  const stack = await startStack(2);
  try {
    console.log(`${os.cpus().length} cores (${os.cpus()[0]?.model}), ${CONNECTIONS} connections, ${DURATION} s each, ${PATH}`);
    const results = [];
    for (const n of [1, 2]) {
      const proxy = await startRoundRobinProxy({ targets: stack.instances.slice(0, n).map((i) => i.url) });
      try {
        await warm(`${proxy.url}${PATH}`, 20);
        results.push(await load(`${proxy.url}${PATH}`, `proxy → ${n} instance${n > 1 ? "s" : ""}`));
      } finally {
        await proxy.close();
      }
    }
    console.log(`two instances / one: ${(results[1]!.rps / results[0]!.rps).toFixed(2)}× requests per second`);
    if (results.some((r) => r.non2xx || r.errors)) process.exitCode = 1;
  } finally {
    await stack.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
