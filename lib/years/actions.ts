"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/wrap";
import { changeYear } from "./service";
import { formText } from "../text";

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
