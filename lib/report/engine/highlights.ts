import { enumLabel } from "../../records/labels";
import { formatPrizes } from "../../records/format";
import type { ModelName } from "../../records/kinds";
import type { TPrize } from "../../records/schema";
import { type Row, sourceOf } from "../model/data";
import { entered } from "../../decimal";
import type { HighlightItem, HighlightsBlock, SourceRef } from "../model/document";
import { printed } from "../../text";

/**
 * 主要成果: records flagged as highlights, grouped like the 2022 report's bracket lists. Honours
 * carry their group as their category; other kinds are placed by the rules in `groupOf`.
 * Several honours with one title, and teaching-achievement awards, are aggregated into one line.
 */
export const HIGHLIGHT_GROUPS = [
  "学校荣誉",
  "党建工作",
  "科研和教学成果奖",
  "课程和教材建设",
  "师生技能竞赛",
  "学生工作",
  "获奖案例",
] as const;

/** Topics whose competition results are student work (思政, 安全, 创新创业) rather than skills contests. */
const STUDENT_WORK_TOPICS = new Set(["student.party", "student.moral", "student.campus", "student.innovation"]);

/** Line order inside a group: counts first, then awards, then honours (as the report lists them). */
const KIND_ORDER: ModelName[] = [
  "indicator",
  "teachingAchievementAward",
  "researchProject",
  "course",
  "textbook",
  "hostedCompetition",
  "competitionAward",
  "honour",
  "lubanWorkshop",
  "socialTraining",
];

export function groupOf(model: ModelName, r: Row): string {
  const topic = printed(r.topic ?? "");
  switch (model) {
    case "honour":
      return String(r.category);
    case "competitionAward":
      return STUDENT_WORK_TOPICS.has(topic) ? "学生工作" : "师生技能竞赛";
    case "hostedCompetition":
      return "师生技能竞赛";
    case "course":
      return String(r.category).includes("案例") ? "获奖案例" : "课程和教材建设";
    case "textbook":
      return "课程和教材建设";
    case "teachingAchievementAward":
    case "researchProject":
      return "科研和教学成果奖";
    case "indicator":
      if (String(r.label).includes("典型案例")) return "获奖案例";
      if (topic === "highlights" || topic.startsWith("service.")) return "科研和教学成果奖";
      if (topic === "student.competitions" || topic === "teaching.faculty") return "师生技能竞赛";
      if (topic.startsWith("student.")) return "学生工作";
      return "其他成果";
    default:
      return "其他成果";
  }
}

const GRADE_ORDER = ["特等奖", "一等奖", "二等奖", "三等奖"];
const trim = (v: unknown) => entered(printed(v));

type Line = HighlightItem & { group: string; order: number };

export function buildHighlights(options: { rows: Partial<Record<ModelName, Row[]>>; institution: string; year: number }): HighlightsBlock {
  const { rows, institution, year } = options;
  const lines: Line[] = [];
  const push = (model: ModelName, group: string, text: string, sources: SourceRef[]) => {
    const unapproved = sources.some((s) => s.unapproved);
    lines.push({ group, text, sources, order: KIND_ORDER.indexOf(model), ...(unapproved ? { unapproved: true as const } : {}) });
  };
  const flagged = (model: ModelName) => (rows[model] ?? []).filter((r) => r.highlight && r.year === year);

  // Honours: one line per group+title, naming the recipients.
  const honours = new Map<string, Row[]>();
  for (const r of flagged("honour")) {
    const key = `${groupOf("honour", r)}\u0000${String(r.title)}`;
    honours.set(key, [...(honours.get(key) ?? []), r]);
  }
  for (const [key, list] of honours) {
    const [group = "", title = ""] = key.split("\u0000");
    const recipients = list.map((r) => r.recipient).filter((x): x is string => typeof x === "string" && x !== "" && x !== institution);
    const text = recipients.length ? `${title}（${recipients.join("、")}）` : title;
    push(
      "honour",
      group,
      text,
      list.map((r) => sourceOf("honour", r)),
    );
  }

  // Teaching-achievement awards: counted by level and grade (特等奖1项、一等奖1项、二等奖3项).
  const byLevel = new Map<string, Row[]>();
  for (const r of flagged("teachingAchievementAward")) byLevel.set(String(r.level), [...(byLevel.get(String(r.level)) ?? []), r]);
  for (const [level, list] of byLevel) {
    const counts = new Map<string, number>();
    for (const r of list) counts.set(String(r.grade), (counts.get(String(r.grade)) ?? 0) + 1);
    const grades = [...counts.keys()].sort((a, b) => (GRADE_ORDER.indexOf(a) + 1 || 99) - (GRADE_ORDER.indexOf(b) + 1 || 99));
    push(
      "teachingAchievementAward",
      "科研和教学成果奖",
      `${year}年${enumLabel(level)}职业教育教学成果奖：${grades.map((g) => `${g}${counts.get(g)}项`).join("、")}`,
      list.map((r) => sourceOf("teachingAchievementAward", r)),
    );
  }

  // Courses: one line per category.
  const courses = new Map<string, Row[]>();
  for (const r of flagged("course")) courses.set(String(r.category), [...(courses.get(String(r.category)) ?? []), r]);
  for (const [category, list] of courses) {
    // list[0]!: each list starts with the record that created it.
    push(
      "course",
      groupOf("course", list[0]!),
      `${category}：${list.map((r) => String(r.name)).join("、")}`,
      list.map((r) => sourceOf("course", r)),
    );
  }

  for (const r of flagged("textbook"))
    push("textbook", "课程和教材建设", `${String(r.category)}：${String(r.title)}`, [sourceOf("textbook", r)]);
  for (const r of flagged("researchProject"))
    push("researchProject", "科研和教学成果奖", String(r.title), [sourceOf("researchProject", r)]);
  for (const r of flagged("hostedCompetition"))
    push("hostedCompetition", "师生技能竞赛", `承办${String(r.name)}`, [sourceOf("hostedCompetition", r)]);
  for (const r of flagged("competitionAward")) {
    push("competitionAward", groupOf("competitionAward", r), `${String(r.competition)}：${formatPrizes(r.prizes as TPrize[])}`, [
      sourceOf("competitionAward", r),
    ]);
  }
  for (const r of flagged("indicator")) {
    push("indicator", groupOf("indicator", r), `${String(r.label)} ${trim(r.value)}${printed(r.unit ?? "")}`, [sourceOf("indicator", r)]);
  }

  const order = (g: string) => {
    const i = (HIGHLIGHT_GROUPS as readonly string[]).indexOf(g);
    return i < 0 ? 99 : i;
  };
  const groups = [...new Set(lines.map((l) => l.group))].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  return {
    type: "highlights",
    groups: groups.map((title) => ({
      title,
      items: lines
        .filter((l) => l.group === title)
        .sort((a, b) => a.order - b.order)
        .map(({ group: _g, order: _o, ...item }) => item),
    })),
  };
}
