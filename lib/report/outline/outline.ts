import { z } from "zod";
import { audit, changedFields } from "../../audit/log";
import type { MaybeActor } from "../../auth/actor";
import { authorize } from "../../auth/policy";
import { AppError } from "../../errors";
import type { PrismaClient } from "../../generated/prisma/client";
import { bi } from "../../i18n/bilingual";
import { db } from "../../server/db";
import { assertYearWritable } from "../../years/service";
import { parseWith } from "../../validation";
import { BLOCK_NAMES, type BlockOptions, blockOptionsOf, ZBlockOptions } from "../model/block-options";
import { type BlockName, chapterNumber, outlineRows, sectionNumber } from "../model/templates";
import { outlineTemplateOf } from "../../rules/pack";
import { assertPackForInstallation, requireRulePack } from "../../rules/store";
import { type Topic, TOPIC_KEYS, TOPICS } from "../../records/topics";

/**
 * A year's outline is created from a template (2022- or 2024-style). Re-creating it under another
 * template never loses a narrative: narratives belong to topic keys, and a new section takes the
 * texts of the old sections whose keys are among its topics, joined. It remembers what it joined
 * (`sources`), so switching back splits an untouched merge into the original texts byte for byte;
 * a merge edited since then is carried whole to the section of its own key.
 */
export async function createOutlineFromTemplate(options: { actor: MaybeActor; year: number; templateKey: string; prisma?: PrismaClient }) {
  const { actor, year, templateKey } = options;
  authorize(actor, "outline.edit");
  const prisma = options.prisma ?? db();
  // The template is the outline of a rule pack (lib/rules): the year then follows that pack's rules too.
  const pack = await requireRulePack(templateKey, prisma);
  await assertPackForInstallation(pack, prisma);
  const template = outlineTemplateOf(pack);
  await assertYearWritable(year, prisma);
  return prisma.$transaction(async (tx) => {
    const reportYear = await tx.reportYear.findUnique({ where: { year } });
    if (!reportYear) throw new AppError("NOT_FOUND", bi(`没有${year}年度`, `no report year ${year}`));
    const old = await tx.outlineSection.findMany({ where: { year }, orderBy: { sortOrder: "asc" } });
    const rows = keepSettings(placeNarratives(outlineRows(template), old), old).map((r) => ({ ...r, year }));
    await tx.outlineSection.deleteMany({ where: { year } });
    await tx.outlineSection.createMany({ data: rows });
    await tx.reportYear.update({ where: { year }, data: { templateKey: template.key } });
    await audit(tx, {
      actor,
      action: "UPDATE",
      entityType: "ReportOutline",
      entityId: String(year),
      changes: {
        templateKey: { before: reportYear.templateKey, after: template.key },
        sections: { before: old.length, after: rows.length },
        // Narratives whose section the new outline lacks: kept, and placed here.
        reattached: {
          before: null,
          after: rows.flatMap((r) =>
            r.sources.filter((p) => p.key !== r.key && !r.topics.includes(p.key)).map((p) => `${p.key} → ${r.key}`),
          ),
        },
      },
    });
    return rows.length;
  });
}

/**
 * What an admin set on a section survives a template switch where the section's key does: the
 * department responsible, and the row order of the tables both outlines show there (the template
 * still decides which tables go to the appendix).
 */
function keepSettings<R extends { key: string; blocks: string[]; blockOptions: Record<string, BlockOptions | undefined> }>(
  rows: R[],
  old: { key: string; departmentId: string | null; blockOptions: unknown }[],
) {
  return rows.map((r) => {
    const before = old.find((o) => o.key === r.key);
    if (!before) return { ...r, departmentId: null };
    const blockOptions: Record<string, BlockOptions> = {};
    for (const name of r.blocks) {
      const order = blockOptionsOf(before.blockOptions, name).order;
      const merged = { ...r.blockOptions[name], ...(order ? { order } : {}) };
      if (Object.keys(merged).length) blockOptions[name] = merged;
    }
    return { ...r, departmentId: before.departmentId, blockOptions };
  });
}

type NarrativePart = { key: string; narrative: string };
type OldSection = { key: string; parentKey: string | null; narrative: string; sources: unknown; topics?: string[] };

const joinParts = (parts: NarrativePart[]) => parts.map((p) => p.narrative).join("\n\n");

const isPart = (p: unknown): p is NarrativePart =>
  typeof p === "object" && p !== null && typeof (p as NarrativePart).key === "string" && typeof (p as NarrativePart).narrative === "string";

function partsOf(sources: unknown): NarrativePart[] {
  return Array.isArray(sources) ? sources.filter(isPart) : [];
}

/** An outline's narratives by key: an untouched merged section gives back the texts it was joined from. */
function narrativesByKey(sections: OldSection[]): NarrativePart[] {
  const texts: NarrativePart[] = [];
  for (const s of sections) {
    const parts = partsOf(s.sources);
    if (parts.length && s.narrative === joinParts(parts)) texts.push(...parts);
    else if (s.narrative !== "") texts.push({ key: s.key, narrative: s.narrative });
  }
  return texts;
}

/**
 * Gives every narrative of the old outline a section of the new one: the section of the same key,
 * else the first whose topics include the key. A chapter's introduction whose chapter is gone goes
 * to the chapter now holding its first section; anything still without a place goes to the first
 * chapter with sections, so no text is ever dropped.
 */
export function placeNarratives<R extends { key: string; parentKey: string | null; level: number; topics: string[] }>(
  rows: R[],
  old: OldSection[],
) {
  const texts = narrativesByKey(old);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const direct = (key: string) => byKey.get(key) ?? rows.find((r) => r.topics.includes(key));
  const chapterOf = (r: R) => (r.parentKey ? (byKey.get(r.parentKey) ?? r) : r);
  const lastResort = rows.find((r) => r.level === 1 && rows.some((c) => c.parentKey === r.key)) ?? rows[rows.length - 1];
  if (!lastResort) throw new Error("an outline template without sections");
  const placeOf = (key: string): R => {
    const found = direct(key);
    if (found) return found;
    // A section added by hand: its text follows its topics to their new home.
    for (const topic of old.find((s) => s.key === key)?.topics ?? []) {
      const home = direct(topic);
      if (home) return home;
    }
    for (const child of old.filter((s) => s.parentKey === key)) {
      const home = direct(child.key);
      if (home) return chapterOf(home);
    }
    const parent = old.find((s) => s.key === key)?.parentKey;
    const viaParent = parent ? direct(parent) : undefined;
    return viaParent ?? lastResort;
  };
  const placed = new Map<R, NarrativePart[]>();
  for (const part of texts) {
    const home = placeOf(part.key);
    placed.set(home, [...(placed.get(home) ?? []), part]);
  }
  return rows.map((r) => {
    // The section's own topics in its order; texts placed here from elsewhere (a chapter's introduction) first.
    const order = [r.key, ...r.topics];
    const rank = (p: NarrativePart) => (order.includes(p.key) ? order.indexOf(p.key) + 1 : 0);
    const parts = [...(placed.get(r) ?? [])].sort((a, b) => rank(a) - rank(b));
    return { ...r, narrative: joinParts(parts), sources: parts };
  });
}

const ZYear = z.coerce.number().int().min(2000, bi("年度无效", "invalid year")).max(2100, bi("年度无效", "invalid year"));
const ZKey = z.string().trim().min(1, bi("缺少栏目", "section is required")).max(100);
const ZTitle = z
  .string({ error: bi("标题不能为空", "the title is required") })
  .trim()
  .min(1, bi("标题不能为空", "the title is required"))
  .max(100, bi("标题不能超过100字", "the title must be at most 100 characters"));

const ZSectionEdit = z.object({ year: ZYear, sectionKey: ZKey, title: ZTitle, move: z.enum(["up", "down"]).nullish() });

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Placed = { id: string; key: string; parentKey: string | null; level: number; sortOrder: number; number: string };

/**
 * Writes the order and the numbers of an outline laid out as given: chapters in the given order,
 * each followed by its sections. Chapters without a number (前言, 主要成果) stay unnumbered; the
 * others are numbered 一、二、…, sections （一）（二）… within their chapter.
 */
async function writeLayout(tx: Tx, sections: Placed[]) {
  let order = 0;
  let numbered = 0;
  const write = async (s: Placed, number: string) => {
    const sortOrder = order++;
    if (s.sortOrder !== sortOrder || s.number !== number)
      await tx.outlineSection.update({ where: { id: s.id }, data: { sortOrder, number } });
  };
  for (const chapter of sections.filter((s) => s.level === 1)) {
    await write(chapter, chapter.number === "" ? "" : chapterNumber(numbered++));
    const children = sections.filter((s) => s.parentKey === chapter.key);
    for (const [i, child] of children.entries()) await write(child, sectionNumber(i));
  }
}

async function findSection(tx: Tx, year: number, key: string) {
  const section = await tx.outlineSection.findUnique({ where: { year_key: { year, key } } });
  if (!section) throw new AppError("NOT_FOUND", bi("没有该栏目", "no such section"));
  return section;
}

/**
 * Renames a chapter or section and moves it up or down among its siblings (a chapter among the
 * chapters, a section within its chapter). Numbers follow the new order.
 */
export async function editSection(
  options: { actor: MaybeActor; prisma?: PrismaClient } & Record<keyof z.input<typeof ZSectionEdit>, unknown>,
) {
  authorize(options.actor, "outline.edit");
  const { year, sectionKey, title, move } = parseWith(ZSectionEdit, options);
  const prisma = options.prisma ?? db();
  await assertYearWritable(year, prisma);
  return prisma.$transaction(async (tx) => {
    const section = await findSection(tx, year, sectionKey);
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    if (title !== section.title) {
      await tx.outlineSection.update({ where: { id: section.id }, data: { title, version: { increment: 1 } } });
      changes.title = { before: section.title, after: title };
    }
    if (move) {
      const all = await tx.outlineSection.findMany({ where: { year }, orderBy: { sortOrder: "asc" } });
      const siblings = all.filter((s) => s.level === section.level && s.parentKey === section.parentKey);
      const i = siblings.findIndex((s) => s.id === section.id);
      const j = move === "up" ? i - 1 : i + 1;
      const other = siblings[j];
      if (other) {
        const at = (s: Placed) => all.findIndex((x) => x.id === s.id);
        // Swap the two in the list; a chapter's sections follow it wherever it goes.
        const order = all.slice();
        order[at(section)] = other;
        order[at(other)] = section;
        await writeLayout(tx, order);
        const after = await findSection(tx, year, sectionKey);
        changes.position = { before: `${section.number}${section.title}`, after: `${after.number}${after.title}` };
      }
    }
    if (Object.keys(changes).length) {
      await audit(tx, { actor: options.actor, action: "UPDATE", entityType: "OutlineSection", entityId: `${year}/${sectionKey}`, changes });
    }
    return changes;
  });
}

const ZSectionAdd = z.object({
  year: ZYear,
  /** The chapter the new section goes into; none adds a chapter. */
  parentKey: z
    .string()
    .trim()
    .max(100)
    .nullish()
    .transform((v) => v || null),
  title: ZTitle,
});

/**
 * Adds a chapter (at the end) or a section (at the end of its chapter). Its key is made here
 * ("custom-N"), so it never takes the name of a topic; topics, tables and the department are
 * chosen afterwards (configureSection).
 */
export async function addSection(
  options: { actor: MaybeActor; prisma?: PrismaClient } & Record<keyof z.input<typeof ZSectionAdd>, unknown>,
) {
  authorize(options.actor, "outline.edit");
  const { year, parentKey, title } = parseWith(ZSectionAdd, options);
  const prisma = options.prisma ?? db();
  await assertYearWritable(year, prisma);
  return prisma.$transaction(async (tx) => {
    if (!(await tx.reportYear.findUnique({ where: { year } })))
      throw new AppError("NOT_FOUND", bi(`没有${year}年度`, `no report year ${year}`));
    const all = await tx.outlineSection.findMany({ where: { year }, orderBy: { sortOrder: "asc" } });
    const parent = parentKey ? all.find((s) => s.key === parentKey && s.level === 1) : null;
    if (parentKey && !parent)
      throw new AppError("INVALID", bi("所选章不存在", "no such chapter"), { parentKey: [bi("所选章不存在", "no such chapter")] });
    const used = all
      .map((s) => /^custom-(\d+)$/.exec(s.key)?.[1])
      .filter(Boolean)
      .map(Number);
    const key = `custom-${Math.max(0, ...used) + 1}`;
    const created = await tx.outlineSection.create({
      data: {
        year,
        key,
        parentKey: parent?.key ?? null,
        level: parent ? 2 : 1,
        sortOrder: all.length,
        number: parent ? sectionNumber(0) : chapterNumber(0),
        title,
        topics: [],
        blocks: [],
      },
    });
    // At the end of its chapter (or of the outline), then numbered with the rest.
    const last = parent ? all.filter((s) => s.key === parent.key || s.parentKey === parent.key).at(-1)! : all.at(-1);
    const order = all.slice();
    order.splice(last ? order.indexOf(last) + 1 : order.length, 0, created);
    await writeLayout(tx, order);
    const placed = await tx.outlineSection.findUniqueOrThrow({ where: { id: created.id } });
    await audit(tx, {
      actor: options.actor,
      action: "CREATE",
      entityType: "OutlineSection",
      entityId: `${year}/${key}`,
      changes: {
        title: { before: null, after: title },
        parentKey: { before: null, after: parent?.key ?? null },
        number: { before: null, after: placed.number },
      },
    });
    return placed;
  });
}

const ZSectionDelete = z.object({ year: ZYear, sectionKey: ZKey });

/**
 * Deletes a chapter or section that is empty: no narrative text, no sections under it and no
 * records (of any status) filed under a topic only it shows. Anything else is refused with the
 * reasons, so no text and no record ever loses its place in the report.
 */
export async function deleteSection(
  options: { actor: MaybeActor; prisma?: PrismaClient } & Record<keyof z.input<typeof ZSectionDelete>, unknown>,
) {
  authorize(options.actor, "outline.edit");
  const { year, sectionKey } = parseWith(ZSectionDelete, options);
  const prisma = options.prisma ?? db();
  await assertYearWritable(year, prisma);
  return prisma.$transaction(async (tx) => {
    const section = await findSection(tx, year, sectionKey);
    const all = await tx.outlineSection.findMany({ where: { year }, orderBy: { sortOrder: "asc" } });
    const others = all.filter((s) => s.id !== section.id);
    const ownTopics = section.topics.filter((t) => !others.some((o) => o.topics.includes(t)));
    const records = ownTopics.length ? await tx.record.count({ where: { year, deletedAt: null, topic: { in: ownTopics } } }) : 0;
    const children = others.filter((s) => s.parentKey === section.key).length;
    const reasons: [string, string][] = [];
    if (section.narrative.trim() !== "") reasons.push(["已有叙述文字", "it has narrative text"]);
    if (records) reasons.push([`有${records}条数据归入其栏目`, `${records} records are filed under its topics`]);
    if (children) reasons.push([`其下还有${children}个节`, `it still holds ${children} sections`]);
    if (reasons.length) {
      const title = `${section.number}${section.title}`;
      throw new AppError(
        "CONFLICT",
        bi(
          `「${title}」不是空的，不能删除：${reasons.map((r) => r[0]).join("；")}。请先移走这些内容`,
          `"${title}" is not empty and cannot be deleted: ${reasons.map((r) => r[1]).join("; ")}. Move them first`,
        ),
      );
    }
    await tx.outlineSection.delete({ where: { id: section.id } });
    await writeLayout(tx, others);
    await audit(tx, {
      actor: options.actor,
      action: "DELETE",
      entityType: "OutlineSection",
      entityId: `${year}/${sectionKey}`,
      changes: {
        title: { before: section.title, after: null },
        number: { before: section.number, after: null },
        topics: { before: section.topics, after: null },
      },
    });
    return { key: section.key };
  });
}

const ZSectionContent = z.object({
  year: ZYear,
  sectionKey: ZKey,
  topics: z.array(z.enum(TOPIC_KEYS as [Topic, ...Topic[]], { error: bi("栏目主题无效", "invalid topic") })).default([]),
  blocks: z
    .array(z.enum(BLOCK_NAMES as [BlockName, ...BlockName[]], { error: bi("数据表或图无效", "invalid table or chart") }))
    .default([]),
  blockOptions: z.record(z.string(), ZBlockOptions).default({}),
  departmentId: z
    .string()
    .trim()
    .max(100)
    .nullish()
    .transform((v) => v || null),
});
export type TSectionContent = z.input<typeof ZSectionContent>;

/**
 * Chooses what a section shows — the topics whose records it lists, the generated tables and
 * charts with each table's row order and placement — and the department responsible for it.
 * A topic belongs to one section only, so no record is printed twice.
 */
export async function configureSection(options: { actor: MaybeActor; prisma?: PrismaClient } & { [K in keyof TSectionContent]?: unknown }) {
  authorize(options.actor, "outline.edit");
  const input = parseWith(ZSectionContent, options);
  const { year, sectionKey } = input;
  const topics = [...new Set(input.topics)];
  const blocks = [...new Set(input.blocks)];
  // Settings of blocks the section no longer shows are dropped; defaults are not stored.
  const blockOptions: Record<string, BlockOptions> = {};
  for (const name of blocks) {
    const o = input.blockOptions[name] ?? {};
    const kept = { ...(o.order && o.order !== "entry" ? { order: o.order } : {}), ...(o.appendix ? { appendix: true } : {}) };
    if (Object.keys(kept).length) blockOptions[name] = kept;
  }
  const prisma = options.prisma ?? db();
  await assertYearWritable(year, prisma);
  return prisma.$transaction(async (tx) => {
    const section = await findSection(tx, year, sectionKey);
    const elsewhere = await tx.outlineSection.findMany({
      where: { year, id: { not: section.id }, topics: { hasSome: topics.length ? topics : ["-"] } },
      select: { title: true, topics: true },
    });
    if (elsewhere.length) {
      const clash = elsewhere
        .map(
          (s) =>
            `「${s.title}」：${s.topics
              .filter((t) => topics.includes(t as Topic))
              .map((t) => TOPICS[t as Topic] ?? t)
              .join("、")}`,
        )
        .join("；");
      const message = bi(
        `这些主题已归入其他栏目，请先从那里移除：${clash}`,
        `these topics belong to another section; remove them there first: ${clash}`,
      );
      throw new AppError("CONFLICT", message, { topics: [message] });
    }
    if (input.departmentId && !(await tx.department.findUnique({ where: { id: input.departmentId } }))) {
      const message = bi("所选部门不存在", "no such department");
      throw new AppError("INVALID", message, { departmentId: [message] });
    }
    const after = { topics, blocks, blockOptions, departmentId: input.departmentId };
    const before = {
      topics: section.topics,
      blocks: section.blocks,
      blockOptions: section.blockOptions,
      departmentId: section.departmentId,
    };
    const changes = changedFields(before, after);
    if (Object.keys(changes).length) {
      await tx.outlineSection.update({ where: { id: section.id }, data: { ...after, version: { increment: 1 } } });
      await audit(tx, { actor: options.actor, action: "UPDATE", entityType: "OutlineSection", entityId: `${year}/${sectionKey}`, changes });
    }
    return changes;
  });
}
