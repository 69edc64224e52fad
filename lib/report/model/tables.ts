import type { ModelName } from "../../records/kinds";
import type { Row } from "./data";

/**
 * The generated blocks (tables, charts, lists) an outline section can name, declared once, the way
 * record kinds are (lib/records/kinds.ts). From this declaration come the block names (BlockName,
 * which the rule pack and outline schemas accept), their names in the outline editor, the rule
 * pack page and the checks, the record kind that feeds each (完成情况, a section's missing data),
 * and how a table's rows can be ordered. The builders (lib/report/engine/blocks.ts) are keyed by the same
 * names, so a block declared here without a builder does not compile; HTML, Word and the workbook
 * print every table from the TableBlock its builder returns.
 */
export type BlockDecl = {
  /** Its name in the outline editor, the rule pack page and the checks' messages. */
  label: string;
  /** The record kind whose records fill it (counted under its section, asked for when none is approved). */
  model?: ModelName;
  /** Whether the outline can order its rows: what "by name" and "largest first" sort by. */
  order?: { name: string; size?: { label: string; value: (r: Row) => number } };
};

const num = (v: unknown) => (v == null || v === "" ? 0 : Number(v));
const prizeCount = (r: Row) =>
  Array.isArray(r.prizes)
    ? r.prizes.reduce((a: number, p: unknown) => a + num(p && typeof p === "object" && "count" in p ? p.count : null), 0)
    : 0;

export const REPORT_BLOCKS = {
  "table:competition-awards": {
    label: "表：学生技能竞赛获奖",
    model: "competitionAward",
    order: { name: "competition", size: { label: "获奖人次", value: prizeCount } },
  },
  "table:majors": { label: "表：专业（群）设置", model: "major", order: { name: "name" } },
  "table:certificate-pilots": {
    label: "表：1+X证书试点",
    model: "certificatePilot",
    order: { name: "certificate", size: { label: "培训人数", value: (r) => num(r.trained) } },
  },
  "table:employment": {
    label: "表：分专业毕业去向落实",
    model: "employmentStat",
    order: { name: "majorName", size: { label: "毕业生数", value: (r) => num(r.graduates) } },
  },
  "table:social-training": {
    label: "表：社会培训项目",
    model: "socialTraining",
    order: { name: "name", size: { label: "人次", value: (r) => num(r.personTimes) } },
  },
  "table:luban-workshops": {
    label: "表：鲁班工坊",
    model: "lubanWorkshop",
    order: { name: "name", size: { label: "招生人数", value: (r) => num(r.enrolled) } },
  },
  "table:funding-income": {
    label: "表：办学经费收入",
    model: "fundingItem",
    order: { name: "name", size: { label: "金额", value: (r) => num(r.amount) } },
  },
  // Rows from the enterprises' own reports (lib/partners), not from college records.
  "table:partner-enterprises": { label: "表：合作企业年度报告汇总" },
  "chart:funding-income": { label: "图：办学经费收入构成", model: "fundingItem" },
  "chart:supervision-grades": { label: "图：督导听课评价" },
  "list:highlights": { label: "列表：学年主要成果" },
  "table:indicators": { label: "表：质量年报指标表（全部）" },
  // Province mode: the cases the provincial office picked from its colleges' packages (lib/province/cases.ts).
  "province:typical-cases": { label: "案例：各校报送的典型案例（省级）" },
} as const satisfies Record<string, BlockDecl>;

export type BlockName = keyof typeof REPORT_BLOCKS;

const DECLS: Readonly<Record<BlockName, BlockDecl>> = REPORT_BLOCKS;

/** Every block name, in the editor's order. */
export const BLOCK_NAMES = Object.keys(REPORT_BLOCKS).filter(isBlockName);

export function isBlockName(name: string): name is BlockName {
  return Object.hasOwn(REPORT_BLOCKS, name);
}

/** A declared block's declaration, or undefined for a name no longer declared (an old outline's). */
export function blockDecl(name: string): BlockDecl | undefined {
  return isBlockName(name) ? DECLS[name] : undefined;
}
