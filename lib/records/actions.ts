"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { runAction } from "../actions/wrap";
import type { ActionResult } from "../actions/result";
import { formText } from "../text";
import { requireKind } from "./resolve";
import { changeRecordMeta, deleteRecord, restoreRecord } from "./write";

/** Deletes (softly) a draft or returned record after the form's confirm step; back to the list. */
export async function deleteRecordAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const kind = requireKind(formText(form, "_kind"));
  const id = formText(form, "_id");
  const result = await runAction(form, ({ actor, ip }) =>
    deleteRecord({ actor, ip, kind, id, version: Number(formText(form, "_version")) }),
  );
  if (!result.ok) return result;
  revalidatePath(`/admin/records/${kind.slug}`);
  redirect(`/admin/records/${kind.slug}?removed=1`);
}

/** Admins: brings a deleted record back; opens it. */
export async function restoreRecordAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const kind = requireKind(formText(form, "_kind"));
  const id = formText(form, "_id");
  const result = await runAction(form, ({ actor, ip }) => restoreRecord({ actor, ip, kind, id }));
  if (!result.ok) return result;
  revalidatePath(`/admin/records/${kind.slug}`);
  redirect(`/admin/records/${kind.slug}/${id}?restored=1`);
}

/** The record's report year and 主要成果 highlight (each field only when the form offers it). */
export async function changeRecordMetaAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const kind = requireKind(formText(form, "_kind"));
  const id = formText(form, "_id");
  const input: { year?: string; highlight?: boolean } = {};
  if (form.has("year")) input.year = formText(form, "year");
  if (form.has("_highlightShown")) input.highlight = form.get("highlight") === "on";
  const result = await runAction(form, ({ actor, ip }) =>
    changeRecordMeta({ actor, ip, kind, id, version: Number(formText(form, "_version")), input }),
  );
  if (!result.ok) return result;
  revalidatePath(`/admin/records/${kind.slug}`);
  redirect(`/admin/records/${kind.slug}/${id}?saved=1`);
}
