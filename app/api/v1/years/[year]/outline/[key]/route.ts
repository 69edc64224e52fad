import { z } from "zod";
import { apiRoute, jsonBody } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { bi } from "@/lib/i18n/bilingual";
import { outlineForEditing } from "@/lib/report/admin";
import { configureSection, deleteSection, editSection } from "@/lib/report/outline/outline";
import { parseWith } from "@/lib/validation";

type P = { year: string; key: string };

const ZPatch = z
  .object({
    title: z.string().optional(),
    move: z.enum(["up", "down"]).nullish(),
    topics: z.array(z.string()).optional(),
    blocks: z.array(z.string()).optional(),
    blockOptions: z.record(z.string(), z.unknown()).optional(),
    departmentId: z.string().nullish(),
  })
  .strict();

/**
 * PATCH (admins): any of { title, move: "up"|"down" } renames or moves a chapter or section;
 * any of { topics, blocks, blockOptions: { [block]: { order: "entry"|"name"|"size", appendix } },
 * departmentId } sets what it shows and who is responsible (fields left out stay as they are).
 */
export const PATCH = apiRoute<P>(async ({ request, params, actor }) => {
  const body = parseWith(ZPatch, await jsonBody(request));
  const outline = await outlineForEditing(actor, Number(params.year));
  const section = outline?.sections.find((s) => s.key === params.key);
  if (!section) throw new AppError("NOT_FOUND", bi("没有该栏目", "no such section"));
  const changes: Record<string, unknown> = {};
  if (body.title !== undefined || body.move) {
    Object.assign(
      changes,
      await editSection({ actor, year: params.year, sectionKey: params.key, title: body.title ?? section.title, move: body.move ?? null }),
    );
  }
  if (body.topics || body.blocks || body.blockOptions || body.departmentId !== undefined) {
    Object.assign(
      changes,
      await configureSection({
        actor,
        year: params.year,
        sectionKey: params.key,
        topics: body.topics ?? section.topics,
        blocks: body.blocks ?? section.blocks,
        blockOptions: body.blockOptions ?? section.blockOptions,
        departmentId: body.departmentId === undefined ? section.departmentId : body.departmentId,
      }),
    );
  }
  return { changes };
});

/** DELETE (admins): removes an empty chapter or section; 409 with the reasons when it is not empty. */
export const DELETE = apiRoute<P>(async ({ params, actor }) => deleteSection({ actor, year: params.year, sectionKey: params.key }));
