import { apiRoute, jsonBody } from "@/lib/api/handler";
import { changeYear } from "@/lib/years/service";

/**
 * PATCH { state?: "OPEN"|"PUBLISHED"|"ARCHIVED", deadline?: "YYYY-MM-DD"|null, title?: string|null } (admins).
 * Archiving makes the year read-only; a null or empty title goes back to 「{year}年度质量报告」.
 */
export const PATCH = apiRoute<{ year: string }>(async ({ request, params, actor, ip }) => {
  const y = await changeYear({ actor, ip, year: Number(params.year), input: await jsonBody(request) });
  return {
    year: y.year,
    title: y.title ?? `${y.year}年度质量报告`,
    customTitle: y.title !== null,
    state: y.state,
    deadline: y.deadline?.toISOString().slice(0, 10) ?? null,
  };
});
