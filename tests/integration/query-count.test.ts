import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { completeness } from "../../lib/report/outline/completeness";
import { RECORD_KINDS } from "../../lib/records/kinds";
import { statusCounts } from "../../lib/records/status-counts";
import { createPgPool } from "../../lib/server/pg-pool";
import { reviewQueue } from "../../lib/workflow/queue";
import { demoDatabase } from "../support/database";

/**
 * Cross-kind views ask the one Record table: the number of SQL statements they send does not
 * grow with the number of record kinds (17 today; before the Record table it was one per kind).
 */
describe("cross-kind views use a fixed number of queries", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  const logged = (p: ReturnType<typeof createPgPool>) =>
    new PrismaClient({ adapter: new PrismaPg(p), log: [{ emit: "event", level: "query" }] });
  let prisma: ReturnType<typeof logged>;
  let pool: ReturnType<typeof createPgPool>;
  const statements: string[] = [];

  beforeAll(async () => {
    database = await demoDatabase();
    pool = createPgPool({ connectionString: database.url, max: 2 });
    prisma = logged(pool);
    prisma.$on("query", (e) => statements.push(e.query));
    // Something in every state of several kinds, so no kind is skipped for being empty.
    await prisma.record.updateMany({
      where: { kind: { in: ["competitionAward", "major", "case", "figure", "indicator"] }, sortOrder: { lte: 2 } },
      data: { status: "SUBMITTED" },
    });
  }, 180_000);
  afterAll(async () => {
    await prisma?.$disconnect();
    await pool?.end();
    await database?.dispose();
  });

  async function count(work: () => Promise<unknown>): Promise<number> {
    await prisma.$queryRaw`SELECT 1`; // connect first, so connection set-up is not counted
    statements.length = 0;
    await work();
    return statements.filter((q) => !/^(BEGIN|COMMIT|ROLLBACK|SET|SHOW)\b/i.test(q.trim())).length;
  }

  it("review queue: one query for all kinds, with each record's own fields (and one each for submissions and names)", async () => {
    let items: Awaited<ReturnType<typeof reviewQueue>> = [];
    const n = await count(async () => {
      items = await reviewQueue({ actor: database.actors.reviewer!, prisma });
    });
    // The records in one query, their latest submissions (who sent each, when) in another, and the
    // people named (submitters, authors, department heads) in a third: never one per kind or record.
    expect(n).toBe(3);
    expect(new Set(items.map((i) => i.kind.slug)).size).toBeGreaterThanOrEqual(5);
    expect(items.every((i) => i.title.length > 0)).toBe(true);
  });

  it("status counts: one query", async () => {
    let counts = new Map<string, Record<string, number>>();
    const n = await count(async () => {
      counts = await statusCounts({ actor: database.actors.reviewer!, year: 2022, prisma });
    });
    expect(n).toBe(1);
    expect(counts.size).toBe(RECORD_KINDS.length);
    expect(counts.get("majors")?.SUBMITTED).toBeGreaterThan(0);
  });

  it("completeness dashboard: one query for the records (plus the outline and the departments)", async () => {
    const n = await count(() => completeness({ actor: database.actors.reviewer!, year: 2022, prisma }));
    expect(n).toBe(3);
    const recordQueries = statements.filter((q) => q.includes(`"Record"`));
    expect(recordQueries).toHaveLength(1);
  });
});
