import { apiRoute, jsonBody } from "@/lib/api/handler";
import { listYears, openYear } from "@/lib/years/service";

const present = (y: { year: number; academicYear: string; state: string; deadline: Date | null; templateKey: string }) => ({
  year: y.year,
  academicYear: y.academicYear,
  state: y.state,
  deadline: y.deadline?.toISOString().slice(0, 10) ?? null,
  template: y.templateKey,
});

/** GET: report years, newest first. */
export const GET = apiRoute(async () => ({ items: (await listYears()).map(present) }));

/** POST { year, academicYear, source: "previous"|"2022"|"2024", deadline? } (admins): opens a year. */
export const POST = apiRoute(async ({ request, actor, ip }) =>
  Response.json(present(await openYear({ actor, ip, input: await jsonBody(request) })), { status: 201 }),
);
