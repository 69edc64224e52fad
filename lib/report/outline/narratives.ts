import { z } from "zod";
import { audit } from "../../audit/log";
import type { MaybeActor } from "../../auth/actor";
import { authorize } from "../../auth/policy";
import { AppError } from "../../errors";
import type { PrismaClient } from "../../generated/prisma/client";
import { bi } from "../../i18n/bilingual";
import { db } from "../../server/db";
import { assertYearWritable } from "../../years/service";
import { validateTokens } from "../tokens/tokens";

/**
 * Section narratives (Markdown with {{tokens}}). Saving checks every token against the registry
 * and the indicators on record, refuses markup that has no place in a narrative, and writes the
 * change and its audit row in one transaction, guarded by the version the editor started from.
 */
export const NARRATIVE_MAX = 20_000;

/** Markup we refuse outright; anything else HTML-like is shown as text by the renderer. */
const FORBIDDEN = /<\s*\/?\s*(script|style|iframe|object|embed)\b|javascript\s*:/i;

/** A narrative's text, as the quality office saves it and as a writer drafts it. */
export const ZNarrativeText = z
  .string()
  .max(NARRATIVE_MAX, bi(`叙述不能超过${NARRATIVE_MAX}个字符`, `narrative must be at most ${NARRATIVE_MAX} characters`))
  .refine(
    (v) => !FORBIDDEN.test(v),
    bi("叙述中不能包含脚本、样式或 javascript: 链接", "narrative must not contain scripts, styles or javascript: links"),
  );

/** The section a narrative or draft belongs to. */
export const ZSectionRef = z.object({
  year: z.coerce.number().int().min(2000, bi("年度无效", "invalid year")).max(2100, bi("年度无效", "invalid year")),
  sectionKey: z.string().trim().min(1, bi("缺少栏目", "section is required")).max(100),
});

export const ZNarrativeUpdate = ZSectionRef.extend({
  narrative: ZNarrativeText,
  version: z.coerce.number().int().min(1, bi("版本无效", "invalid version")),
});
export type TNarrativeUpdate = z.infer<typeof ZNarrativeUpdate>;

function invalid(message: string, field = "narrative"): AppError {
  return new AppError("INVALID", message, { [field]: [message] });
}

/** Refuses a text quoting a token that is neither computed nor an indicator on record. */
export async function assertKnownTokens(text: string, prisma: Pick<PrismaClient, "indicator">, field = "narrative"): Promise<void> {
  const keys = await prisma.indicator.findMany({ distinct: ["key"], select: { key: true } });
  const problems = validateTokens(
    text,
    keys.map((k) => k.key),
  );
  if (problems.length) {
    const list = problems.map((p) => (p.reason === "malformed" ? `“${p.token}”` : `{{${p.token}}}`)).join("、");
    throw invalid(bi(`叙述中含有未知或格式错误的数据项：${list}`, `unknown or malformed tokens: ${list}`), field);
  }
}

export async function updateNarrative(options: { actor: MaybeActor; prisma?: PrismaClient } & Record<keyof TNarrativeUpdate, unknown>) {
  const { actor } = options;
  authorize(actor, "narrative.edit");
  const parsed = ZNarrativeUpdate.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(issue?.message ?? bi("输入有误", "invalid input"), String(issue?.path[0] ?? "narrative"));
  }
  const { year, sectionKey, narrative, version } = parsed.data;
  const prisma = options.prisma ?? db();
  await assertYearWritable(year, prisma);

  await assertKnownTokens(narrative, prisma);

  return prisma.$transaction(async (tx) => {
    const before = await tx.outlineSection.findUnique({ where: { year_key: { year, key: sectionKey } } });
    if (!before) throw new AppError("NOT_FOUND", bi("没有该栏目", "no such section"));
    const { count } = await tx.outlineSection.updateMany({
      where: { year, key: sectionKey, version },
      data: { narrative, version: { increment: 1 } },
    });
    if (count === 0)
      throw new AppError("CONFLICT", bi("该栏目已被他人修改，请刷新后重试", "the section was changed by someone else; reload and retry"));
    await audit(tx, {
      actor,
      action: "NARRATIVE_UPDATE",
      entityType: "OutlineSection",
      entityId: before.id,
      changes: { year, key: sectionKey, narrative: { before: before.narrative, after: narrative } },
    });
    return tx.outlineSection.findUniqueOrThrow({ where: { id: before.id } });
  });
}
