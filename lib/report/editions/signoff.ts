import { createHash } from "node:crypto";
import { z } from "zod";
import { audit } from "../../audit/log";
import type { MaybeActor } from "../../auth/actor";
import { authorize } from "../../auth/policy";
import { AppError } from "../../errors";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { bi } from "../../i18n/bilingual";
import { db } from "../../server/db";
import { parseWith } from "../../validation";
import { notifySignoffDecision, notifySignoffRequest } from "../../notifications/service";
import { mailSoon } from "../../notifications/mail";
import { assertYearWritable } from "../../years/service";
import type { ReportDocument } from "../model/document";

/**
 * Leadership sign-off (校领导审定): the quality office marks the year's report, as it would be
 * published now, 待审定; a leader reads the preview and signs it off or sends it back with a
 * comment. With the institution's `leaderSignoff` on, only a signed-off report may be published,
 * and only while its content is still the one signed off (the content hash says so).
 */

export type SignoffStatus = "PENDING" | "SIGNED" | "RETURNED";
export type SignoffView = {
  id: string;
  year: number;
  status: SignoffStatus;
  contentHash: string;
  requestedBy: string | null;
  requestedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  comment: string | null;
  /** The edition published under this sign-off, if any (one sign-off, one publication). */
  publishedVersion: number | null;
};

type Client = PrismaClient | Prisma.TransactionClient;

// Keys in a fixed order, so a document read back from the database (jsonb reorders keys) hashes the same.
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
    );
  return value;
}

/**
 * sha256 of what a publication would freeze, leaving out what changes without the content changing:
 * the build time, the declaration's date (filled from the sign-off itself) and the chart SVGs' CSS
 * class names (ECharts numbers them per process: renumbered here in order of appearance). A stored
 * edition hashes to its sign-off's hash.
 */
export function contentHash(doc: ReportDocument): string {
  const stable = { ...doc, generatedAt: "", declaration: doc.declaration ? { ...doc.declaration, signedAt: null } : undefined };
  const classes = new Map<string, number>();
  const text = JSON.stringify(sortedKeys(stable)).replace(/\b(?:c\d+-cls-\d+|zr\d+-[a-z]+\d+)\b/g, (m) => {
    if (!classes.has(m)) classes.set(m, classes.size);
    return `cls-${classes.get(m)}`;
  });
  return createHash("sha256").update(text).digest("hex");
}

/** Whether publishing needs a leader's sign-off (学校设置 → 校领导审定). */
export async function signoffRequired(prisma: Client = db()): Promise<boolean> {
  const row = await prisma.institution.findFirst({ orderBy: { createdAt: "asc" }, select: { leaderSignoff: true } });
  return row?.leaderSignoff ?? false;
}

const select = {
  id: true,
  year: true,
  status: true,
  contentHash: true,
  requestedAt: true,
  decidedAt: true,
  comment: true,
  requestedBy: { select: { displayName: true } },
  decidedBy: { select: { displayName: true } },
  editions: { select: { version: true }, take: 1 },
} as const;
type Row = Prisma.ReportSignoffGetPayload<{ select: typeof select }>;
const toView = (r: Row): SignoffView => ({
  id: r.id,
  year: r.year,
  status: r.status,
  contentHash: r.contentHash,
  requestedBy: r.requestedBy?.displayName ?? null,
  requestedAt: r.requestedAt,
  decidedBy: r.decidedBy?.displayName ?? null,
  decidedAt: r.decidedAt,
  comment: r.comment,
  publishedVersion: r.editions[0]?.version ?? null,
});

/** The year's latest sign-off request (null: never asked). */
export async function currentSignoff(options: { year: number; prisma?: Client }): Promise<SignoffView | null> {
  const row = await (options.prisma ?? db()).reportSignoff.findFirst({
    where: { year: options.year },
    orderBy: { requestedAt: "desc" },
    select,
  });
  return row ? toView(row) : null;
}

async function approvedDocument(prisma: PrismaClient, year: number): Promise<ReportDocument> {
  // Loaded on use: building pulls in ECharts (seconds to import).
  const { buildReportDocument } = await import("../engine/build");
  const document = await buildReportDocument({ prisma, year, mode: "approved" });
  if (!document) throw new AppError("NOT_FOUND", bi(`没有${year}年度的报告`, `there is no report year ${year}`));
  return document;
}

/** The quality office marks the report as it stands 待审定 (a new request replaces a pending one). */
export async function requestSignoff(options: { actor: MaybeActor; year: number; prisma?: PrismaClient }): Promise<SignoffView> {
  authorize(options.actor, "report.publish");
  const prisma = options.prisma ?? db();
  await assertYearWritable(options.year, prisma);
  const hash = contentHash(await approvedDocument(prisma, options.year));
  const view = await prisma.$transaction(async (tx) => {
    const last = await currentSignoff({ year: options.year, prisma: tx });
    if (last?.status === "PENDING" && last.contentHash === hash)
      throw new AppError("CONFLICT", bi("此内容已在待审定中", "this content is already awaiting sign-off"));
    if (last?.status === "SIGNED" && last.contentHash === hash && last.publishedVersion === null)
      throw new AppError("CONFLICT", bi("此内容已经审定，可以发布", "this content is signed off already and may be published"));
    const row = await tx.reportSignoff.create({
      data: { year: options.year, contentHash: hash, requestedById: options.actor!.id },
      select,
    });
    await audit(tx, {
      actor: options.actor,
      action: "SIGNOFF_REQUEST",
      entityType: "ReportSignoff",
      entityId: row.id,
      changes: { year: options.year, contentHash: hash },
    });
    await notifySignoffRequest(tx, { actor: options.actor!, year: options.year });
    return toView(row);
  });
  mailSoon(); // after the commit, as the workflow's transitions do
  return view;
}

const ZDecision = z.object({
  decision: z.enum(["sign", "return"], { error: bi("请选择审定通过或退回", "decision must be sign or return") }),
  comment: z
    .string()
    .trim()
    .max(2000, bi("意见不能超过2000字", "the comment must be at most 2000 characters"))
    .optional()
    .transform((v) => v || null),
});

/** A leader signs the pending request off, or sends it back with a comment (required then). */
export async function decideSignoff(options: {
  actor: MaybeActor;
  year: number;
  input: unknown;
  prisma?: PrismaClient;
}): Promise<SignoffView> {
  authorize(options.actor, "report.signoff");
  const { decision, comment } = parseWith(ZDecision, options.input);
  if (decision === "return" && !comment)
    throw new AppError("INVALID", bi("退回时请填写意见", "a comment is required to send it back"), {
      comment: [bi("请填写退回意见", "a comment is required")],
    });
  const prisma = options.prisma ?? db();
  const pending = await currentSignoff({ year: options.year, prisma });
  if (pending?.status !== "PENDING") throw new AppError("CONFLICT", bi("没有待审定的报告", "nothing is awaiting sign-off"));
  // The leader signs what was marked: if approved data or narratives changed since, the office marks it again.
  if (decision === "sign" && contentHash(await approvedDocument(prisma, options.year)) !== pending.contentHash)
    throw new AppError(
      "CONFLICT",
      bi(
        "报告内容在提交审定后已有变化，请质量办重新提交审定",
        "the report changed after it was marked for sign-off; the office must mark it again",
      ),
    );
  const view = await prisma.$transaction(async (tx) => {
    const { count } = await tx.reportSignoff.updateMany({
      where: { id: pending.id, status: "PENDING" },
      data: { status: decision === "sign" ? "SIGNED" : "RETURNED", decidedById: options.actor!.id, decidedAt: new Date(), comment },
    });
    if (count !== 1) throw new AppError("CONFLICT", bi("已由他人处理，请刷新", "someone else decided it first; reload"));
    await audit(tx, {
      actor: options.actor,
      action: decision === "sign" ? "SIGNOFF" : "SIGNOFF_RETURN",
      entityType: "ReportSignoff",
      entityId: pending.id,
      reason: comment,
      changes: {
        year: options.year,
        contentHash: pending.contentHash,
        status: { before: "PENDING", after: decision === "sign" ? "SIGNED" : "RETURNED" },
      },
    });
    await notifySignoffDecision(tx, { actor: options.actor!, year: options.year, decision, comment });
    return toView(await tx.reportSignoff.findUniqueOrThrow({ where: { id: pending.id }, select }));
  });
  mailSoon();
  return view;
}

/**
 * The sign-off a publication of `document` may go out under, checked inside the publication's
 * transaction: the latest request, signed, not used yet, for exactly this content.
 */
export async function usableSignoff(tx: Client, year: number, document: ReportDocument): Promise<SignoffView> {
  const s = await signedOff(tx, year);
  if (s.contentHash !== contentHash(document))
    throw new AppError(
      "CONFLICT",
      bi(
        "须经校领导审定后才能发布：报告内容在审定后已有变化，请重新提交审定",
        "a leader must sign the report off before it is published: the report changed after it was signed off; mark it again",
      ),
    );
  return s;
}

/**
 * The latest sign-off request, signed and not used yet (the content is compared at publication).
 * Publishing checks this first (lib/report/editions/publish.ts), so nobody confirms warnings only to be refused.
 */
export async function signedOff(tx: Client, year: number): Promise<SignoffView> {
  const s = await currentSignoff({ year, prisma: tx });
  const refuse = (zh: string, en: string) => new AppError("CONFLICT", bi(zh, en));
  if (!s)
    throw refuse(
      "须经校领导审定后才能发布：请先提交审定",
      "a leader must sign the report off before it is published: mark it for sign-off first",
    );
  if (s.status === "PENDING")
    throw refuse(
      "须经校领导审定后才能发布：报告正在待审定",
      "a leader must sign the report off before it is published: it is awaiting sign-off",
    );
  if (s.status === "RETURNED")
    throw refuse(
      "须经校领导审定后才能发布：报告已被退回修改",
      "a leader must sign the report off before it is published: it was sent back",
    );
  if (s.publishedVersion !== null)
    throw refuse(
      "须经校领导审定后才能发布：上次审定已用于发布，请重新提交审定",
      "a leader must sign the report off before it is published: the last sign-off was used already; mark it again",
    );
  return s;
}

/** Why publishing waits for the sign-off, in each language. */
const BLOCKED = {
  zh: {
    none: "须经校领导审定后才能发布：请先提交校领导审定。",
    pending: "须经校领导审定后才能发布：报告正在待审定，校领导审定通过后即可发布。",
    returned: "须经校领导审定后才能发布：报告已被退回，请按意见修改后重新提交审定。",
  },
  en: {
    none: "Publishing needs the college leader's sign-off: send the report for sign-off first.",
    pending: "Publishing needs the college leader's sign-off: the report awaits it and can be published once signed off.",
    returned: "Publishing needs the college leader's sign-off: the report was returned; revise it and send it again.",
  },
} as const;

/**
 * Why the publish button is off, in words (null: it may be pressed): with the sign-off step on, a
 * report is published only under an unused sign-off; the same refusals as `signedOff`, said before
 * anyone presses the button. A changed content is still only found out by publishing (it needs a build).
 */
export function publishBlocked(required: boolean, current: SignoffView | null, lang: "zh" | "en" = "zh"): string | null {
  if (!required) return null;
  const why = BLOCKED[lang];
  if (!current || current.publishedVersion !== null) return why.none;
  if (current.status === "PENDING") return why.pending;
  if (current.status === "RETURNED") return why.returned;
  return null;
}

/** For the preview page: whether the step is on, and where the year's sign-off stands. */
export async function signoffStatus(options: { actor: MaybeActor; year: number; prisma?: PrismaClient }) {
  authorize(options.actor, "report.preview");
  const prisma = options.prisma ?? db();
  const [required, current] = await Promise.all([signoffRequired(prisma), currentSignoff({ year: options.year, prisma })]);
  return { required, current };
}
