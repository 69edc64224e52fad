import { apiRoute, jsonBody } from "@/lib/api/handler";
import { createDepartment, listDepartments } from "@/lib/departments/service";

const present = (d: { id: string; code: string; name: string; shortName: string | null; sortOrder: number; active: boolean }) => ({
  id: d.id,
  code: d.code,
  name: d.name,
  shortName: d.shortName,
  position: d.sortOrder,
  active: d.active,
});

/** GET: departments in their order (public: they name the data's sources). ?all=1 includes deactivated ones. */
export const GET = apiRoute(async ({ request }) => ({
  items: (await listDepartments({ includeInactive: request.nextUrl.searchParams.get("all") === "1" })).map(present),
}));

/** POST { name, shortName?, code? } (admins). */
export const POST = apiRoute(async ({ request, actor, ip }) =>
  Response.json(present(await createDepartment({ actor, ip, input: await jsonBody(request) })), { status: 201 }),
);
