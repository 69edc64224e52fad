import { apiRoute, jsonBody } from "@/lib/api/handler";
import { openYear } from "@/lib/report/outline/open-year";
import { listYears } from "@/lib/years/service";

type Year = { year: number; academicYear: string; title: string | null; state: string; deadline: Date | null; templateKey: string };
const presentYear = (y: Year) => ({
  year: y.year,
  academicYear: y.academicYear,
  title: y.title ?? `${y.year}年度质量报告`,
  customTitle: y.title !== null,
  state: y.state,
  deadline: y.deadline?.toISOString().slice(0, 10) ?? null,
  template: y.templateKey,
});

/** GET: report years, newest first. */
export const GET = apiRoute(async () => ({ items: (await listYears()).map(presentYear) }));

/**
 * POST { year, academicYear, source: "previous"|<rule pack key>, deadline?, title? } (admins): opens a year.
 * Answers the year and `carried`, how many standing records 沿用上年 copied into drafts (0 from a rule pack).
 */
export const POST = apiRoute(async ({ request, actor, ip }) => {
  const opened = await openYear({ actor, ip, input: await jsonBody(request) });
  return Response.json({ ...presentYear(opened), carried: opened.carried }, { status: 201 });
});
