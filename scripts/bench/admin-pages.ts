// Admin pages' server time on the demo data: each role signs in and requests every admin page
// (found from app/admin/**/page.tsx, dynamic segments filled with demo ids), once cold (the first
// request after start, route code not yet loaded) and then warm (median of BENCH_PAGE_RUNS). Server
// time is the time to the response's end over loopback. Prints the slowest five (warm) and every page
// over the budget; exits 1 when a warm page is over it (BENCH_PAGE_BUDGET_MS, 1000 by default).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { RECORD_KINDS } from "../../lib/records/kinds";
import { signInOverHttp } from "./_sign-in";
import { startStack } from "./_stack";

const ROLES = ["admin", "reviewer", "leader", "head-a", "staff-a"] as const;
const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);
const BUDGET = Number(process.env.BENCH_PAGE_BUDGET_MS ?? 1000);
// Pages that act rather than show (opening a notice marks it read; a mail confirmation needs its token).
const SKIPPED = new Set(["/admin/notifications/[id]", "/admin/notifications/confirm"]);

/** Every admin page route, as its pattern (/admin/records/[kind]/[id]). */
function routes(): string[] {
  const root = path.resolve(import.meta.dirname, "..", "..", "app");
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name === "page.tsx") {
        const route = path
          .relative(root, dir)
          .split(path.sep)
          .filter((s) => !/^\(.*\)$/.test(s))
          .join("/");
        out.push(`/${route}`);
      }
    }
  };
  walk(path.join(root, "admin"));
  return out.filter((r) => !SKIPPED.has(r)).sort();
}

type Ids = { year: number; records: { slug: string; id: string }[]; partnerReport: string | null; rulePack: string | null };

async function demoIds(databaseUrl: string): Promise<Ids> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const year = (await client.query(`SELECT max(year) AS y FROM "ReportYear"`)).rows[0].y as number;
    // The kind with the most records first.
    const rows = (
      await client.query(
        `SELECT kind, min(id) AS id FROM "Record" WHERE "deletedAt" IS NULL AND status = 'APPROVED' GROUP BY kind ORDER BY count(*) DESC`,
      )
    ).rows as { kind: string; id: string }[];
    const records = rows.flatMap((r) => {
      const kind = RECORD_KINDS.find((k) => k.model === r.kind);
      return kind ? [{ slug: kind.slug, id: r.id }] : [];
    });
    const partnerReport = (await client.query(`SELECT id FROM "PartnerReport" ORDER BY "createdAt" LIMIT 1`)).rows[0]?.id ?? null;
    const rulePack = (await client.query(`SELECT key FROM "RulePack" ORDER BY key LIMIT 1`)).rows[0]?.key ?? null;
    return { year, records, partnerReport, rulePack };
  } finally {
    await client.end();
  }
}

/**
 * The concrete URLs of a route: the record list of every kind (lists differ most between kinds);
 * other [kind] pages for the kind with the most records, an [id] for its first approved record.
 */
function urls(route: string, ids: Ids): string[] {
  let list = [route.replace("[year]", String(ids.year))];
  const main = ids.records[0];
  if (route === "/admin/records/[kind]") list = RECORD_KINDS.map((k) => list[0]!.replace("[kind]", k.slug));
  else if (route.includes("[kind]/[id]")) list = main ? [list[0]!.replace("[kind]", main.slug).replace("[id]", main.id)] : [];
  else if (route.includes("[kind]")) list = main ? [list[0]!.replace("[kind]", main.slug)] : [];
  if (route.includes("partners/reports/[id]")) list = ids.partnerReport ? [list[0]!.replace("[id]", ids.partnerReport)] : [];
  if (route.includes("[key]")) list = ids.rulePack ? [list[0]!.replace("[key]", ids.rulePack)] : [];
  return list;
}

/** Signs in through next-auth's own endpoints; answers the cookie header of the session. */
async function signIn(base: string, username: string): Promise<string> {
  const { cookie, status, signedIn } = await signInOverHttp(base, username);
  if (!signedIn) throw new Error(`sign-in of ${username} failed (${status})`);
  return cookie;
}

async function timed(url: string, cookie: string): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await res.arrayBuffer();
  return { ms: performance.now() - start, status: res.status };
}

type Row = { role: string; url: string; status: number; cold: number | null; warm: number };

async function main() {
  const { instances, stop, databaseUrl } = await startStack(1);
  const base = instances[0]!.url;
  const rows: Row[] = [];
  try {
    const ids = await demoIds(databaseUrl);
    const pages = routes().flatMap((r) => urls(r, ids));
    const seen = new Set<string>(); // a page's first request by anyone is its cold one
    for (const role of ROLES) {
      const cookie = await signIn(base, role);
      for (const page of pages) {
        const first = await timed(base + page, cookie);
        const cold = seen.has(page) ? null : first.ms;
        seen.add(page);
        const warm: number[] = [];
        for (let i = 0; i < RUNS; i++) warm.push((await timed(base + page, cookie)).ms);
        warm.sort((a, b) => a - b);
        rows.push({ role, url: page, status: first.status, cold, warm: warm[Math.floor(warm.length / 2)]! });
      }
    }
  } finally {
    await stop();
  }
  const shown = rows.filter((r) => r.status === 200);
  const line = (r: Row) =>
    `${r.warm.toFixed(0).padStart(6)} ms warm · ${r.cold === null ? "     —" : r.cold.toFixed(0).padStart(6)} ms cold · ${r.role.padEnd(8)} ${r.url}`;
  console.log(`${rows.length} requests (${shown.length} answered 200; others are pages the role may not open or redirects)`);
  console.log("slowest five (warm, median of", RUNS, "):");
  for (const r of [...shown].sort((a, b) => b.warm - a.warm).slice(0, 5)) console.log(line(r));
  console.log("slowest five cold (first request after start):");
  for (const r of shown
    .filter((r) => r.cold !== null)
    .sort((a, b) => b.cold! - a.cold!)
    .slice(0, 5))
    console.log(line(r));
  const over = shown.filter((r) => r.warm > BUDGET);
  console.log(over.length ? `${over.length} over ${BUDGET} ms:` : `every page within ${BUDGET} ms (warm)`);
  for (const r of over) console.log(line(r));
  if (process.env.BENCH_PAGES_JSON) fs.writeFileSync(process.env.BENCH_PAGES_JSON, JSON.stringify(rows, null, 1));
  process.exit(over.length ? 1 : 0);
}

await main();
