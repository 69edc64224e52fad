"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/wrap";
import { bi } from "../i18n/bilingual";
import { db } from "../server/db";
import { formText } from "../text";
import { pickCase } from "./cases";

/** 选为典型案例 / 取消选用 on the case pool. */
export async function pickCaseAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const picked = formText(form, "picked");
  const result = await runAction(form, ({ actor, ip }) => pickCase(db(), { ...actor, ip }, { caseId: formText(form, "caseId"), picked }));
  if (!result.ok) return result;
  revalidatePath("/admin/province/cases");
  return { ok: true, message: picked === "1" ? bi("已选为典型案例", "picked as a typical case") : bi("已取消选用", "dropped") };
}
