// Province scale (issue 24): 500 colleges' current submissions, two years, six tables of figures,
// then every aggregate the province screens show — the whole province, by type, by city, and a
// ranking — computed in the database (lib/province/aggregates.ts). Target: all of them ≤ 2 s.
// On a scratch database of DATABASE_URL's server when set, else of an embedded PGlite.
// `npm run bench -- province-aggregates` runs it alone; COLLEGES=… changes the size.
import { aggregateTables, topPerRegion } from "../../lib/province/aggregates";
import { migrateDeploy } from "../../lib/runtime/migrate";
import { scratchDatabase } from "../../lib/runtime/scratch-database";
import { closePrismaClient, createPrismaClient } from "../../lib/server/db";

const COLLEGES = Number(process.env.COLLEGES ?? 500);
const CITIES = [
  "济南",
  "青岛",
  "淄博",
  "枣庄",
  "东营",
  "烟台",
  "潍坊",
  "济宁",
  "泰安",
  "威海",
  "日照",
  "临沂",
  "德州",
  "聊城",
  "滨州",
  "菏泽",
];
const TYPES = ["SECONDARY", "HIGHER", "UNDERGRADUATE"] as const;
// Six tables of about 7 rows: every third a rate (numerator and denominator), the rest counts.
const ROWS = Array.from({ length: 42 }, (_, i) => ({
  tableKey: `t${Math.floor(i / 7) + 1}`,
  code: `R${String(i + 1).padStart(2, "0")}`,
  label: `指标${i + 1}`,
  unit: i % 3 === 0 ? "%" : "人",
}));
const report = {
  indicatorTables: [...new Set(ROWS.map((r) => r.tableKey))].map((key) => ({
    key,
    title: key,
    rows: ROWS.filter((r) => r.tableKey === key).map(({ code, label, unit }) => ({ code, label, unit })),
  })),
};

const database = await scratchDatabase({ serverUrl: process.env.DATABASE_URL, prefix: "nianbao_bench_province" });
await migrateDeploy(database.url, { quiet: true });
const prisma = createPrismaClient(database.url, 4);

let t = Date.now();
// A pseudo-random but repeatable sequence, so two runs measure the same data.
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
for (let c = 0; c < COLLEGES; c++) {
  const college = await prisma.college.create({
    data: { code: String(4137000000 + c), name: `第${c + 1}职业学院`, type: TYPES[c % 3]!, city: CITIES[c % CITIES.length]! },
  });
  for (const year of [2023, 2024]) {
    const s = await prisma.submission.create({
      data: { collegeId: college.id, year, editionVersion: 1, packageSha256: "0".repeat(64), report },
    });
    await prisma.submittedFigure.createMany({
      data: ROWS.map((r) => {
        const denominator = Math.round(200 + rand() * 5000);
        const numerator = Math.round(denominator * (0.8 + rand() * 0.2));
        return r.unit === "%"
          ? {
              submissionId: s.id,
              collegeId: college.id,
              year,
              tableKey: r.tableKey,
              rowCode: r.code,
              value: ((numerator / denominator) * 100).toFixed(2),
              numerator,
              denominator,
            }
          : { submissionId: s.id, collegeId: college.id, year, tableKey: r.tableKey, rowCode: r.code, value: denominator };
      }),
    });
  }
}
const seeded = Date.now() - t;

const timings: [string, number][] = [];
const time = async (label: string, work: () => Promise<unknown>) => {
  const start = Date.now();
  await work();
  timings.push([label, Date.now() - start]);
};
// Once cold, then the timed runs.
await aggregateTables(prisma, 2024);
t = Date.now();
await time("whole province (6 tables, with last year)", () => aggregateTables(prisma, 2024, "all"));
await time("by type", () => aggregateTables(prisma, 2024, "type"));
await time("by city", () => aggregateTables(prisma, 2024, "city"));
await time("top 10 % per city on a rate", () => topPerRegion(prisma, 2024, "R01", 0.1));
const total = Date.now() - t;
console.log(`${database.embedded ? "PGlite" : "Postgres"}: ${COLLEGES} colleges × 2 years × ${ROWS.length} rows seeded in ${seeded} ms`);
for (const [label, ms] of timings) console.log(`  ${label}: ${ms} ms`);
console.log(`  every aggregate: ${total} ms (target ≤ 2000 ms) ${total <= 2000 ? "OK" : "OVER"}`);
await closePrismaClient(prisma);
await database.dispose();
