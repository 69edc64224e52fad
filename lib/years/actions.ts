"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/wrap";
import { changeYear, openYear } from "./service";
import { formText } from "../text";

export async function openYearAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(form, ({ actor, ip }) => openYear({ actor, ip, input: Object.fromEntries(form) }));
  if (!result.ok) return result;
  revalidatePath("/admin/years");
  const carried = (result.data as { carried?: number } | undefined)?.carried ?? 0;
  return {
    ok: true,
    message: `已开启${formText(form, "year")}年度（opened）${carried ? `，沿用上年记录 ${carried} 条，待各部门确认` : ""}`,
  };
}

/** A year row: save the deadline, archive, reopen. */
export async function changeYearAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = Number(form.get("year"));
  const op = formText(form, "_op", "deadline");
  const input = op === "archive" ? { state: "ARCHIVED" } : op === "reopen" ? { state: "OPEN" } : { deadline: form.get("deadline") ?? "" };
  const result = await runAction(form, ({ actor, ip }) => changeYear({ actor, ip, year, input }));
  if (!result.ok) return result;
  revalidatePath("/admin/years");
  return { ok: true, message: op === "archive" ? "已归档（archived）" : op === "reopen" ? "已重新开放（reopened）" : "已保存（saved）" };
}
