// The PDF job queue on the real database: one job per edition, retries with backoff, a failed
// job after the last attempt, the stored file afterwards; a missing Chromium is a clear error.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CONTENT_TYPES,
  editionFileKey,
  editionJobHandler,
  editionPdfKey,
  enqueueExport,
  exclusive,
  findJob,
  MAX_ATTEMPTS,
  requestEditionExport,
  requestEditionPdf,
} from "../../lib/pdf/jobs";
import { runNextJob } from "../../lib/jobs/queue";
import { LocalStorage } from "../../lib/storage";
import { migratedDatabase } from "../support/database";

describe("PDF jobs", () => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  let files: LocalStorage;
  let dir: string;
  let edition: { id: string; year: number; version: number; publishedAt: Date };

  beforeAll(async () => {
    database = await migratedDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-jobs-"));
    files = new LocalStorage(dir);
    await database.prisma.reportYear.create({ data: { year: 2022, academicYear: "2021-2022" } });
    edition = await database.prisma.reportEdition.create({
      data: { year: 2022, version: 1, title: "2022年度质量报告", document: { format: 1, year: 2022, title: "2022年度质量报告" } },
      select: { id: true, year: true, version: true, publishedAt: true },
    });
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const makeDue = (key: string) => database.prisma.$executeRawUnsafe(`UPDATE "Job" SET "runAfter" = now() WHERE "dedupeKey" = $1`, key);

  it("queues one job per edition however often it is requested, and reports 'generating'", async () => {
    const first = await requestEditionPdf({ edition, prisma: database.prisma, files, startWorker: false });
    const again = await requestEditionPdf({ edition, prisma: database.prisma, files, startWorker: false });
    expect(first).toEqual({ status: "generating", attempts: 0, lastError: null, estimatedSeconds: expect.any(Number) });
    expect(again.status).toBe("generating");
    const rows = await database.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Job"`);
    expect(rows[0]!.n).toBe(1);
  });

  it("retries a failing print with growing delays, then marks it failed", async () => {
    const key = editionPdfKey(edition);
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new Error("Chromium crashed"));
    };
    expect(await runNextJob({ prisma: database.prisma, handler: failing })).toBe(true);
    let job = await findJob({ prisma: database.prisma, key });
    expect(job).toMatchObject({ state: "created", attempts: 1, lastError: "Chromium crashed" });
    // Not due yet: the retry waits (15 s after the first failure).
    expect(await runNextJob({ prisma: database.prisma, handler: failing })).toBe(false);
    const delays = await database.prisma.$queryRawUnsafe<{ s: number }[]>(
      `SELECT EXTRACT(EPOCH FROM "runAfter" - "updatedAt")::float8 AS s FROM "Job" WHERE "dedupeKey" = $1`,
      key,
    );
    expect(delays[0]!.s).toBeGreaterThan(10);
    for (let i = 2; i <= MAX_ATTEMPTS; i++) {
      await makeDue(key);
      expect(await runNextJob({ prisma: database.prisma, handler: failing })).toBe(true);
    }
    job = await findJob({ prisma: database.prisma, key });
    expect(job).toMatchObject({ state: "failed", attempts: MAX_ATTEMPTS });
    expect(calls).toBe(MAX_ATTEMPTS);
    expect(await requestEditionPdf({ edition, prisma: database.prisma, files, startWorker: false })).toMatchObject({ status: "failed" });
  });

  it("a request after the cool-down re-arms a failed job; a successful print is stored and then served", async () => {
    const key = editionPdfKey(edition);
    await database.prisma.$executeRawUnsafe(`UPDATE "Job" SET "finishedAt" = now() - interval '1 hour' WHERE "dedupeKey" = $1`, key);
    expect(await requestEditionPdf({ edition, prisma: database.prisma, files, startWorker: false })).toMatchObject({
      status: "generating",
      attempts: 0,
    });
    const handler = editionJobHandler({
      prisma: database.prisma,
      files,
      render: (doc, meta) => Promise.resolve({ pdf: Buffer.from(`%PDF-1.4 ${doc.year} v${meta.version}`) }),
    });
    expect(await runNextJob({ prisma: database.prisma, handler })).toBe(true);
    expect(await findJob({ prisma: database.prisma, key })).toMatchObject({ state: "completed", lastError: null });
    expect((await files.getFile(key))?.toString()).toBe("%PDF-1.4 2022 v1");
    expect(await requestEditionPdf({ edition, prisma: database.prisma, files, startWorker: false })).toEqual({ status: "ready", key });
    // The file went missing (storage wiped): the next request prints it again.
    await files.delete(key);
    expect(await requestEditionPdf({ edition, prisma: database.prisma, files, startWorker: false })).toMatchObject({
      status: "generating",
    });
  });

  it("a missing Chromium fails the print with a clear message, and the job is retried", async () => {
    const key = editionPdfKey(edition);
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      await makeDue(key);
      expect(await runNextJob({ prisma: database.prisma, handler: editionJobHandler({ prisma: database.prisma, files }) })).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
    const job = await findJob({ prisma: database.prisma, key });
    expect(job?.state).toBe("created");
    expect(job?.lastError).toMatch(/Chromium/);
    expect(job?.lastError).toMatch(/未安装/);
  }, 60_000);

  it("runs prints one at a time", async () => {
    let running = 0;
    let most = 0;
    const task = () =>
      exclusive(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 30));
        running--;
      });
    await Promise.all([task(), task(), task(), exclusive(() => Promise.reject(new Error("x"))).catch(() => undefined), task()]);
    expect(most).toBe(1);
  });

  it("makes the Word document as a job of format docx beside the PDF's, and stores it as .docx", async () => {
    const key = editionFileKey(edition, "docx");
    expect(key).toMatch(/\.docx$/);
    expect(await requestEditionExport({ edition, format: "docx", prisma: database.prisma, files, startWorker: false })).toEqual({
      status: "generating",
      attempts: 0,
      lastError: null,
      estimatedSeconds: expect.any(Number),
    });
    const jobs = await database.prisma.$queryRawUnsafe<{ key: string; format: string }[]>(
      `SELECT "dedupeKey" AS key, payload->>'format' AS format FROM "Job" WHERE payload->>'editionId' = $1 ORDER BY format DESC`,
      edition.id,
    );
    expect(jobs).toEqual([
      { key: editionPdfKey(edition), format: "pdf" },
      { key, format: "docx" },
    ]);
    await database.prisma.$executeRawUnsafe(`UPDATE "Job" SET state = 'completed' WHERE "dedupeKey" = $1`, editionPdfKey(edition));
    const made: string[] = [];
    const handler = editionJobHandler({
      prisma: database.prisma,
      files,
      render: () => {
        made.push("pdf");
        return Promise.resolve({ pdf: Buffer.from("%PDF-") });
      },
      renderDocx: (doc, meta) => {
        made.push("docx");
        return Promise.resolve(Buffer.from(`PK docx ${doc.year} v${meta.version}`));
      },
    });
    expect(await runNextJob({ prisma: database.prisma, handler })).toBe(true);
    expect(made).toEqual(["docx"]);
    expect(await findJob({ prisma: database.prisma, key })).toMatchObject({
      state: "completed",
      name: "export.edition",
      data: { format: "docx" },
    });
    expect((await files.getFile(key))?.toString()).toBe("PK docx 2022 v1");
    expect(await requestEditionExport({ edition, format: "docx", prisma: database.prisma, files, startWorker: false })).toEqual({
      status: "ready",
      key,
    });
    expect(CONTENT_TYPES.docx).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  });

  it("enqueue is idempotent per key and keeps separate keys apart", async () => {
    const data = { editionId: edition.id, format: "pdf" } as const;
    const a = await enqueueExport({ prisma: database.prisma, key: "k-a", data });
    const b = await enqueueExport({ prisma: database.prisma, key: "k-a", data });
    const c = await enqueueExport({ prisma: database.prisma, key: "k-b", data });
    expect(b.id).toBe(a.id);
    expect(c.id).not.toBe(a.id);
  });
});
