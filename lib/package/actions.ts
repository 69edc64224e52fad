"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/wrap";
import { recordPackageSent } from "./log";

/** 已报送 from the admin editions page: the year and version ride in hidden fields, the note is the office's. */
export async function recordSentAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = Number(form.get("year"));
  const version = Number(form.get("version"));
  const result = await runAction(form, ({ actor }) => recordPackageSent({ actor, year, version, input: { note: form.get("note") } }));
  if (result.ok) revalidatePath(`/admin/report/${year}/editions`);
  return result.ok ? { ok: true } : result;
}
