"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/wrap";
import { formText } from "../text";
import { redirect } from "next/navigation";
import { confirmMailAddress, EMAIL_CONFIRM_HOURS, markRead, saveMailSettings } from "./service";

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
  // The same words whether or not another account uses the address.
  return result.data?.confirmationSent
    ? {
        ok: true,
        message: `已向该地址发送确认邮件，请在${EMAIL_CONFIRM_HOURS}小时内打开邮件中的链接（a confirmation link was mailed to that address）`,
      }
    : { ok: true, message: "邮件设置已保存（saved）" };
}

/** The button on the confirmation link's page. */
export async function confirmMailAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(form, ({ actor }) => confirmMailAddress({ actor, token: formText(form, "token", "") }));
  if (!result.ok) return result;
  revalidatePath("/admin/notifications");
  redirect("/admin/notifications?mail=confirmed");
}
