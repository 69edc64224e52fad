import { apiRoute, jsonBody } from "@/lib/api/handler";
import { createUser, listUsers } from "@/lib/users/service";

const present = (u: { id: string; username: string; displayName: string; role: string; departmentId: string | null; active: boolean }) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  departmentId: u.departmentId,
  active: u.active,
});

/** GET (admins): every account. */
export const GET = apiRoute(async ({ actor }) => ({ items: (await listUsers({ actor })).map(present) }));

/** POST { username, displayName, password, role: "ADMIN"|"REVIEWER"|"STAFF"|"DEPT_HEAD"|"LEADER", departmentId? } (admins). */
export const POST = apiRoute(async ({ request, actor }) =>
  Response.json(present(await createUser({ actor, input: await jsonBody(request) })), { status: 201 }),
);
