import "server-only";
import { z } from "zod";
import type { MaybeActor } from "../auth/actor";
import { audit, changedFields } from "../audit/log";
import { hashPassword, oneTimePassword } from "../auth/password";
import { passwordProblem } from "../auth/password-strength";
import { authorize, authorizePartnerReport, deny, mayOnPartnerReport, type PartnerReportAction } from "../auth/policy";
import { AppError, invalidInput } from "../errors";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { notAPhoto } from "../files/sniff";
import { storeUpload } from "../files/store";
import { db } from "../server/db";
import { toAppError } from "../server/db-errors";
import { openToAuthor, PARTNER_WORKFLOW, type PartnerTransition } from "../workflow/states";
import { assertYearWritable } from "../years/service";
import { ZPartnerInvite, ZPartnerReport, ZPhotoCaption, PARTNER_REPORT_FIELDS, type TPartnerReport } from "./schema";

/**
 * Partner enterprises (企业) and their annual reports (企业参与职业教育年度报告). An admin invites
 * an enterprise and its one sign-in; the enterprise fills its own report per year; reviewers
 * approve or return it; approved reports are public. docs/decisions/009-partner-reports.md.
 */
type Ctx = { actor: MaybeActor; prisma?: PrismaClient; ip?: string | null };

/** The records' workflow without the department step (lib/workflow/states.ts); re-exported for its callers. */
export { PARTNER_WORKFLOW, type PartnerTransition };
const AUDIT_ACTION = { submit: "SUBMIT", withdraw: "WITHDRAW", approve: "APPROVE", return: "RETURN" } as const;

const ZReason = z
  .string({ error: bi("请填写退回原因", "a reason is required") })
  .trim()
  .min(1, bi("请填写退回原因", "a reason is required"))
  .max(1000, bi("退回原因不能超过1000字", "the reason must be at most 1000 characters"));

const notFound = () => new AppError("NOT_FOUND", bi("企业年度报告不存在", "no such enterprise report"));
const conflict = () =>
  new AppError("CONFLICT", bi("该报告已被他人修改，请刷新后重试", "someone else changed this report: reload and try again"));

/** Editable by its enterprise while a draft or returned; under review or approved it is fixed. */
export const partnerEditable = openToAuthor;

// ---- Enterprises (admins) ----

// The one-time password of an invitation (lib/auth/password.ts).
export { oneTimePassword };

/**
 * Invites an enterprise: the enterprise and its sign-in (role PARTNER) in one transaction. A
 * blank password means a generated one, returned here once and never stored in clear.
 */
export async function invitePartner(ctx: Ctx & { input: unknown }) {
  authorize(ctx.actor, "partners.manage");
  const parsed = ZPartnerInvite.safeParse(ctx.input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const input = parsed.data;
  const generated = input.password === "";
  const password = generated ? oneTimePassword() : input.password;
  const problem = passwordProblem(password, input.username);
  if (problem) throw new AppError("INVALID", problem, { password: [problem] });
  const passwordHash = await hashPassword(password);
  const prisma = ctx.prisma ?? db();
  try {
    const enterprise = await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        // A generated password is one-time, as for imported staff: the enterprise must replace it at first sign-in.
        data: {
          username: input.username,
          displayName: input.name.slice(0, 50),
          role: "PARTNER",
          passwordHash,
          mustChangePassword: generated,
        },
      });
      const e = await tx.partnerEnterprise.create({
        data: { name: input.name, slug: input.slug, contact: input.contact, phone: input.phone || null, userId: user.id },
      });
      await audit(tx, {
        actor: ctx.actor,
        action: "USER_CREATE",
        entityType: "PartnerEnterprise",
        entityId: e.id,
        ip: ctx.ip,
        changes: {
          name: { before: null, after: e.name },
          slug: { before: null, after: e.slug },
          username: { before: null, after: user.username },
          role: { before: null, after: "PARTNER" },
        },
      });
      return e;
    });
    return { enterprise, username: input.username, oneTimePassword: generated ? password : null };
  } catch (err) {
    const mapped = toAppError(err);
    if (mapped?.code === "CONFLICT")
      throw new AppError("CONFLICT", bi("企业名称、网址标识或用户名已被使用", "that name, slug or username is taken"));
    throw mapped ?? err;
  }
}

/** Every enterprise with its sign-in and its reports' states (admins and reviewers). */
export async function listPartners(ctx: Ctx) {
  authorize(ctx.actor, "partners.review");
  return (ctx.prisma ?? db()).partnerEnterprise.findMany({
    orderBy: { name: "asc" },
    include: {
      user: { select: { username: true, active: true } },
      reports: { select: { id: true, year: true, status: true, updatedAt: true, version: true }, orderBy: { year: "desc" } },
    },
  });
}

/** Reports awaiting review, oldest first (the review queue's partner part). */
export async function partnerReviewQueue(ctx: Ctx & { year?: number }) {
  authorize(ctx.actor, "partners.review");
  return (ctx.prisma ?? db()).partnerReport.findMany({
    where: { status: "SUBMITTED", ...(ctx.year ? { year: ctx.year } : {}) },
    include: { enterprise: { select: { name: true, slug: true } } },
    orderBy: { updatedAt: "asc" },
  });
}

// ---- The enterprise's own report ----

/** The signed-in partner's enterprise (a partner without one — e.g. unlinked — sees nothing). */
export async function ownEnterprise(ctx: Ctx) {
  if (ctx.actor?.role !== "PARTNER") deny(ctx.actor);
  const e = await (ctx.prisma ?? db()).partnerEnterprise.findUnique({ where: { userId: ctx.actor.id } });
  if (!e) throw new AppError("NOT_FOUND", bi("此账号未关联合作企业", "this sign-in is not linked to an enterprise"));
  return e;
}

const reportInclude = {
  enterprise: { select: { id: true, name: true, slug: true, contact: true, phone: true, userId: true } },
  photos: { orderBy: { createdAt: "asc" as const }, select: { id: true, fileId: true, caption: true } },
} satisfies Prisma.PartnerReportInclude;

export type PartnerReportView = Prisma.PartnerReportGetPayload<{ include: typeof reportInclude }>;

const scopeOf = (r: PartnerReportView) => ({ enterpriseUserId: r.enterprise.userId, status: r.status });

/** The partner's report for a year, or null when it has not started one. */
export async function ownReport(ctx: Ctx & { year: number }) {
  const e = await ownEnterprise(ctx);
  return (ctx.prisma ?? db()).partnerReport.findUnique({
    where: { enterpriseId_year: { enterpriseId: e.id, year: ctx.year } },
    include: reportInclude,
  });
}

/** A report by id for one who may `action` it; anyone else gets "not found" (never "it exists"). */
export async function findPartnerReport(ctx: Ctx & { id: string; action?: PartnerReportAction }) {
  const r = await (ctx.prisma ?? db()).partnerReport.findUnique({ where: { id: ctx.id }, include: reportInclude });
  if (!r || !mayOnPartnerReport(ctx.actor, "read", scopeOf(r))) {
    if (!ctx.actor) deny(ctx.actor);
    throw notFound();
  }
  if (ctx.action) authorizePartnerReport(ctx.actor, ctx.action, scopeOf(r));
  return r;
}

function dbValues(v: TPartnerReport) {
  return { ...v };
}

/** Creates or updates the partner's own report for a year (a draft or a returned one). */
export async function saveOwnReport(ctx: Ctx & { year: number; version?: number; input: unknown }) {
  const prisma = ctx.prisma ?? db();
  const e = await ownEnterprise(ctx);
  await assertYearWritable(ctx.year, prisma);
  const parsed = ZPartnerReport.safeParse(ctx.input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const values = dbValues(parsed.data);
  const existing = await prisma.partnerReport.findUnique({ where: { enterpriseId_year: { enterpriseId: e.id, year: ctx.year } } });
  return prisma.$transaction(async (tx) => {
    if (!existing) {
      const created = await tx.partnerReport.create({ data: { ...values, enterpriseId: e.id, year: ctx.year } });
      await audit(tx, {
        actor: ctx.actor,
        action: "CREATE",
        entityType: "PartnerReport",
        entityId: created.id,
        ip: ctx.ip,
        changes: changedFields(null, values),
      });
      return created;
    }
    authorizePartnerReport(ctx.actor, "update", { enterpriseUserId: e.userId, status: existing.status });
    if (!partnerEditable(existing.status))
      throw new AppError("CONFLICT", bi("报告正在审核或已通过，不能修改", "the report is under review or approved and cannot be changed"));
    if (ctx.version !== undefined && ctx.version !== existing.version) throw conflict();
    const { count } = await tx.partnerReport.updateMany({
      where: { id: existing.id, version: existing.version },
      data: { ...values, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict();
    const before = Object.fromEntries(PARTNER_REPORT_FIELDS.map((f) => [f, existing[f]]));
    await audit(tx, {
      actor: ctx.actor,
      action: "UPDATE",
      entityType: "PartnerReport",
      entityId: existing.id,
      ip: ctx.ip,
      changes: changedFields(before, values),
    });
    return tx.partnerReport.findUniqueOrThrow({ where: { id: existing.id } });
  });
}

/** submit / withdraw (its enterprise), approve / return (reviewers, a reason to return). */
export async function transitionPartnerReport(
  ctx: Ctx & { id: string; transition: PartnerTransition; version?: number; reason?: unknown },
) {
  const name = ctx.transition;
  if (!(name in PARTNER_WORKFLOW)) throw new AppError("NOT_FOUND", bi("操作不存在", "no such action"));
  const prisma = ctx.prisma ?? db();
  const r = await findPartnerReport({ ...ctx, action: name });
  if (ctx.version !== undefined && ctx.version !== r.version) throw conflict();
  await assertYearWritable(r.year, prisma);
  let reason: string | null = null;
  if (name === "return") {
    const parsed = ZReason.safeParse(ctx.reason);
    if (!parsed.success) throw invalidInput(parsed.error);
    reason = parsed.data;
  }
  const step = PARTNER_WORKFLOW[name];
  if (!step.from.includes(r.status))
    throw new AppError("CONFLICT", bi("当前状态下不能执行此操作", `cannot ${name} a report in this state`));
  const now = new Date();
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.partnerReport.updateMany({
      where: { id: r.id, version: r.version },
      data: {
        status: step.to,
        returnReason: reason,
        version: { increment: 1 },
        ...(name === "submit" ? { submittedAt: now } : {}),
        ...(name === "approve" ? { approvedAt: now } : {}),
      },
    });
    if (count !== 1) throw conflict();
    await audit(tx, {
      actor: ctx.actor,
      action: AUDIT_ACTION[name],
      entityType: "PartnerReport",
      entityId: r.id,
      ip: ctx.ip,
      reason,
      changes: { status: { before: r.status, after: step.to } },
    });
    return tx.partnerReport.findUniqueOrThrow({ where: { id: r.id } });
  });
}

/** A photo for the case of the partner's own report (stored like evidence, listed with the report). */
export async function addOwnPhoto(ctx: Ctx & { year: number; bytes: Uint8Array; name: string; caption: unknown }) {
  const prisma = ctx.prisma ?? db();
  const r = await ownReport(ctx);
  if (!r) throw new AppError("INVALID", bi("请先保存报告，再上传照片", "save the report first, then add photos"));
  authorizePartnerReport(ctx.actor, "update", scopeOf(r));
  if (!partnerEditable(r.status))
    throw new AppError("CONFLICT", bi("报告正在审核或已通过，不能修改", "the report is under review or approved and cannot be changed"));
  const caption = ZPhotoCaption.safeParse(ctx.caption);
  if (!caption.success) throw invalidInput(caption.error);
  return prisma.$transaction(async (tx) => {
    // Printed in the partner's report as a picture: a PDF would print as an empty frame.
    const file = await storeUpload({
      bytes: ctx.bytes,
      originalName: ctx.name,
      uploadedById: ctx.actor!.id,
      tx,
      imagesOnly: notAPhoto("照片", "a photo"),
    });
    const photo = await tx.partnerReportPhoto.create({ data: { reportId: r.id, fileId: file.id, caption: caption.data } });
    await audit(tx, {
      actor: ctx.actor,
      action: "ATTACH",
      entityType: "PartnerReport",
      entityId: r.id,
      ip: ctx.ip,
      changes: { file: { before: null, after: file.originalName }, caption: { before: null, after: caption.data } },
    });
    return photo;
  });
}

// ---- Published (anyone) ----

/** The approved reports of a year, in name order, as the public and the college report see them. */
export function publishedPartnerReports(options: { year: number; prisma?: PrismaClient }) {
  return (options.prisma ?? db()).partnerReport.findMany({
    where: { year: options.year, status: "APPROVED" },
    include: reportInclude,
    orderBy: { enterprise: { name: "asc" } },
  });
}

export async function publishedPartnerReport(options: { year: number; slug: string; prisma?: PrismaClient }) {
  const r = await (options.prisma ?? db()).partnerReport.findFirst({
    where: { year: options.year, status: "APPROVED", enterprise: { slug: options.slug } },
    include: reportInclude,
  });
  if (!r) throw notFound();
  return r;
}

/** Whether a stored file is a photo of a partner report this actor may read (lib/evidence/service.ts asks). */
export async function partnerPhotoReadable(options: { actor: MaybeActor; fileId: string; prisma?: PrismaClient }): Promise<boolean> {
  const photos = await (options.prisma ?? db()).partnerReportPhoto.findMany({
    where: { fileId: options.fileId },
    select: { report: { select: { status: true, enterprise: { select: { userId: true } } } } },
  });
  return photos.some((p) =>
    mayOnPartnerReport(options.actor, "read", { enterpriseUserId: p.report.enterprise.userId, status: p.report.status }),
  );
}

/** The partner's report state per year (its home page). */
export async function ownReportStates(ctx: Ctx) {
  const e = await ownEnterprise(ctx);
  const rows = await (ctx.prisma ?? db()).partnerReport.findMany({ where: { enterpriseId: e.id }, select: { year: true, status: true } });
  return { enterprise: e, states: new Map(rows.map((r) => [r.year, r.status])) };
}
