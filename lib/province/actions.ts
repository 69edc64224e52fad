"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/wrap";
import { AppError } from "../errors";
import { formText } from "../text";
import { bi } from "../i18n/bilingual";
import { remindMissing, setHandInDue } from "./board";
import { createCollege, createCollegeAccount, importColleges, updateCollege } from "./colleges";
import { handInPackages, type HandInOutcome } from "./import";
import { db } from "../server/db";
import { pickCase } from "./cases";

/** Province mode's server actions: the colleges register, hand-in, the board's due date and reminders. */
const collegeInput = (form: FormData) => ({
  code: formText(form, "code"),
  name: formText(form, "name"),
  type: formText(form, "type"),
  city: formText(form, "city"),
});

export async function createCollegeAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(form, ({ actor, ip }) => createCollege({ actor, ip, input: collegeInput(form) }));
  if (result.ok) revalidatePath("/admin/colleges");
  return result;
}

export async function updateCollegeAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(form, ({ actor, ip }) =>
    updateCollege({ actor, ip, id: formText(form, "id"), input: collegeInput(form) }),
  );
  if (result.ok) revalidatePath("/admin/colleges");
  return result;
}

export async function createCollegeAccountAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(form, ({ actor, ip }) =>
    createCollegeAccount({
      actor,
      ip,
      collegeId: formText(form, "collegeId"),
      input: { username: formText(form, "username"), displayName: formText(form, "displayName"), password: formText(form, "password") },
    }),
  );
  if (result.ok) revalidatePath("/admin/colleges");
  return result;
}

const fileOf = async (form: FormData, name: string) => {
  const file = form.get(name);
  if (!(file instanceof File) || file.size === 0)
    throw new AppError("INVALID", bi("请选择文件", "choose a file"), { [name]: [bi("请选择文件", "choose a file")] });
  return new Uint8Array(await file.arrayBuffer());
};

export async function importCollegesAction(
  _prev: ActionResult,
  form: FormData,
): Promise<ActionResult<{ created: number; updated: number }>> {
  const result = await runAction(form, async ({ actor, ip }) => importColleges({ actor, ip, bytes: await fileOf(form, "file") }));
  if (result.ok) revalidatePath("/admin/colleges");
  return result;
}

export type { HandInOutcome };

/**
 * One package (a college's account) or several (an admin importing a folder, a few at a time): each
 * is verified and kept or refused on its own; the answer lists every file's outcome with every problem.
 */
export async function handInAction(_prev: ActionResult, form: FormData): Promise<ActionResult<HandInOutcome[]>> {
  const result = await runAction(form, async ({ actor, ip }) => {
    const files = form.getAll("package").filter((f): f is File => f instanceof File && f.size > 0);
    if (files.length === 0)
      throw new AppError("INVALID", bi("请选择报送包（.zip）", "choose a package (.zip)"), {
        package: [bi("请选择报送包（.zip）", "choose a package (.zip)")],
      });
    const packages = files.map((f) => ({ fileName: f.name, bytes: async () => new Uint8Array(await f.arrayBuffer()) }));
    return handInPackages({ actor, ip, packages });
  });
  if (result.ok) {
    revalidatePath("/admin/hand-in");
    revalidatePath("/admin/province/board");
  }
  return result;
}

export async function setHandInDueAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(form, ({ actor, ip }) =>
    setHandInDue({ actor, ip, input: { year: formText(form, "year"), dueOn: formText(form, "dueOn") } }),
  );
  if (result.ok) revalidatePath("/admin/province/board");
  return result;
}

export async function remindMissingAction(
  _prev: ActionResult,
  form: FormData,
): Promise<ActionResult<{ colleges: number; accounts: number }>> {
  return runAction(form, ({ actor, ip }) => remindMissing({ actor, ip, year: formText(form, "year") }));
}

/** 选为典型案例 / 取消选用 on the case pool. */
export async function pickCaseAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const picked = formText(form, "picked");
  const result = await runAction(form, ({ actor, ip }) => pickCase(db(), { ...actor, ip }, { caseId: formText(form, "caseId"), picked }));
  if (!result.ok) return result;
  revalidatePath("/admin/province/cases");
  return { ok: true, message: picked === "1" ? bi("已选为典型案例", "picked as a typical case") : bi("已取消选用", "dropped") };
}
