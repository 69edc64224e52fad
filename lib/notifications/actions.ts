"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/wrap";
import { formText } from "../text";
import { markRead, saveMailSettings } from "./service";

/** Marks one notification (`id`) or all of them read. */
export async function markReadAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const id = formText(form, "id", "") || undefined;
  const result = await runAction(form, ({ actor }) => markRead({ actor, id }));
  if (!result.ok) return result;
  revalidatePath("/admin", "layout");
  return { ok: true, message: id ? "已标为已读（marked read）" : `已全部标为已读（${result.data} 条）` };
}

export async function mailSettingsAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(form, ({ actor }) =>
    saveMailSettings({ actor, input: { email: formText(form, "email", ""), digest: formText(form, "digest", "each") } }),
  );
  if (!result.ok) return result;
  revalidatePath("/admin/notifications");
  return { ok: true, message: "邮件设置已保存（saved）" };
}
