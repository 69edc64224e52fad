// Shared by the benchmarks (files starting with "_" are not benchmarks themselves): the memory of a
// process tree sampled from /proc, and a throw-away database with the demo data.
import fs from "node:fs";
import { scratchDatabase } from "../../lib/runtime/scratch-database";

const PAGE = 4096;

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = tree.get(ppid) ?? [];
      list.push(Number(name));
      tree.set(ppid, list);
    } catch {
      /* the process ended */
    }
  }
  return tree;
}

/** RSS and PSS (shared pages divided among their users) of a process and all its descendants. */
export function treeMemory(root: number): { rss: number; pss: number; processes: number } {
  const tree = children();
  const stack = [root];
  let rss = 0;
  let pss = 0;
  let processes = 0;
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      rss += Number(fs.readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE;
      const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
      pss += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
      processes++;
    } catch {
      /* the process ended */
    }
    stack.push(...(tree.get(pid) ?? []));
  }
  return { rss, pss, processes };
}

/** RSS of the largest single process of a tree (the web server among its tsx and npm wrappers). */
export function largestRss(root: number): number {
  const tree = children();
  const stack = [root];
  let largest = 0;
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      largest = Math.max(largest, Number(fs.readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE);
    } catch {
      /* the process ended */
    }
    stack.push(...(tree.get(pid) ?? []));
  }
  return largest;
}

/** CPU seconds (user + system) used so far by a process and its descendants (ticks of 1/100 s). */
export function treeCpuSeconds(root: number): number {
  const tree = children();
  const stack = [root];
  let ticks = 0;
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      /* the process ended */
    }
    stack.push(...(tree.get(pid) ?? []));
  }
  return ticks / 100;
}

/** A throw-away database with the demo data: on DATABASE_URL's server when set, else a new embedded one. */
export async function demoDatabase(prefix: string, embeddedPort: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const database = await scratchDatabase({ serverUrl: process.env.DATABASE_URL, prefix, embeddedPort });
  const { migrateDeploy } = await import("../../lib/runtime/migrate");
  await migrateDeploy(database.url, { quiet: true });
  const { createPrismaClient, closePrismaClient } = await import("../../lib/server/db");
  const prisma = createPrismaClient(database.url, 1);
  const { seedDemo } = await import("../../lib/demo/seed");
  await seedDemo(prisma);
  await closePrismaClient(prisma);
  return { url: database.url, stop: database.dispose };
}
