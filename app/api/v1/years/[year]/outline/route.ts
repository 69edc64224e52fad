import { z } from "zod";
import { apiRoute, jsonBody } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { bi } from "@/lib/i18n/bilingual";
import { outlineForEditing } from "@/lib/report/admin";
import { addSection, createOutlineFromTemplate } from "@/lib/report/outline/outline";
import { parseWith } from "@/lib/validation";

type P = { year: string };

/** GET (reviewers, admins): the year's outline with every section's narrative, version, topics, tables and department. */
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
      blocks: s.blocks,
      blockOptions: s.blockOptions,
      departmentId: s.departmentId,
      narrative: s.narrative,
      version: s.version,
    })),
  };
});

const ZPost = z.union([
  z.object({ template: z.string().min(1) }).strict(),
  z.object({ title: z.string(), parentKey: z.string().nullish() }).strict(),
]);

/**
 * POST (admins), one of:
 * { template: "2022"|"2024" } rebuilds the outline from a template (narratives are kept);
 * { title, parentKey? } adds a section at the end of chapter `parentKey`, or a chapter without it (201).
 */
export const POST = apiRoute<P>(async ({ request, params, actor }) => {
  const body = await jsonBody(request);
  const input = parseWith(ZPost, body);
  if ("template" in input)
    return { sections: await createOutlineFromTemplate({ actor, year: Number(params.year), templateKey: input.template }) };
  const s = await addSection({ actor, year: params.year, title: input.title, parentKey: input.parentKey ?? null });
  return Response.json({ key: s.key, parentKey: s.parentKey, level: s.level, number: s.number, title: s.title }, { status: 201 });
});
