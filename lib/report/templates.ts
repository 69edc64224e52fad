import type { BlockOptions } from "./block-options";
import type { Topic } from "./topics";

/**
 * Outline templates. A year's outline (OutlineSection rows) is created from one of these and
 * can then be edited. Sections list the topics whose records they show, and data blocks
 * (generated tables and charts) by name.
 */
export type BlockName =
  | "table:competition-awards"
  | "table:majors"
  | "table:certificate-pilots"
  | "table:employment"
  | "table:social-training"
  | "table:luban-workshops"
  | "table:funding-income"
  | "table:partner-enterprises"
  | "chart:funding-income"
  | "chart:supervision-grades"
  | "list:highlights"
  | "table:indicators";

/** `blockOptions`: per block, its row order and whether it is printed in the appendix (lib/report/block-options.ts). */
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

const s = (key: Topic, title: string, blocks?: BlockName[], topics: Topic[] = [key]): TemplateSection => ({ key, title, topics, blocks });

export const TEMPLATE_2022: OutlineTemplate = {
  key: "2022",
  zh: "2022年版（学生发展、教育教学、国际合作、服务贡献、政策落实、面临挑战）",
  chapters: [
    { key: "preface", number: "", title: "前言", topics: ["preface"], sections: [] },
    { key: "highlights", number: "", title: "学年学校主要成果", topics: ["highlights"], blocks: ["list:highlights"], sections: [] },
    {
      key: "student",
      number: "一、",
      title: "学生发展质量",
      topics: [],
      sections: [
        s("student.party", "党建引领"),
        s("student.moral", "立德树人"),
        s("student.campus", "在校体验"),
        // The 2022 text cites 表1 (awards) and 表2 (majors) and never printed the per-major
        // employment table: it goes to the appendix so the tables the text names keep their numbers.
        { ...s("student.employment", "就业质量", ["table:employment"]), blockOptions: { "table:employment": { appendix: true } } },
        s("student.innovation", "创新创业"),
        s("student.competitions", "技能大赛", ["table:competition-awards"]),
      ],
    },
    {
      key: "teaching",
      number: "二、",
      title: "教育教学质量",
      topics: [],
      sections: [
        s("teaching.majors", "专业建设质量", ["table:majors"]),
        s("teaching.courses", "课程建设质量", ["table:certificate-pilots"]),
        s("teaching.methods", "教学方法改革"),
        s("teaching.textbooks", "教材建设质量"),
        s("teaching.digital", "数字化教学资源建设"),
        s("teaching.faculty", "师资队伍建设"),
        s("teaching.industry", "校企双元育人", ["table:partner-enterprises"]),
      ],
    },
    {
      key: "intl",
      number: "三、",
      title: "国际合作质量",
      topics: [],
      sections: [
        s("intl.standards", "引领示范，合作共赢，开发国际化专业教学标准"),
        s("intl.overseas", "国外独立办学质量", ["table:luban-workshops"]),
        s("intl.beltroad", "助力“一带一路”建设质量"),
        s("intl.literacy", "提升学生国际化素养质量"),
      ],
    },
    {
      key: "service",
      number: "四、",
      title: "服务贡献质量",
      topics: [],
      sections: [
        s("service.industry", "服务行业企业", ["table:social-training"]),
        s("service.local", "服务地方发展"),
        s("service.rural", "服务乡村振兴"),
        s("service.community", "服务地方社区"),
        s("service.regional", "具有地域特色的服务"),
        s("service.distinctive", "具有本校特色的服务"),
      ],
    },
    {
      key: "policy",
      number: "五、",
      title: "政策落实质量",
      topics: [],
      sections: [
        s("policy.national", "国家政策落实"),
        s("policy.local", "地方政策落实"),
        s("policy.governance", "学校治理"),
        s("policy.quality", "质量保证体系建设", ["chart:supervision-grades"]),
        s("policy.funding", "经费投入", ["table:funding-income", "chart:funding-income"]),
      ],
    },
    {
      key: "challenges",
      number: "六、",
      title: "面临挑战",
      topics: [],
      sections: [s("challenges.problems", "面临问题"), s("challenges.measures", "改进措施")],
    },
  ],
};

/** The 2024 national notice: seven parts and indicator tables at the end. Same topics, new homes. */
export const TEMPLATE_2024: OutlineTemplate = {
  key: "2024",
  zh: "2024年版（人才培养、服务贡献、文化传承、国际合作、产教融合、发展保障、面临挑战）",
  chapters: [
    { key: "preface", number: "", title: "前言", topics: ["preface"], sections: [] },
    { key: "highlights", number: "", title: "学年学校主要成果", topics: ["highlights"], blocks: ["list:highlights"], sections: [] },
    {
      key: "talent",
      number: "一、",
      title: "人才培养",
      topics: [],
      sections: [
        s("student.party", "党建引领与立德树人", undefined, ["student.party", "student.moral"]),
        s("student.campus", "在校体验", undefined, ["student.campus"]),
        s("student.employment", "就业质量", ["table:employment"], ["student.employment", "student.innovation"]),
        s("student.competitions", "技能大赛", ["table:competition-awards"], ["student.competitions"]),
        s(
          "teaching.majors",
          "专业与课程建设",
          ["table:majors", "table:certificate-pilots"],
          ["teaching.majors", "teaching.courses", "teaching.methods", "teaching.textbooks", "teaching.digital"],
        ),
      ],
    },
    {
      key: "service",
      number: "二、",
      title: "服务贡献",
      topics: [],
      sections: [
        s("service.industry", "服务行业企业", ["table:social-training"], ["service.industry", "service.local"]),
        s("service.rural", "服务乡村振兴与社区", undefined, ["service.rural", "service.community", "service.regional"]),
      ],
    },
    {
      key: "culture",
      number: "三、",
      title: "文化传承",
      topics: [],
      sections: [s("service.distinctive", "传承优秀文化与本校特色服务", undefined, ["service.distinctive"])],
    },
    {
      key: "intl",
      number: "四、",
      title: "国际合作",
      topics: [],
      sections: [
        s(
          "intl.overseas",
          "鲁班工坊与国际交流",
          ["table:luban-workshops"],
          ["intl.standards", "intl.overseas", "intl.beltroad", "intl.literacy"],
        ),
      ],
    },
    {
      key: "industry",
      number: "五、",
      title: "产教融合",
      topics: [],
      sections: [s("teaching.industry", "校企双元育人", ["table:partner-enterprises"], ["teaching.industry"])],
    },
    {
      key: "support",
      number: "六、",
      title: "发展保障",
      topics: [],
      sections: [
        s("teaching.faculty", "师资队伍", undefined, ["teaching.faculty"]),
        s(
          "policy.governance",
          "政策落实与学校治理",
          ["chart:supervision-grades"],
          ["policy.national", "policy.local", "policy.governance", "policy.quality"],
        ),
        s("policy.funding", "经费投入", ["table:funding-income", "chart:funding-income"], ["policy.funding"]),
      ],
    },
    {
      key: "challenges",
      number: "七、",
      title: "面临挑战",
      topics: [],
      sections: [s("challenges.problems", "面临问题"), s("challenges.measures", "改进措施")],
    },
  ],
};

export const TEMPLATES = { "2022": TEMPLATE_2022, "2024": TEMPLATE_2024 } as const;

/** Flatten a template into OutlineSection rows (without narratives). */
export function outlineRows(template: OutlineTemplate) {
  const rows: {
    key: string;
    parentKey: string | null;
    level: number;
    sortOrder: number;
    number: string;
    title: string;
    topics: string[];
    blocks: string[];
    blockOptions: Partial<Record<BlockName, BlockOptions>>;
  }[] = [];
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
