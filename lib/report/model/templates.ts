import type { BlockOptions } from "./block-options";
import type { OutlineRow } from "./data";
import type { BlockName } from "./tables";
import type { Topic } from "../../records/topics";

/** Declared in ./tables with the blocks themselves. */
export type { BlockName };

/**
 * Outline templates: the outline part of a rule pack (lib/rules/pack.ts; the shipped ones are
 * rule-packs/2022.json and 2024.json). A year's outline (OutlineSection rows) is created from one
 * and can then be edited. Sections list the topics whose records they show, and data blocks
 * (generated tables and charts) by name.
 */

/** `blockOptions`: per block, its row order and whether it is printed in the appendix (lib/report/model/block-options.ts). */
export type TemplateSection = {
  key: string;
  title: string;
  topics: Topic[];
  blocks?: BlockName[];
  blockOptions?: Partial<Record<BlockName, BlockOptions>>;
};
export type TemplateChapter = TemplateSection & { number: string; sections: TemplateSection[] };
export type OutlineTemplate = { key: string; zh: string; chapters: TemplateChapter[] };

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (an edited outline can have more than ten parts). */
const cn = (n: number): string =>
  n <= 10 ? CN[n - 1]! : `${n >= 20 ? CN[Math.floor(n / 10) - 1] : ""}十${n % 10 ? CN[(n % 10) - 1] : ""}`;
export const chapterNumber = (i: number) => `${cn(i + 1)}、`;
export const sectionNumber = (i: number) => `（${cn(i + 1)}）`;

/** Flatten a template into OutlineSection rows (without narratives). */
export function outlineRows(template: OutlineTemplate) {
  // An outline row before anything is written in it: no narrative, no version yet.
  const rows: (Omit<OutlineRow, "narrative" | "version" | "blockOptions"> & {
    blockOptions: Partial<Record<BlockName, BlockOptions>>;
  })[] = [];
  let order = 0;
  for (const ch of template.chapters) {
    rows.push({
      key: ch.key,
      parentKey: null,
      level: 1,
      sortOrder: order++,
      number: ch.number,
      title: ch.title,
      topics: ch.topics,
      blocks: ch.blocks ?? [],
      blockOptions: ch.blockOptions ?? {},
    });
    ch.sections.forEach((sec, i) =>
      rows.push({
        key: sec.key,
        parentKey: ch.key,
        level: 2,
        sortOrder: order++,
        number: sectionNumber(i),
        title: sec.title,
        topics: sec.topics,
        blocks: sec.blocks ?? [],
        blockOptions: sec.blockOptions ?? {},
      }),
    );
  }
  return rows;
}
