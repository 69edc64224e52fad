import { apiRoute, jsonBody } from "@/lib/api/handler";
import { deleteDepartment, moveDepartment, setDepartmentActive, updateDepartment } from "@/lib/departments/service";
import { AppError } from "@/lib/errors";
import { bi } from "@/lib/i18n/bilingual";

type P = { id: string };

/**
 * PATCH (admins): { name, shortName?, code? } renames; { active: false|true } deactivates or
 * reactivates; { move: "up"|"down" } reorders. One change per request.
 */
export const PATCH = apiRoute<P>(async ({ request, params, actor, ip }) => {
  const body = await jsonBody(request);
  const ctx = { actor, ip, id: params.id };
  if (typeof body.active === "boolean") await setDepartmentActive({ ...ctx, active: body.active });
  else if (body.move === "up" || body.move === "down") await moveDepartment({ ...ctx, direction: body.move });
  else if (body.move !== undefined)
    throw new AppError("INVALID", bi("move 应为 up 或 down", "move must be up or down"), { move: [bi("应为 up 或 down", "up or down")] });
  else await updateDepartment({ ...ctx, input: body });
  return { ok: true };
});

/** DELETE (admins): only a department nothing refers to (409 otherwise: deactivate it instead). */
export const DELETE = apiRoute<P>(async ({ params, actor, ip }) => {
  await deleteDepartment({ actor, ip, id: params.id });
  return new Response(null, { status: 204 });
});
