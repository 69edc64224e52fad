import { createHash, randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { MaybeActor } from "../auth/actor";
import { deny, may, mayHandIn } from "../auth/policy";
import { audit } from "../audit/log";
import { AppError } from "../errors";
import { putBytes } from "../files/store";
import type { PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { requireDepartmentInstallation } from "../institution/kind";
import { settleGroup } from "../notifications/handoff";
import { verifyPackage } from "../package/verify";
import type { PackageReport } from "../package/schema";
import { db } from "../server/db";
import { isUniqueViolation } from "../server/db-errors";
import { handInGroup } from "./board";

/**
 * A college's submission package received by its education department (报送): verified
 * (lib/package/verify.ts: manifest hashes, schema, the college's code), refused with every problem
 * named, else kept: the zip and the photos in storage, then in one transaction the Submission, its
 * indicator rows (SubmittedFigure, one createMany) and its cases (PooledCase, one createMany). A
 * later edition of the same college and year supersedes the earlier: the earlier one, its figures
 * and its cases stop being current, so the aggregates count each college once.
 *
 * Handing in the same edition again is idempotent when the zip is the same (nothing is added, the
 * answer says so) and refused when it differs (an edition is frozen once published: a change is a
 * new edition). An edition older than the current one is kept, but does not become current.
 */
type Client = PrismaClient;

export type HandInResult = {
  status: "received" | "duplicate";
  submissionId: string;
  college: { id: string; code: string; name: string };
  year: number;
  editionVersion: number;
  current: boolean;
};

/** A refused package: every problem in `fieldErrors.package` (Chinese first). */
export class PackageRefused extends AppError {
  constructor(readonly problems: string[]) {
    super("INVALID", bi(`报送包未通过核对（${problems.length} 个问题）：${problems.join("；")}`, "the package was refused"), {
      package: problems,
    });
  }
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const IMAGE_TYPES: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" };

async function putPhotos(report: PackageReport, files: ReadonlyMap<string, Uint8Array>, uploadedById: string | null) {
  const paths = [...new Set(report.cases.flatMap((c) => c.photos.map((p) => p.path)))];
  const problems: string[] = [];
  const typed = await Promise.all(
    paths.map(async (path) => {
      const bytes = files.get(path)!;
      const type = await fileTypeFromBuffer(bytes);
      const ext = type && IMAGE_TYPES[type.mime];
      if (!type || !ext) problems.push(bi(`${path} 不是 JPEG、PNG 或 WebP 图片`, `${path} is not a JPEG, PNG or WebP image`));
      return { path, bytes, mime: type?.mime ?? "", ext: ext ?? "" };
    }),
  );
  if (problems.length) return { rows: [], byPath: new Map<string, string>(), problems };
  // Every photo is checked before any is stored; then they are written side by side.
  const rows = await Promise.all(
    typed.map((p) => putBytes({ bytes: p.bytes, originalName: p.path.slice("photos/".length), mime: p.mime, ext: p.ext, uploadedById })),
  );
  const byPath = new Map(typed.map((p, i) => [p.path, rows[i]!.id!]));
  return { rows, byPath, problems };
}

const decimal = (v: number | null) => (v === null ? null : String(v));

export async function handInPackage(options: {
  actor: MaybeActor;
  bytes: Uint8Array;
  fileName?: string;
  ip?: string | null;
  prisma?: Client;
  now?: Date;
}): Promise<HandInResult> {
  const prisma = options.prisma ?? db();
  const { actor } = options;
  await requireDepartmentInstallation(prisma);
  if (!may(actor, "handIn.any") && !may(actor, "handIn.own")) deny(actor);
  // A college's own account hands in only its own college: the code is checked with the hashes.
  const own = may(actor, "handIn.any") ? null : await prisma.college.findUnique({ where: { id: actor!.collegeId! } });
  if (!may(actor, "handIn.any") && !own) deny(actor);

  const verified = verifyPackage(options.bytes, own ? { expectedCode: own.code } : {});
  if (!verified.ok) throw new PackageRefused(verified.problems.map((p) => p.message));
  const { report, files } = verified;
  const college = own ?? (await prisma.college.findUnique({ where: { code: report.college.code } }));
  if (!college)
    throw new PackageRefused([
      bi(
        `学校标识码 ${report.college.code}（${report.college.name}）未在学校名录中登记`,
        `college code ${report.college.code} is not in the register`,
      ),
    ]);
  if (!mayHandIn(actor, college.id)) deny(actor);

  const packageSha256 = sha256(options.bytes);
  const key = { collegeId: college.id, year: report.year, editionVersion: report.edition.version };
  const result = (submission: { id: string; current: boolean }, status: HandInResult["status"]): HandInResult => ({
    status,
    submissionId: submission.id,
    college: { id: college.id, code: college.code, name: college.name },
    year: report.year,
    editionVersion: report.edition.version,
    current: submission.current,
  });
  const duplicate = async () => {
    const before = await prisma.submission.findUnique({
      where: { collegeId_year_editionVersion: key },
      select: { id: true, current: true, packageSha256: true },
    });
    if (!before) return null;
    if (before.packageSha256 === packageSha256) return result(before, "duplicate");
    throw new AppError(
      "CONFLICT",
      bi(
        `${college.name} ${report.year}年度第 ${report.edition.version} 版已报送过，内容与本次不同；已发布的版本不能更改，请发布并导出新版本后再报送`,
        `edition ${report.edition.version} of ${report.year} was handed in before with different content: publish and export a new edition`,
      ),
    );
  };
  const seen = await duplicate();
  if (seen) return seen;

  const uploadedById = actor?.id ?? null;
  const photos = await putPhotos(report, files, uploadedById);
  if (photos.problems.length) throw new PackageRefused(photos.problems);
  const zip = await putBytes({
    bytes: options.bytes,
    originalName: options.fileName ?? `${college.code}-${report.year}-v${report.edition.version}.zip`,
    mime: "application/zip",
    ext: "zip",
    uploadedById,
  });
  const receivedAt = options.now ?? new Date();

  try {
    return await prisma.$transaction(async (tx) => {
      // One hand-in of a college and year at a time: the later edition's "current" is decided under the lock.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`hand-in:${college.id}:${report.year}`}))`;
      const latest = await tx.submission.aggregate({ where: { collegeId: college.id, year: report.year }, _max: { editionVersion: true } });
      const current = (latest._max.editionVersion ?? 0) < report.edition.version;
      if (current) {
        // By submission id (an index each), not by college and year: the figures' and cases' own
        // (year, current) indexes would make each import scan every college's rows of the year.
        const older = await tx.submission.findMany({
          where: { collegeId: college.id, year: report.year, current: true },
          select: { id: true },
        });
        if (older.length) {
          const submissionId = { in: older.map((s) => s.id) };
          await tx.submission.updateMany({ where: { id: submissionId }, data: { current: false } });
          await tx.submittedFigure.updateMany({ where: { submissionId }, data: { current: false } });
          await tx.pooledCase.updateMany({ where: { submissionId }, data: { current: false } });
        }
      }
      await tx.storedFile.createMany({ data: [zip, ...photos.rows] });
      // Raw SQL for the two big writes: Prisma's client serializes a 100 KB JSON value and 240 rows of
      // decimals slowly (measured: ~140 ms and ~480 ms of a package's ~1 s under load); one statement each here.
      const submission = { id: randomUUID(), current };
      await tx.$executeRaw`INSERT INTO "Submission" ("id", "collegeId", "year", "editionVersion", "receivedAt", "receivedById", "packageSha256", "packageFileId", "report", "current")
        VALUES (${submission.id}, ${college.id}, ${report.year}, ${report.edition.version}, ${receivedAt}, ${actor?.id ?? null}, ${packageSha256}, ${zip.id}, ${JSON.stringify(report)}::jsonb, ${current})`;
      const common = { submissionId: submission.id, collegeId: college.id, year: report.year, current };
      const rows = report.indicatorTables.flatMap((table) => table.rows.map((row) => ({ table: table.key, row })));
      if (rows.length)
        await tx.$executeRaw`INSERT INTO "SubmittedFigure" ("id", "submissionId", "collegeId", "year", "current", "tableKey", "rowCode", "value", "numerator", "denominator", "skipped")
          SELECT f.id, ${submission.id}, ${college.id}, ${report.year}, ${current}, f.t, f.c, f.v, f.n, f.d, f.s
          FROM unnest(${rows.map(() => randomUUID())}::text[], ${rows.map((r) => r.table)}::text[], ${rows.map((r) => r.row.code)}::text[],
                      ${rows.map((r) => decimal(r.row.value))}::numeric[], ${rows.map((r) => decimal(r.row.numerator))}::numeric[],
                      ${rows.map((r) => decimal(r.row.denominator))}::numeric[], ${rows.map((r) => r.row.skipped)}::boolean[])
            AS f(id, t, c, v, n, d, s)`;
      await tx.pooledCase.createMany({
        data: report.cases.map((c) => ({
          ...common,
          number: c.number,
          title: c.title,
          subtitle: c.subtitle,
          text: c.text,
          chapterKey: c.chapter.key,
          chapterTitle: c.chapter.title,
          sectionKey: c.section.key,
          sectionTitle: c.section.title,
          topics: c.topics,
          photos: c.photos.map((p) => ({ fileId: photos.byPath.get(p.path)!, caption: p.caption })),
        })),
      });
      // The board's reminders to this college for this year are answered.
      await settleGroup(tx, handInGroup(report.year, college.id));
      await audit(tx, {
        actor,
        action: "HAND_IN",
        entityType: "Submission",
        entityId: submission.id,
        ip: options.ip,
        changes: { college: college.code, year: report.year, edition: report.edition.version, sha256: packageSha256, current },
      });
      return result(submission, "received");
    });
  } catch (err) {
    // Two hand-ins of the same edition raced: the loser answers as a re-hand-in would.
    if (isUniqueViolation(err)) {
      const seen = await duplicate();
      if (seen) return seen;
    }
    throw err;
  }
}
