// Finding 4 of the second review: six concurrent first requests for a partner report's PDF started
// six Chromium prints, also on a web instance with NIANBAO_WORKER=off, and the data workbook route
// built the workbook in the request. Now every rendering is one job per document and version of
// the export queue, and a web instance without a worker only enqueues.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as partnerPdf } from "../../app/(public)/reports/[year]/enterprises/[slug]/pdf/route";
import { GET as workbook } from "../../app/(public)/reports/[year]/xlsx/route";
import { seedDemo } from "../../lib/demo/seed";
import { runNextJob } from "../../lib/jobs/queue";
import { registeredHandler } from "../../lib/jobs/registry";
import { migratedDatabase } from "../support/database";
import { useAsAppDatabase } from "./support-auth";

const SAVED = { worker: process.env.NIANBAO_WORKER, dataDir: process.env.NIANBAO_DATA_DIR };

describe("anonymous requests cannot queue unlimited prints", () => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  let dir: string;
  let slug: string;

  const jobs = () =>
    database.prisma.$queryRawUnsafe<{ key: string; format: string; state: string }[]>(
      `SELECT "dedupeKey" AS key, COALESCE(payload->>'format', 'pdf') AS format, state FROM "Job" ORDER BY id`,
    );

  beforeAll(async () => {
    database = await migratedDatabase();
    await seedDemo(database.prisma);
    useAsAppDatabase(database.prisma);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-prints-"));
    // A web instance that runs no worker (`npm run worker` elsewhere does the jobs).
    process.env.NIANBAO_WORKER = "off";
    process.env.NIANBAO_DATA_DIR = dir;
    const report = await database.prisma.partnerReport.findFirstOrThrow({
      where: { status: "APPROVED" },
      select: { enterprise: { select: { slug: true } } },
    });
    slug = report.enterprise.slug;
  }, 240_000);
  afterAll(async () => {
    process.env.NIANBAO_WORKER = SAVED.worker;
    process.env.NIANBAO_DATA_DIR = SAVED.dataDir;
    if (process.env.NIANBAO_WORKER === undefined) delete process.env.NIANBAO_WORKER;
    if (process.env.NIANBAO_DATA_DIR === undefined) delete process.env.NIANBAO_DATA_DIR;
    await database?.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("six concurrent first requests for a partner report's PDF share one job and print nothing in the request", async () => {
    const params = Promise.resolve({ year: "2022", slug });
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => partnerPdf(new Request(`http://local/reports/2022/enterprises/${slug}/pdf`), { params })),
    );
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202, 202, 202]);
    expect(answers[0]!.headers.get("retry-after")).toBeTruthy();
    const queued = (await jobs()).filter((j) => j.key.startsWith("partner-reports/"));
    expect(queued).toHaveLength(1);
    expect(queued[0]!.state).toBe("created");
  }, 60_000);

  it("six concurrent first requests for the data workbook share one job and build nothing in the request", async () => {
    const params = Promise.resolve({ year: "2022" });
    const answers = await Promise.all(Array.from({ length: 6 }, () => workbook(new Request("http://local/reports/2022/xlsx"), { params })));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202, 202, 202]);
    expect((await jobs()).filter((j) => j.format === "xlsx")).toHaveLength(1);
  }, 60_000);

  it("the worker makes the workbook once, and then every request gets the stored file", async () => {
    const workbookJob = (await jobs()).findIndex((j) => j.format === "xlsx");
    expect(workbookJob).toBeGreaterThanOrEqual(0);
    // The partner PDF job comes first in the queue; the workbook job needs no Chromium.
    await database.prisma.$executeRawUnsafe(
      `UPDATE "Job" SET "runAfter" = now() + interval '1 hour' WHERE COALESCE(payload->>'format', 'pdf') <> 'xlsx'`,
    );
    expect(await runNextJob({ prisma: database.prisma, handler: registeredHandler({ prisma: database.prisma }) })).toBe(true);
    const answer = await workbook(new Request("http://local/reports/2022/xlsx"), { params: Promise.resolve({ year: "2022" }) });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("spreadsheetml");
    expect((await jobs()).filter((j) => j.format === "xlsx").map((j) => j.state)).toEqual(["completed"]);
  }, 60_000);
});
