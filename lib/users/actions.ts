"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "../actions/wrap";
import { keepOwnSession } from "../auth/session";
import type { ActionResult } from "../actions/result";
import { changeOwnPassword, createUser, resetPassword, setUserActive, setUserRole } from "./service";
import { formText } from "../text";

export async function createUserAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(form, ({ actor }) => createUser({ actor, input: Object.fromEntries(form) }));
  if (result.ok) revalidatePath("/admin/users");
  return result.ok ? { ok: true, message: "已创建（created）" } : result;
}

export async function updateUserAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const userId = formText(form, "userId");
  const op = formText(form, "_op");
  const result = await runAction(form, ({ actor }) =>
    op === "role"
      ? setUserRole({ actor, userId, role: form.get("role"), departmentId: formText(form, "departmentId") || null })
      : setUserActive({ actor, userId, active: op === "activate" }),
  );
  if (result.ok) revalidatePath("/admin/users");
  return result.ok ? { ok: true, message: "已更新（updated）" } : result;
}

export async function changePasswordAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(
    form,
    ({ actor, ip }) => changeOwnPassword({ actor, ip, current: form.get("current"), next: form.get("next"), confirm: form.get("confirm") }),
    { ownPassword: true },
  );
  if (!result.ok) return result;
  // Every session of the account ended with the old password; this browser's goes on.
  await keepOwnSession({ userId: result.data!.userId, sessionVersion: result.data!.sessionVersion });
  // A one-time password changed: the rest of the portal opens.
  if (result.data?.wasOneTime) redirect("/admin");
  return { ok: true, message: "密码已修改（password changed）" };
}

/** 重置密码: the one-time password comes back in the result, shown once on the users page. */
export async function resetPasswordAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const userId = formText(form, "userId");
  const result = await runAction(form, ({ actor, ip }) => resetPassword({ actor, ip, userId }));
  if (!result.ok) return result;
  const { username, password } = result.data!;
  return {
    ok: true,
    data: { username, password },
    message: `已重置 ${username} 的密码。一次性密码 ${password}（只显示这一次，首次登录须修改；password reset, shown once）`,
  };
}
