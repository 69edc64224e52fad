"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "../actions/wrap";
import type { ActionResult } from "../actions/result";
import { publishWithChecks } from "./editions/publish";
import { decideSignoff, requestSignoff } from "./editions/signoff";
import { updateNarrative } from "./outline/narratives";
import { decideSectionDraft, saveSectionDraft, submitSectionDraft } from "./outline/drafts";
import { addSection, configureSection, createOutlineFromTemplate, deleteSection, editSection } from "./outline/outline";
import { formText } from "../text";
import { openedMessage, openYear } from "./outline/open-year";

const str = (form: FormData, name: string) => formText(form, name);

/** Publishes the year's approved data as a new edition (reviewers and admins, via the policy). */
export async function publishAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = Number(str(form, "year"));
  const acknowledged = form.getAll("acknowledge").filter((v): v is string => typeof v === "string");
  const result = await runAction(form, ({ actor }) =>
    publishWithChecks({ actor, year, note: form.get("note"), acknowledged, requireNote: true }),
  );
  if (!result.ok) return result;
  revalidatePath(`/reports/${year}/editions`);
  revalidatePath(`/admin/report/${year}/preview`);
  return { ok: true, message: `已发布第${result.data?.version}版（published edition ${result.data?.version}）` };
}

/** The quality office marks the report as it stands 待审定 for a leader. */
export async function requestSignoffAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = Number(str(form, "year"));
  const result = await runAction(form, ({ actor }) => requestSignoff({ actor, year }));
  if (!result.ok) return result;
  revalidatePath(`/admin/report/${year}/preview`);
  return { ok: true, message: "已提交校领导审定（marked for sign-off）" };
}

/** A leader signs the report off or sends it back with a comment. */
export async function decideSignoffAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = Number(str(form, "year"));
  const decision = str(form, "_decision");
  const result = await runAction(form, ({ actor }) => decideSignoff({ actor, year, input: { decision, comment: str(form, "comment") } }));
  if (!result.ok) return result;
  revalidatePath(`/admin/report/${year}/preview`);
  return { ok: true, message: decision === "sign" ? "已审定（signed off）" : "已退回质量办（sent back）" };
}

export async function updateNarrativeAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = str(form, "year");
  const result = await runAction(form, ({ actor }) =>
    updateNarrative({
      actor,
      year,
      sectionKey: str(form, "sectionKey"),
      narrative: str(form, "narrative").replace(/\r\n/g, "\n"),
      version: str(form, "version"),
    }),
  );
  if (!result.ok) return result;
  revalidatePath(`/admin/report/${year}/sections`);
  return { ok: true, message: "已保存（saved）" };
}

/**
 * The narrative editor's autosave (quality office): plain values in, the new version out, so the
 * editor keeps saving on top of its own last save. The domain function parses them with zod.
 */
export async function saveNarrativeAction(input: {
  year: unknown;
  sectionKey: unknown;
  narrative: unknown;
  version: unknown;
}): Promise<ActionResult<{ version: number }>> {
  const narrative = typeof input.narrative === "string" ? input.narrative.replace(/\r\n/g, "\n") : input.narrative;
  const result = await runAction(null, async ({ actor }) => {
    const saved = await updateNarrative({ actor, year: input.year, sectionKey: input.sectionKey, narrative, version: input.version });
    return { version: saved.version };
  });
  return result;
}

/** The writer's autosave of a section's draft. */
export async function saveDraftAction(input: {
  year: unknown;
  sectionKey: unknown;
  draft: unknown;
}): Promise<ActionResult<{ status: string }>> {
  const draft = typeof input.draft === "string" ? input.draft.replace(/\r\n/g, "\n") : input.draft;
  return runAction(null, async ({ actor }) => {
    const saved = await saveSectionDraft({ actor, input: { ...input, draft } });
    return { status: saved.status };
  });
}

/** The writer submits the draft to the quality office. */
export async function submitDraftAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = str(form, "year");
  const result = await runAction(form, ({ actor }) => submitSectionDraft({ actor, input: { year, sectionKey: str(form, "sectionKey") } }));
  if (!result.ok) return result;
  revalidatePath(`/admin/report/${year}/sections`);
  return { ok: true, message: "已提交质量办（submitted）" };
}

/** The quality office accepts a submitted draft or returns it with a comment. */
export async function decideDraftAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = str(form, "year");
  const decision = str(form, "_decision");
  const result = await runAction(form, ({ actor }) =>
    decideSectionDraft({ actor, input: { year, sectionKey: str(form, "sectionKey"), decision, comment: str(form, "comment") } }),
  );
  if (!result.ok) return result;
  revalidatePath(`/admin/report/${year}/sections`);
  return { ok: true, message: decision === "accept" ? "已采用，草稿成为本节叙述（accepted）" : "已退回撰写人（returned）" };
}

export async function createOutlineAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = Number(str(form, "year"));
  const result = await runAction(form, ({ actor }) => createOutlineFromTemplate({ actor, year, templateKey: str(form, "templateKey") }));
  if (!result.ok) return result;
  revalidatePath(`/admin/report/${year}/sections`);
  return { ok: true, message: `已按模板重建大纲，共${result.data}个章节（outline rebuilt）` };
}

/** Renames a chapter or section, or moves a section up or down (admins, via the policy). */
export async function editSectionAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = str(form, "year");
  const result = await runAction(form, ({ actor }) =>
    editSection({
      actor,
      year,
      sectionKey: str(form, "sectionKey"),
      title: str(form, "title"),
      move: str(form, "_move") || null,
    }),
  );
  if (!result.ok) return result;
  revalidatePath(`/admin/report/${year}/sections`);
  return { ok: true, message: "已保存（saved）" };
}

/** Adds a chapter, or a section at the end of the chosen chapter (admins, via the policy). */
export async function addSectionAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = str(form, "year");
  const result = await runAction(form, ({ actor }) =>
    addSection({ actor, year, title: str(form, "title"), parentKey: str(form, "parentKey") }),
  );
  if (!result.ok) return result;
  revalidatePath(`/admin/report/${year}/sections`);
  return { ok: true, message: `已添加「${result.data?.number}${result.data?.title}」（added）` };
}

/** Deletes an empty chapter or section; a non-empty one is refused with the reasons. */
export async function deleteSectionAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = str(form, "year");
  const result = await runAction(form, ({ actor }) => deleteSection({ actor, year, sectionKey: str(form, "sectionKey") }));
  if (!result.ok) return result;
  revalidatePath(`/admin/report/${year}/sections`);
  return { ok: true, message: "已删除（deleted）" };
}

/** Topics, tables (each with its row order and placement) and the responsible department of a section. */
export async function configureSectionAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = str(form, "year");
  const blocks = form.getAll("blocks").map(String);
  const blockOptions = Object.fromEntries(
    blocks.map((b) => [b, { order: str(form, `order:${b}`) || undefined, appendix: form.get(`appendix:${b}`) === "on" }]),
  );
  const result = await runAction(form, ({ actor }) =>
    configureSection({
      actor,
      year,
      sectionKey: str(form, "sectionKey"),
      topics: form.getAll("topics").map(String),
      blocks,
      blockOptions,
      departmentId: str(form, "departmentId"),
    }),
  );
  if (!result.ok) return result;
  revalidatePath(`/admin/report/${year}/sections`);
  return { ok: true, message: "已保存（saved）" };
}

/** 开启年度 (the years page): opening a year builds its outline from a rule pack (lib/report/outline/open-year.ts). */
export async function openYearAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(form, ({ actor, ip }) => openYear({ actor, ip, input: Object.fromEntries(form) }));
  if (!result.ok || !result.data) return result;
  revalidatePath("/admin/years");
  return { ok: true, message: openedMessage(result.data) };
}
