import { apiRoute, jsonBody } from "@/lib/api/handler";
import { createCollege, listColleges } from "@/lib/province/colleges";

type College = { id: string; code: string; name: string; type: string; city: string };
const present = (c: College) => ({ id: c.id, code: c.code, name: c.name, type: c.type, city: c.city });

/** GET (the province's office, admins): the colleges register. Province installations only (404 in a college's). */
export const GET = apiRoute(async ({ actor }) => ({ items: (await listColleges({ actor })).map(present) }), { allow: "province.board" });

/** POST { code, name, type: 中职|高职|本科 (or SECONDARY|HIGHER|UNDERGRADUATE), city } (admins): registers a college. */
export const POST = apiRoute(async ({ request, actor, ip }) =>
  Response.json(present(await createCollege({ actor, ip, input: await jsonBody(request) })), { status: 201 }),
);
