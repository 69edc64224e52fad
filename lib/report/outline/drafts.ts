import { z } from "zod";
import { audit } from "../../audit/log";
import type { Actor, MaybeActor } from "../../auth/actor";
import { authorizeSectionDraft, deny, mayOnSectionDraft } from "../../auth/policy";
import { AppError } from "../../errors";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { bi } from "../../i18n/bilingual";
import { fill } from "../../i18n/define";
import { report as reportMessages } from "../../i18n/messages/report";
import { handOff, settleGroup, taskGroup } from "../../notifications/handoff";
import { db } from "../../server/db";
import { parseWith } from "../../validation";
import { assertYearWritable } from "../../years/service";
import { anchorOf } from "../model/document";
import { assertKnownTokens, ZNarrativeText, ZSectionRef } from "./narratives";

/**
 * A section's draft by its writer (撰写人, assigned on the task board): the writer saves it as often
 * as they like and submits it; the quality office accepts it (it becomes the section's narrative)
 * or returns it with a comment. The draft lives beside the narrative on the section row, so the
 * report never prints a text nobody in the quality office has accepted. Each step is audited in its
 * transaction and hands off through a notice: submitted → the quality office, accepted or
 * returned → the writer. Accepting a draft also completes the writer's task for the section.
 */
export type DraftStatus = "WRITING" | "SUBMITTED" | "RETURNED" | "ACCEPTED";
export const DRAFT_STATUS_LABELS: Record<DraftStatus, { zh: string; en: string }> = {
  WRITING: { zh: "撰写中", en: "Being written" },
  SUBMITTED: { zh: "已提交，待质量办采用", en: "Submitted, awaiting the quality office" },
  RETURNED: { zh: "被退回，请修改后重新提交", en: "Returned: revise and submit again" },
  ACCEPTED: { zh: "已采用", en: "Accepted" },
};

export const ZDraftSave = ZSectionRef.extend({ draft: ZNarrativeText });
export const ZDraftDecision = ZSectionRef.extend({
  decision: z.enum(["accept", "return"], { error: bi("请选择采用或退回", "choose accept or return") }),
  comment: z.string().trim().max(500, bi("意见不能超过500字", "the comment must be at most 500 characters")).default(""),
}).refine((d) => d.decision === "accept" || d.comment !== "", {
  path: ["comment"],
  error: bi("退回时请写明修改意见", "a return needs a comment"),
});

type Ctx = { actor: MaybeActor; prisma?: PrismaClient; now?: Date };
type Tx = Prisma.TransactionClient;

/** Where the writer writes and the quality office decides: the section in the sections page. */
export const draftHref = (year: number, key: string) => `/admin/report/${year}/sections#${anchorOf("sec", key)}`;
const officeGroup = (year: number, key: string) => `draft:${year}:${key}`;
const writerGroup = (year: number, key: string) => `draft-decided:${year}:${key}`;

async function sectionOf(tx: Tx | PrismaClient, year: number, sectionKey: string) {
  const section = await tx.outlineSection.findUnique({
    where: { year_key: { year, key: sectionKey } },
    include: { writingTask: { select: { id: true, writerId: true, completedAt: true } } },
  });
  if (!section) throw new AppError("NOT_FOUND", bi("没有该章节", "no such section"));
  return { ...section, writerId: section.writingTask?.writerId ?? null };
}

/** The sections a staff member is the writer of in a year (none: not found, as for anyone else). */
export async function writerSections(options: Ctx & { year: number }) {
  const { actor } = options;
  if (actor?.role !== "STAFF") deny(actor);
  const prisma = options.prisma ?? db();
  return prisma.outlineSection.findMany({
    where: { year: options.year, writingTask: { is: { writerId: actor.id } } },
    orderBy: { sortOrder: "asc" },
    include: { reportYear: { select: { state: true } } },
  });
}

/** Saves the writer's draft (autosave); a submitted draft waits for the quality office and is not changed meanwhile. */
export async function saveSectionDraft(options: Ctx & { input: unknown }) {
  const { year, sectionKey, draft } = parseWith(ZDraftSave, options.input);
  const prisma = options.prisma ?? db();
  const section = await sectionOf(prisma, year, sectionKey);
  authorizeSectionDraft(options.actor, "write", section);
  await assertYearWritable(year, prisma);
  await assertKnownTokens(draft, prisma, "draft");
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    // The status in the where: a submit that lands between the read above and this write wins.
    const status: DraftStatus = section.draftStatus === "RETURNED" ? "RETURNED" : "WRITING";
    const { count } = await tx.outlineSection.updateMany({
      where: { id: section.id, OR: [{ draftStatus: null }, { draftStatus: { not: "SUBMITTED" } }] },
      data: { draft, draftStatus: status, draftSavedAt: now },
    });
    if (count === 0)
      throw new AppError(
        "CONFLICT",
        bi("草稿已提交，等待质量办处理，暂不能修改", "the draft is submitted and waits for the quality office"),
      );
    await audit(tx, {
      actor: options.actor,
      action: "DRAFT_SAVE",
      entityType: "OutlineSection",
      entityId: section.id,
      changes: { year, key: sectionKey, draft: { before: section.draft, after: draft } },
    });
    return { savedAt: now, status };
  });
}

async function qualityOffice(tx: Tx, except: string): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { active: true, id: { not: except }, role: { in: ["REVIEWER", "ADMIN"] } },
    select: { id: true, username: true, displayName: true, role: true, departmentId: true },
  });
  return users.filter((u) => mayOnSectionDraft(u, "decide", { writerId: null })).map((u) => u.id);
}

/** The writer hands the draft to the quality office. */
export async function submitSectionDraft(options: Ctx & { input: unknown }) {
  const { year, sectionKey } = parseWith(ZSectionRef, options.input);
  const prisma = options.prisma ?? db();
  const section = await sectionOf(prisma, year, sectionKey);
  authorizeSectionDraft(options.actor, "submit", section);
  const actor = options.actor as Actor; // authorized above: a signed-in writer
  await assertYearWritable(year, prisma);
  if (section.draft.trim() === "")
    throw new AppError("INVALID", bi("草稿是空的，请先撰写", "the draft is empty"), {
      draft: [bi("草稿是空的，请先撰写", "the draft is empty")],
    });
  if (section.draftStatus === "SUBMITTED") throw new AppError("CONFLICT", bi("草稿已提交", "the draft is already submitted"));
  return prisma.$transaction(async (tx) => {
    await tx.outlineSection.update({ where: { id: section.id }, data: { draftStatus: "SUBMITTED" } });
    await audit(tx, {
      actor,
      action: "DRAFT_SUBMIT",
      entityType: "OutlineSection",
      entityId: section.id,
      changes: { year, key: sectionKey, draftStatus: { before: section.draftStatus, after: "SUBMITTED" } },
    });
    // The writer's notice of the last decision has been acted on.
    await settleGroup(tx, writerGroup(year, sectionKey));
    await handOff(tx, {
      userIds: await qualityOffice(tx, actor.id),
      type: "DRAFT_SUBMITTED",
      groupKey: officeGroup(year, sectionKey),
      title: () => `${actor.displayName}提交了「${section.number}${section.title}」的叙述草稿待您采用`,
      body: `${year}年度`,
      en: {
        title: () =>
          fill(reportMessages.en.noticeDraftSubmitted, { actor: actor.displayName, section: `${section.number}${section.title}` }),
        body: fill(reportMessages.en.noticeDraftYear, { year }),
      },
      href: () => draftHref(year, sectionKey),
    });
    return { status: "SUBMITTED" as DraftStatus };
  });
}

/** The quality office accepts a submitted draft (it becomes the narrative) or returns it with a comment. */
export async function decideSectionDraft(options: Ctx & { input: unknown }) {
  const { year, sectionKey, decision, comment } = parseWith(ZDraftDecision, options.input);
  const prisma = options.prisma ?? db();
  const section = await sectionOf(prisma, year, sectionKey);
  authorizeSectionDraft(options.actor, "decide", section);
  const actor = options.actor as Actor; // authorized above
  await assertYearWritable(year, prisma);
  if (section.draftStatus !== "SUBMITTED")
    throw new AppError("CONFLICT", bi("该章节没有待采用的草稿", "this section has no submitted draft"));
  const accept = decision === "accept";
  if (accept) await assertKnownTokens(section.draft, prisma, "draft");
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.outlineSection.updateMany({
      where: { id: section.id, draftStatus: "SUBMITTED" },
      data: accept
        ? { narrative: section.draft, version: { increment: 1 }, draftStatus: "ACCEPTED", draftComment: null }
        : { draftStatus: "RETURNED", draftComment: comment },
    });
    if (count === 0) throw new AppError("CONFLICT", bi("该草稿已被他人处理，请刷新", "the draft was handled by someone else; reload"));
    await audit(tx, {
      actor,
      action: accept ? "DRAFT_ACCEPT" : "DRAFT_RETURN",
      entityType: "OutlineSection",
      entityId: section.id,
      changes: accept
        ? { year, key: sectionKey, narrative: { before: section.narrative, after: section.draft } }
        : { year, key: sectionKey, draftComment: { before: section.draftComment, after: comment } },
    });
    await settleGroup(tx, officeGroup(year, sectionKey));
    // The writer's task was this text: accepted, it is done (board 已完成, gone from the writer's 待办, its notices cleared).
    const task = section.writingTask;
    if (accept && task && !task.completedAt) {
      const done = await tx.writingTask.updateMany({
        where: { id: task.id, completedAt: null },
        data: { completedAt: options.now ?? new Date(), completedById: actor.id, version: { increment: 1 } },
      });
      if (done.count > 0)
        await audit(tx, {
          actor,
          action: "TASK_DONE",
          entityType: "WritingTask",
          entityId: task.id,
          changes: { target: `section:${sectionKey}`, by: "DRAFT_ACCEPT" },
        });
      await settleGroup(tx, taskGroup(year, `section:${sectionKey}`));
    }
    if (section.writerId)
      await handOff(tx, {
        userIds: [section.writerId],
        type: accept ? "DRAFT_ACCEPTED" : "DRAFT_RETURNED",
        groupKey: writerGroup(year, sectionKey),
        title: () =>
          accept
            ? `「${section.number}${section.title}」的叙述草稿已被采用`
            : `「${section.number}${section.title}」的叙述草稿被退回，请修改后重新提交`,
        body: accept ? `采用人：${actor.displayName}` : `${actor.displayName}的意见：${comment}`,
        en: {
          title: () =>
            fill(accept ? reportMessages.en.noticeDraftAccepted : reportMessages.en.noticeDraftReturned, {
              section: `${section.number}${section.title}`,
            }),
          body: accept
            ? fill(reportMessages.en.noticeDraftAcceptedBy, { actor: actor.displayName })
            : fill(reportMessages.en.noticeDraftComment, { actor: actor.displayName, comment: comment ?? "" }),
        },
        href: () => draftHref(year, sectionKey),
      });
    return { status: (accept ? "ACCEPTED" : "RETURNED") as DraftStatus };
  });
}
