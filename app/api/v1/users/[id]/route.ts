import { apiRoute, jsonBody } from "@/lib/api/handler";
import { setUserActive, setUserRole } from "@/lib/users/service";

/** PATCH (admins): { role, departmentId? } changes the role; { active: false|true } deactivates or reactivates. */
export const PATCH = apiRoute<{ id: string }>(async ({ request, params, actor }) => {
  const body = await jsonBody(request);
  const user =
    typeof body.active === "boolean"
      ? await setUserActive({ actor, userId: params.id, active: body.active })
      : await setUserRole({
          actor,
          userId: params.id,
          role: body.role,
          departmentId: typeof body.departmentId === "string" ? body.departmentId : null,
        });
  return { id: user.id, role: user.role, departmentId: user.departmentId, active: user.active };
});
