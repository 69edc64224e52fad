import { apiRoute } from "@/lib/api/handler";
import { resetPassword } from "@/lib/users/service";

/** POST (admins): 重置密码 — a one-time password, in this response only; the user must change it at the next sign-in. */
export const POST = apiRoute<{ id: string }>(async ({ params, actor, ip }) => {
  const { id, username, password } = await resetPassword({ actor, userId: params.id, ip });
  return { id, username, oneTimePassword: password };
});
