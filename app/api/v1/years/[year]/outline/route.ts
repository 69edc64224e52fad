import { apiRoute, jsonBody } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { bi } from "@/lib/i18n/bilingual";
import { outlineForEditing } from "@/lib/report/admin";
import { createOutlineFromTemplate } from "@/lib/report/outline";
import { printed } from "@/lib/text";

type P = { year: string };

/** GET (reviewers, admins): the year's outline with every section's narrative and version. */
export const GET = apiRoute<P>(async ({ params, actor }) => {
  const outline = await outlineForEditing(actor, Number(params.year));
  if (!outline) throw new AppError("NOT_FOUND", bi("没有该年度", "no such report year"));
  return {
    year: outline.reportYear.year,
    template: outline.reportYear.templateKey,
    sections: outline.sections.map((s) => ({
      key: s.key,
      parentKey: s.parentKey,
      level: s.level,
      number: s.number,
      title: s.title,
      topics: s.topics,
      narrative: s.narrative,
      version: s.version,
    })),
  };
});

/** POST { template: "2022"|"2024" } (admins): rebuilds the outline from a template; narratives are kept. */
export const POST = apiRoute<P>(async ({ request, params, actor }) => {
  const body = await jsonBody(request);
  const sections = await createOutlineFromTemplate({ actor, year: Number(params.year), templateKey: printed(body.template ?? "") });
  return { sections };
});
