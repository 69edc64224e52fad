import { createHash, randomUUID } from "node:crypto";
import type pg from "pg";
import { fileTypeFromBuffer } from "file-type";
import type { MaybeActor } from "../auth/actor";
import { deny, may, mayHandIn } from "../auth/policy";
import { auditRow } from "../audit/log";
import { AppError } from "../errors";
import { putBytes } from "../files/store";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { requireDepartmentInstallation } from "../institution/kind";
import { verifyPackage } from "../package/verify";
import type { PackageReport } from "../package/schema";
import { db, pgPoolOf } from "../server/db";
import { defaultPoolMax } from "../server/pg-pool";
import { isUniqueViolation } from "../server/db-errors";
import { handInGroup } from "./board";

/**
 * A college's submission package received by its education department (报送): verified
 * (lib/package/verify.ts: manifest hashes, schema, the college's code), refused with every problem
 * named, else kept: the zip and the photos in storage, then in one transaction (writeSubmission: one
 * statement) the Submission, its indicator rows (SubmittedFigure) and its cases (PooledCase). A
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

/** The photos the cases name, each checked to be an image by its content: the problems, else what to store. */
async function typedPhotos(report: PackageReport, files: ReadonlyMap<string, Uint8Array>) {
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
  return { typed, problems };
}

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
  const key = { year: report.year, editionVersion: report.edition.version };
  // The college and an earlier hand-in of this edition in one query (each query costs a package more
  // in the client's query compiler than the database's work: issue 24's profile).
  const edition = (where: { id: string } | { code: string }) =>
    prisma.college.findUnique({
      where,
      select: { id: true, code: true, name: true, submissions: { where: key, select: { id: true, current: true, packageSha256: true } } },
    });
  const college = await edition(own ? { id: own.id } : { code: report.college.code });
  if (!college)
    throw new PackageRefused([
      bi(
        `学校标识码 ${report.college.code}（${report.college.name}）未在学校名录中登记`,
        `college code ${report.college.code} is not in the register`,
      ),
    ]);
  if (!mayHandIn(actor, college.id)) deny(actor);

  const packageSha256 = sha256(options.bytes);
  const result = (submission: { id: string; current: boolean }, status: HandInResult["status"]): HandInResult => ({
    status,
    submissionId: submission.id,
    college: { id: college.id, code: college.code, name: college.name },
    year: report.year,
    editionVersion: report.edition.version,
    current: submission.current,
  });
  const duplicate = (before: { id: string; current: boolean; packageSha256: string } | undefined) => {
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
  const seen = duplicate(college.submissions[0]);
  if (seen) return seen;

  // Every photo is checked before anything is stored; then the zip and the photos are written side by side.
  const { typed, problems } = await typedPhotos(report, files);
  if (problems.length) throw new PackageRefused(problems);
  const uploadedById = actor?.id ?? null;
  const [zip, ...photoRows] = await Promise.all([
    putBytes({
      bytes: options.bytes,
      originalName: options.fileName ?? `${college.code}-${report.year}-v${report.edition.version}.zip`,
      mime: "application/zip",
      ext: "zip",
      uploadedById,
    }),
    ...typed.map((p) => putBytes({ bytes: p.bytes, originalName: p.path.slice("photos/".length), mime: p.mime, ext: p.ext, uploadedById })),
  ]);
  const photos = { rows: photoRows, byPath: new Map(typed.map((p, i) => [p.path, photoRows[i]!.id!])) };

  try {
    const submission = await writeSubmission(pgPoolOf(prisma), {
      id: randomUUID(),
      college,
      report,
      packageSha256,
      zip,
      photos,
      receivedAt: options.now ?? new Date(),
      actor,
      ip: options.ip,
    });
    return result(submission, "received");
  } catch (err) {
    // Two hand-ins of the same edition raced: the loser answers as a re-hand-in would.
    if ((err as { code?: string }).code === "23505" || isUniqueViolation(err)) {
      const again = await edition({ id: college.id });
      const seen = duplicate(again?.submissions[0]);
      if (seen) return seen;
    }
    throw err;
  }
}

export type HandInOutcome = { file: string; result: HandInResult | null; problems: string[] };

/**
 * How many packages of a folder are imported at once: a package's work is mostly waiting (storage,
 * database), and each holds at most one connection, so up to 4 while half the pool stays for
 * everyone else (the embedded database's pool of 1: one at a time).
 */
export const folderConcurrency = (poolMax = defaultPoolMax()) => Math.max(1, Math.min(4, Math.floor(poolMax / 2)));

/**
 * A folder of packages (an admin's upload): each verified and kept or refused on its own, a few at
 * a time; the outcomes in the order given, every refused package with its problems. Not being
 * allowed (or signed in) stops the whole folder: no package is started after it, and it is thrown
 * once those already started have finished.
 */
export async function handInPackages(options: {
  actor: MaybeActor;
  /** Each file's bytes, or how to read them when its turn comes (a folder's files are not all copied at once). */
  packages: readonly { fileName: string; bytes: Uint8Array | (() => Promise<Uint8Array>) }[];
  ip?: string | null;
  prisma?: Client;
  concurrency?: number;
}): Promise<HandInOutcome[]> {
  const { packages } = options;
  const outcomes = new Array<HandInOutcome>(packages.length);
  let next = 0;
  let fatal: { err: unknown } | null = null;
  const worker = async () => {
    while (!fatal && next < packages.length) {
      const i = next++;
      const { fileName, bytes } = packages[i]!;
      try {
        const result = await handInPackage({
          actor: options.actor,
          ip: options.ip,
          prisma: options.prisma,
          bytes: typeof bytes === "function" ? await bytes() : bytes,
          fileName,
        });
        outcomes[i] = { file: fileName, result, problems: [] };
      } catch (err) {
        if (err instanceof PackageRefused) outcomes[i] = { file: fileName, result: null, problems: err.problems };
        else if (err instanceof AppError && err.code !== "FORBIDDEN" && err.code !== "UNAUTHENTICATED")
          outcomes[i] = { file: fileName, result: null, problems: [err.message] };
        else fatal ??= { err };
      }
    }
  };
  const n = Math.max(1, Math.min(options.concurrency ?? folderConcurrency(), packages.length));
  await Promise.all(Array.from({ length: n }, worker));
  if (fatal) throw (fatal as { err: unknown }).err;
  return outcomes;
}

/** A parameterised statement for pg from a template: `${value}` becomes $1, $2, … */
const sql = (strings: TemplateStringsArray, ...values: unknown[]) => ({
  text: strings.reduce((text, part, i) => `${text}$${i}${part}`),
  values,
});

/**
 * Everything a hand-in writes, in one transaction on one pg connection: the lock of the college and
 * year, then one statement. It goes around Prisma because Prisma's query compiler was most of a
 * package's CPU (issue 24's profile: an interactive transaction passing the ~100 KB report cost
 * 11–17 ms of CPU and ~40 ms, the same over pg 1.7 ms and ~11 ms; a dozen queries ~6 ms each).
 *
 * The statement: whether the edition becomes current, the earlier current edition with its figures
 * and cases superseded, the zip's and photos' StoredFile rows, the Submission, its indicator rows and
 * its cases — unpacked from the report as stored, so they cannot differ from it —, the board's
 * reminders to the college for the year answered (as settleGroup does: lib/notifications/handoff.ts)
 * and the audit row (auditRow's shape). Sibling data-modifying CTEs run on one snapshot (taken after
 * the lock is held): the updates do not see the rows inserted beside them, and the foreign keys are
 * checked at the end of the statement. Times go in as UTC, as Prisma keeps them.
 */
async function writeSubmission(
  pool: pg.Pool,
  s: {
    id: string;
    college: { id: string; code: string };
    report: PackageReport;
    packageSha256: string;
    zip: Prisma.StoredFileCreateManyInput;
    photos: { rows: Prisma.StoredFileCreateManyInput[]; byPath: ReadonlyMap<string, string> };
    receivedAt: Date;
    actor: MaybeActor;
    ip?: string | null;
  },
): Promise<{ id: string; current: boolean }> {
  const { college, report } = s;
  const year = report.year;
  const version = report.edition.version;
  const files = JSON.stringify([s.zip, ...s.photos.rows]);
  const photoIds = JSON.stringify(Object.fromEntries(s.photos.byPath));
  const entry = auditRow({
    actor: s.actor,
    action: "HAND_IN",
    entityType: "Submission",
    entityId: s.id,
    ip: s.ip,
    changes: { college: college.code, year, edition: version, sha256: s.packageSha256 },
  });
  const now = s.receivedAt.toISOString();
  const client = await pool.connect();
  let broken = false;
  try {
    // A lock held by a hand-in that hangs is not waited on for ever (Prisma's transactions had a timeout too).
    await client.query("BEGIN; SET LOCAL lock_timeout = '10s'");
    // One hand-in of a college and year at a time: the later edition's "current" is decided under the lock.
    await client.query(sql`SELECT pg_advisory_xact_lock(hashtext(${`hand-in:${college.id}:${year}`}))`);
    const { rows } = await client.query<{ current: boolean }>(sql`
      WITH decided AS (
        SELECT COALESCE(MAX("editionVersion"), 0) < ${version}::int AS current
        FROM "Submission" WHERE "collegeId" = ${college.id} AND "year" = ${year}::int
      ), older AS (
        UPDATE "Submission" SET "current" = false
        WHERE "collegeId" = ${college.id} AND "year" = ${year}::int AND "current" AND (SELECT current FROM decided)
        RETURNING "id"
      ), older_figures AS (
        UPDATE "SubmittedFigure" SET "current" = false WHERE "submissionId" IN (SELECT "id" FROM older)
      ), older_cases AS (
        UPDATE "PooledCase" SET "current" = false WHERE "submissionId" IN (SELECT "id" FROM older)
      ), files AS (
        INSERT INTO "StoredFile" ("id", "storageKey", "originalName", "mimeType", "size", "sha256", "variants", "uploadedById")
        SELECT f."id", f."storageKey", f."originalName", f."mimeType", f."size", f."sha256", f."variants", f."uploadedById"
        FROM jsonb_to_recordset(${files}::jsonb)
          AS f("id" text, "storageKey" text, "originalName" text, "mimeType" text, "size" int, "sha256" text, "variants" jsonb, "uploadedById" text)
      ), submission AS (
        INSERT INTO "Submission" ("id", "collegeId", "year", "editionVersion", "receivedAt", "receivedById", "packageSha256", "packageFileId", "report", "current")
        SELECT ${s.id}, ${college.id}, ${year}::int, ${version}::int, ${now}::timestamptz AT TIME ZONE 'UTC', ${s.actor?.id ?? null},
               ${s.packageSha256}, ${s.zip.id}, ${JSON.stringify(report)}::jsonb, current
        FROM decided
        RETURNING "report", "current"
      ), figures AS (
        INSERT INTO "SubmittedFigure" ("id", "submissionId", "collegeId", "year", "current", "tableKey", "rowCode", "value", "numerator", "denominator", "skipped")
        SELECT gen_random_uuid()::text, ${s.id}, ${college.id}, ${year}::int, sub.current, t->>'key', r->>'code',
               (r->>'value')::numeric, (r->>'numerator')::numeric, (r->>'denominator')::numeric, (r->>'skipped')::boolean
        FROM submission sub, jsonb_array_elements(sub.report->'indicatorTables') t, jsonb_array_elements(t->'rows') r
      ), cases AS (
        INSERT INTO "PooledCase" ("id", "submissionId", "collegeId", "year", "current", "number", "title", "subtitle", "text",
                                  "chapterKey", "chapterTitle", "sectionKey", "sectionTitle", "topics", "photos")
        SELECT gen_random_uuid()::text, ${s.id}, ${college.id}, ${year}::int, sub.current, (c->>'number')::int, c->>'title', c->>'subtitle', c->>'text',
               c->'chapter'->>'key', c->'chapter'->>'title', c->'section'->>'key', c->'section'->>'title',
               ARRAY(SELECT jsonb_array_elements_text(c->'topics')),
               COALESCE((SELECT jsonb_agg(jsonb_build_object('fileId', ${photoIds}::jsonb->>(p->>'path'), 'caption', p->'caption') ORDER BY n)
                         FROM jsonb_array_elements(c->'photos') WITH ORDINALITY AS x(p, n)), '[]'::jsonb)
        FROM submission sub, jsonb_array_elements(sub.report->'cases') c
      ), settled AS (
        UPDATE "Notification"
        SET "handledAt" = ${now}::timestamptz AT TIME ZONE 'UTC', "readAt" = COALESCE("readAt", ${now}::timestamptz AT TIME ZONE 'UTC')
        WHERE "groupKey" = ${handInGroup(year, college.id)} AND "handledAt" IS NULL
      ), audited AS (
        INSERT INTO "AuditLog" ("actorId", "actorName", "action", "entityType", "entityId", "changes", "ip")
        SELECT ${entry.actorId}, ${entry.actorName}, ${entry.action}, ${entry.entityType}, ${entry.entityId},
               ${JSON.stringify(entry.changes)}::jsonb || jsonb_build_object('current', current), ${entry.ip}
        FROM decided
      )
      SELECT current FROM submission`);
    await client.query("COMMIT");
    return { id: s.id, current: rows[0]!.current };
  } catch (err) {
    // A connection that cannot even roll back is not handed back to the pool.
    broken = await client.query("ROLLBACK").then(
      () => false,
      () => true,
    );
    throw err;
  } finally {
    client.release(broken);
  }
}
