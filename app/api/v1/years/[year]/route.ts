import { apiRoute, jsonBody } from "@/lib/api/handler";
import { changeYear } from "@/lib/years/service";

/** PATCH { state?: "OPEN"|"PUBLISHED"|"ARCHIVED", deadline?: "YYYY-MM-DD"|null } (admins). Archiving makes the year read-only. */
export const PATCH = apiRoute<{ year: string }>(async ({ request, params, actor, ip }) => {
  const y = await changeYear({ actor, ip, year: Number(params.year), input: await jsonBody(request) });
  return { year: y.year, state: y.state, deadline: y.deadline?.toISOString().slice(0, 10) ?? null };
});
