import "server-only";
import { z } from "zod";
import type { MaybeActor } from "../../auth/actor";
import { authorize } from "../../auth/policy";
import { AppError, invalidInput } from "../../errors";
import type { PrismaClient } from "../../generated/prisma/client";
import { bi } from "../../i18n/bilingual";
import { db } from "../../server/db";
import { publishEdition } from "./editions";
import { queueEditionExport } from "./files";
import { checkMissingFigures } from "../checks/consistency";
import { loadReportData } from "../engine/load";
import { checkReadiness, missingFigureWarnings, summarise } from "../checks/readiness";
import { signedOff, signoffRequired } from "./signoff";
import { assertYearWritable } from "../../years/service";

/**
 * Publishing as people do it (the admin page and the API): with a short change note, and only
 * once every open warning of the readiness check (records under review, placeholders, sections
 * without text …, approved records with a figure of the year left empty) has been named back by
 * the publisher. The first PDF is queued at once, so the
 * first reader does not wait for it. Where the institution asks for a leader's sign-off, both the
 * page and the API are refused here without one (lib/report/editions/signoff.ts).
 */
export const ZPublishNote = z
  .string()
  .trim()
  .max(200, bi("更新说明不能超过200字", "the change note must be at most 200 characters"))
  .transform((v) => v || null)
  .nullish();

export async function publishWithChecks(options: {
  actor: MaybeActor;
  year: number;
  note?: unknown;
  /** The warnings' codes the publisher confirmed (from the confirmation's checkbox or the API body). */
  acknowledged: readonly string[];
  /** The UI asks for a note; the API may leave it out. */
  requireNote?: boolean;
  /** Start this process's export worker for the queued PDF (tests queue it only). */
  startPdfWorker?: boolean;
  prisma?: PrismaClient;
}) {
  authorize(options.actor, "report.publish");
  const prisma = options.prisma ?? db();
  await assertYearWritable(options.year, prisma);
  // Where a leader must sign off (学校设置 → 校领导审定), that comes first: no note or confirmed
  // warning helps without it. publishEdition checks the signed content itself.
  if (await signoffRequired(prisma)) await signedOff(prisma, options.year);
  const parsed = ZPublishNote.safeParse(options.note);
  if (!parsed.success) throw invalidInput(parsed.error);
  const note = parsed.data ?? null;
  if (options.requireNote && !note) {
    const message = bi("请填写更新说明（本版改了什么）", "a short change note is required");
    throw new AppError("INVALID", message, { note: [message] });
  }
  // What will be published is the approved data: its figures nobody entered are named too.
  const approved = await loadReportData({ prisma, year: options.year, mode: "approved" });
  const warnings = summarise([
    ...(await checkReadiness({ year: options.year, prisma })),
    ...missingFigureWarnings(approved ? checkMissingFigures(approved) : []),
  ]);
  const unconfirmed = warnings.filter((w) => !options.acknowledged.includes(w.code));
  if (unconfirmed.length) {
    const named = unconfirmed.map((w) => `${w.label}（${w.count}）`).join("；");
    const message = bi(
      `发布前请确认以下提示：${named}`,
      `confirm these warnings before publishing: ${unconfirmed.map((w) => w.code).join(", ")}`,
    );
    throw new AppError("CONFLICT", message, { acknowledge: unconfirmed.map((w) => `${w.code}: ${w.label}（${w.count}）`) });
  }
  const edition = await publishEdition({ actor: options.actor, year: options.year, prisma });
  if (note) await prisma.reportEdition.update({ where: { id: edition.id }, data: { note } });
  try {
    await queueEditionExport({ edition, format: "pdf", prisma, startWorker: options.startPdfWorker });
  } catch (err) {
    // The edition is out; its PDF is queued again by the first download.
    console.error("[publish] could not queue the first PDF", err);
  }
  return { ...edition, note, warnings: warnings.map((w) => w.code) };
}
