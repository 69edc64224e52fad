import { apiRoute, jsonBody } from "@/lib/api/handler";
import { editSection } from "@/lib/report/outline";

/** PATCH { title, move?: "up"|"down" } (admins): renames a chapter or section and moves a section. */
export const PATCH = apiRoute<{ year: string; key: string }>(async ({ request, params, actor }) => {
  const body = await jsonBody(request);
  return { changes: await editSection({ actor, year: params.year, sectionKey: params.key, title: body.title, move: body.move ?? null }) };
});
