// Backups a college can trust: the demo installation (with an uploaded file, a published edition
// and its PDF) backed up, restored into an empty one, and found identical: every row of every
// table (the audit log included), every file by checksum, the published report's bytes. A cut
// archive is refused and leaves the target untouched. Also from the embedded database (PGlite).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupError, createBackup, restoreBackup } from "../../lib/backup";
import { sha256 } from "../../lib/backup/archive";
import { attachFile } from "../../lib/evidence/service";
import { editionPdfKey } from "../../lib/pdf/jobs";
import { kindBySlug } from "../../lib/records/kinds";
import { renderReportHtml } from "../../lib/report/engine/html";
import type { ReportDocument } from "../../lib/report/model/document";
import { migrateDeploy } from "../../lib/runtime/migrate";
import { scratchDatabase } from "../../lib/runtime/scratch-database";
import { closePrismaClient, createPrismaClient } from "../../lib/server/db";
import { LocalStorage, storage } from "../../lib/storage";
import { createRecord } from "../../lib/records/write";
import { withClient } from "../../lib/backup/database";
import { demoDatabase, freshDatabase } from "../support/database";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-backup-src-"));
process.env.NIANBAO_DATA_DIR = dataDir;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-backup-test-"));

/** Every table's rows as sorted JSON lines: what "identical" means here. */
async function snapshot(url: string): Promise<Record<string, string[]>> {
  return withClient(url, async (c) => {
    const { rows: tables } = await c.query<{ t: string }>(
      `SELECT tablename::text AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
    );
    const out: Record<string, string[]> = {};
    for (const { t } of tables) {
      const { rows } = await c.query<{ j: string }>(`SELECT row_to_json(x)::text AS j FROM public."${t}" x`);
      out[t] = rows.map((r) => r.j).sort();
    }
    return out;
  });
}

async function fileSums(files: LocalStorage) {
  const sums: Record<string, string> = {};
  for (const key of await files.list()) sums[key] = sha256((await files.getFile(key))!);
  return sums;
}

describe("backup and restore", () => {
  let source: Awaited<ReturnType<typeof demoDatabase>>;
  let archive: string;

  beforeAll(async () => {
    source = await demoDatabase();
    const awards = kindBySlug("competition-awards")!;
    const award = await createRecord({
      actor: source.actors["staff-a"]!,
      prisma: source.prisma,
      kind: awards,
      meta: { year: 2022 },
      input: { competition: "备份测试赛", level: "NATIONAL", prizes: [{ prize: "一等奖" }] },
    });
    const png = await sharp({ create: { width: 800, height: 400, channels: 3, background: "#1d4f91" } })
      .png()
      .toBuffer();
    await attachFile({
      actor: source.actors["staff-a"]!,
      prisma: source.prisma,
      kind: awards,
      recordId: award.id,
      bytes: png,
      name: "证书.png",
    });
    // The published edition's PDF as a worker would have stored it.
    const edition = await source.prisma.reportEdition.findFirstOrThrow({ where: { year: 2022 } });
    await storage().putFile(editionPdfKey(edition), Buffer.from("%PDF-1.7 the printed edition"));
    archive = path.join(work, "backup.tar.gz");
    await createBackup({ databaseUrl: source.url, files: storage(), out: archive });
  }, 300_000);
  afterAll(async () => {
    await source?.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  });

  it("restores into an empty installation: every record, file, audit row and the published report identical", async () => {
    const target = await freshDatabase();
    const files = new LocalStorage(path.join(work, "restored-files"));
    try {
      await restoreBackup({ archive, databaseUrl: target.url, files });
      const [before, after] = await Promise.all([snapshot(source.url), snapshot(target.url)]);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
      expect(after.AuditLog!.length).toBeGreaterThan(0);
      expect(after.StoredFile!.length).toBeGreaterThan(0);

      const sums = await fileSums(files);
      expect(sums).toEqual(await fileSums(storage() as LocalStorage));
      expect(Object.keys(sums).length).toBeGreaterThanOrEqual(3); // original, web copy or thumbnail, PDF

      const restored = createPrismaClient(target.url, 2);
      try {
        const a = await source.prisma.reportEdition.findFirstOrThrow({ where: { year: 2022 }, orderBy: { version: "desc" } });
        const b = await restored.reportEdition.findFirstOrThrow({ where: { year: 2022 }, orderBy: { version: "desc" } });
        expect(renderReportHtml(b.document as unknown as ReportDocument)).toBe(renderReportHtml(a.document as unknown as ReportDocument));
        expect(b.publishedAt.toISOString()).toBe(a.publishedAt.toISOString());
        // The append-only rule still holds after the restore.
        await expect(restored.$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
      } finally {
        await closePrismaClient(restored);
      }
    } finally {
      await target.dispose();
    }
  }, 300_000);

  it("refuses a truncated archive with a clear message and leaves the target untouched", async () => {
    const cut = path.join(work, "cut.tar.gz");
    const bytes = fs.readFileSync(archive);
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const target = await freshDatabase();
    const files = new LocalStorage(path.join(work, "untouched-files"));
    try {
      const error = await restoreBackup({ archive: cut, databaseUrl: target.url, files }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(/损坏或不完整.*damaged or incomplete/);
      const tables = await withClient(target.url, (c) => c.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`));
      expect(tables.rows[0].n).toBe(0);
      expect(await files.list()).toEqual([]);
    } finally {
      await target.dispose();
    }
  }, 120_000);

  it("refuses a restore into an installation that has data", async () => {
    const files = new LocalStorage(path.join(work, "nonempty-files"));
    const error = await restoreBackup({ archive, databaseUrl: source.url, files }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(/不是空的.*not empty/);
  }, 120_000);

  it("backs up the embedded database (PGlite) too", async () => {
    const embedded = await scratchDatabase({
      serverUrl: null,
      prefix: "nianbao_backup_pglite",
      embeddedPort: 56600 + Math.floor(Math.random() * 90),
    });
    const target = await freshDatabase();
    try {
      await migrateDeploy(embedded.url, { quiet: true });
      const prisma = createPrismaClient(embedded.url, 1);
      try {
        await prisma.reportYear.create({ data: { year: 2023, academicYear: "2022-2023" } });
        await prisma.auditLog.create({
          data: { action: "CREATE", entityType: "ReportYear", entityId: "2023", actorName: "测试", changes: { year: 2023 } },
        });
      } finally {
        await closePrismaClient(prisma);
      }
      const out = path.join(work, "pglite.tar.gz");
      const manifest = await createBackup({ databaseUrl: embedded.url, files: new LocalStorage(path.join(work, "pglite-files")), out });
      expect(manifest.database.engine).toMatch(/PostgreSQL (17|18)/);
      await restoreBackup({ archive: out, databaseUrl: target.url, files: new LocalStorage(path.join(work, "pglite-restored")) });
      const [before, after] = await Promise.all([snapshot(embedded.url), snapshot(target.url)]);
      expect(after).toEqual(before);
      expect(after.AuditLog).toHaveLength(1);
    } finally {
      await target.dispose();
      await embedded.dispose();
    }
  }, 300_000);
});
