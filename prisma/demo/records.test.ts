import { describe, it, expect } from "vitest";
import { departments } from "./departments";
import * as R from "./records";
import { TOPIC_KEYS } from "../../lib/records/topics";
import { printed } from "../../lib/text";

/** Decimal strings to integer ten-thousandths, so sums of 万元 amounts stay exact. */
const units = (s: string | number) => {
  const [int, frac = ""] = String(s).split(".");
  if (frac.length > 4) throw new Error(`too many decimals: ${s}`);
  return Number(int) * 10000 + Number(frac.padEnd(4, "0"));
};
/** Round half up to 2 decimals and print, as the renderer does. */
const yuan2 = (u: number) => (Math.floor((u + 50) / 100) / 100).toFixed(2);
const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((a, x) => a + f(x), 0);
const pct2 = (num: number, den: number) => Math.round((num / den) * 10000) / 100;

const allKinds = {
  honours: R.honours,
  competitionAwards: R.competitionAwards,
  hostedCompetitions: R.hostedCompetitions,
  courses: R.courses,
  textbooks: R.textbooks,
  certificatePilots: R.certificatePilots,
  majors: R.majors,
  employmentStats: R.employmentStats,
  fundingItems: R.fundingItems,
  researchProjects: R.researchProjects,
  teachingAchievements: R.teachingAchievements,
  lubanWorkshops: R.lubanWorkshops,
  lubanActivities: R.lubanActivities,
  socialTrainings: R.socialTrainings,
  indicators: R.indicators,
} as const;

describe("demo records: shared rules", () => {
  const codes = new Set(departments.map((d) => d.code));

  it("department codes and names are unique", () => {
    expect(codes.size).toBe(departments.length);
    expect(new Set(departments.map((d) => d.name)).size).toBe(departments.length);
  });

  for (const [kind, rows] of Object.entries(allKinds)) {
    it(`${kind}: every record has a known department and topic`, () => {
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows as readonly { dept: string; topic?: string }[]) {
        expect(codes, `${kind}: ${JSON.stringify(r)}`).toContain(r.dept);
        if (r.topic !== undefined) expect(TOPIC_KEYS).toContain(r.topic);
      }
    });
  }

  it("dates are YYYY-MM-DD or null", () => {
    for (const rows of Object.values(allKinds)) {
      for (const r of rows as readonly Record<string, unknown>[]) {
        for (const [k, v] of Object.entries(r)) {
          if (k.endsWith("On") && v !== null && v !== undefined) expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
    }
  });
});

describe("honours", () => {
  const groups = ["学校荣誉", "党建工作", "科研和教学成果奖", "课程和教材建设", "师生技能竞赛", "学生工作", "获奖案例"];

  it("use the report's bracket groups as categories", () => {
    for (const h of R.honours) expect(groups).toContain(h.category);
  });

  it("include the two named 师德先进个人 and the other named honours", () => {
    const ethics = R.honours.filter((h) => h.title === "河北区教育系统师德先进个人").map((h) => h.recipient);
    expect(ethics.sort()).toEqual(["孙学斌", "边鑫"].sort());
    expect(R.honours.find((h) => h.title === "河北区教育系统优秀思想政治工作者")?.recipient).toBe("白婕");
    expect(R.honours.some((h) => h.title === "天津市“活力社团”")).toBe(true);
    expect(R.honours.some((h) => h.title === "天津市中小学生劳动教育实践基地")).toBe(true);
    expect(R.honours.find((h) => h.title === "院级黄大年式教师团队")?.recipient).toBe("7个教学团队");
  });
});

describe("competition awards (表1)", () => {
  const table1 = R.competitionAwards.slice(0, R.TABLE1_ROWS);

  it("has the 29 rows of 表1 first, all under student.competitions", () => {
    expect(R.TABLE1_ROWS).toBe(29);
    expect(R.competitionAwards.length).toBeGreaterThan(29);
    for (const r of table1) expect(r.topic).toBe("student.competitions");
    expect(table1[0]!.competition).toBe("2021年京津冀大学生金融科技创新能力大赛");
    expect(table1[28]!.competition).toBe("第十六届“挑战杯”天津市大学生课外学术科技作品竞赛");
  });

  it("parses prize lines as printed", () => {
    expect(table1[1]!.prizes).toEqual([
      { prize: "二等奖", count: 5, unit: "人次" },
      { prize: "三等奖", count: 5, unit: "人次" },
    ]);
    expect(table1[16]!.prizes).toEqual([
      { prize: "一等奖", count: 1, unit: "项" },
      { prize: "二等奖", count: 2, unit: "项" },
    ]);
    expect(table1[20]!.prizes).toEqual([{ prize: "三等奖", count: 2, unit: "队" }]);
    expect(table1[15]!.prizes).toEqual([{ prize: "先进集体" }, { prize: "先进个人" }]);
    expect(table1[14]!.prizes).toEqual([{ prize: "全国重点实践团队" }]);
    expect(table1[22]!.prizes).toEqual([{ prize: "天津赛区公共英语组二等奖" }]);
    expect(table1[21]!.prizes).toEqual([{ prize: "市级优胜奖" }, { prize: "优秀指导教师" }]);
    // 表1 prize person-times as printed: 3+10+3+3+6+7+3+3+1+4+9+3+10+3 (rows 1–14), 9+6+6 (18–20), 3 (25), 3+3 (28–29)
    const personTimes = sum(table1, (r) => sum(r.prizes, (p) => (p.unit === "人次" ? (p.count ?? 0) : 0)));
    expect(personTimes).toBe(98);
  });

  it("every award has at least one prize and no negative counts", () => {
    for (const r of R.competitionAwards) {
      expect(r.prizes.length).toBeGreaterThan(0);
      for (const p of r.prizes) if (p.count !== undefined) expect(p.count).toBeGreaterThanOrEqual(0);
    }
  });

  it("carries the 互联网+ result: 银奖 1, 铜奖 11", () => {
    const ip = R.competitionAwards.find((r) => r.competition.includes("互联网+"));
    expect(ip?.prizes).toEqual([
      { prize: "银奖", count: 1, unit: "项" },
      { prize: "铜奖", count: 11, unit: "项" },
    ]);
  });
});

describe("hosted competitions", () => {
  it("world skills cloud computing: 44 contestants, 11 institutions, 10 countries", () => {
    const w = R.hostedCompetitions.find((h) => h.name === "首届世界职业院校技能大赛云计算赛项");
    expect(w).toMatchObject({ level: "INTERNATIONAL", contestants: 44, institutions: 11, countries: 10 });
    expect(R.hostedCompetitions.filter((h) => h.name.startsWith("2021年天津市职业院校技能大赛"))).toHaveLength(4);
  });
});

describe("1+X certificate pilots", () => {
  const c = R.certificatePilots;

  it("17 certificates over 20 pilot majors", () => {
    expect(c).toHaveLength(17);
    expect(new Set(c.map((x) => x.certificate)).size).toBe(17);
    expect(new Set(c.flatMap((x) => x.pilotMajors)).size).toBe(20);
  });

  it("planned 718, trained 853, examined 168, pass rate 84.5%", () => {
    expect(sum(c, (x) => x.planned)).toBe(718);
    expect(sum(c, (x) => x.trained)).toBe(853);
    const examined = sum(c, (x) => x.examined);
    const passed = sum(c, (x) => x.passed);
    expect(examined).toBe(168);
    expect(Math.round((passed / examined) * 1000) / 10).toBe(84.5);
    for (const x of c) expect(x.passed).toBeLessThanOrEqual(x.examined);
  });
});

describe("majors (表2)", () => {
  it("16 rows in three groups, codes well-formed", () => {
    expect(R.majors).toHaveLength(16);
    expect([...new Set(R.majors.map((m) => m.group))]).toEqual(["艺术设计类专业群", "幼儿教育类专业群", "养老服务类专业群"]);
    expect(R.majors.map((m) => m.group).filter((g) => g === "幼儿教育类专业群")).toHaveLength(7);
    for (const m of R.majors) expect(m.code).toMatch(/^\d{6}K?$/);
  });

  it("changes from the 备注 column: 2 new in 2022, 2 planned for 2023, 1 planned undated", () => {
    const by = (change: string, year: number | null) =>
      R.majors.filter((m) => m.change === change && (m.changeYear ?? null) === year).map((m) => m.name);
    expect(by("NEW", 2022).sort()).toEqual(["动漫设计", "早期教育（五年一贯制）"].sort());
    expect(by("PLANNED", 2023).sort()).toEqual(["早期教育", "老年保健与管理（老年康复）"].sort());
    expect(by("PLANNED", null)).toEqual(["影视动画"]);
    expect(R.majors.find((m) => m.code === "370101")?.note).toBe("联合本科培养");
  });
});

describe("employment", () => {
  const y2022 = R.employmentStats.filter((e) => e.cohort === 2022);
  const y2021 = R.employmentStats.filter((e) => e.cohort === 2021);

  it("rows are consistent", () => {
    for (const e of R.employmentStats) {
      expect(e.year).toBe(e.cohort);
      expect(e.topic).toBe("student.employment");
      expect(e.placed).toBeLessThanOrEqual(e.graduates);
    }
    expect(y2022.length).toBeGreaterThanOrEqual(20);
    expect(y2022.length).toBeLessThanOrEqual(28);
  });

  it("2022届: 3071 graduates, 95.08% placed", () => {
    const g = sum(y2022, (e) => e.graduates);
    const p = sum(y2022, (e) => e.placed);
    expect(g).toBe(3071);
    expect(p).toBe(2920);
    expect(pct2(p, g)).toBe(95.08);
  });

  it("2021届 placement rate is 5.62 points lower", () => {
    const rate2021 = pct2(
      sum(y2021, (e) => e.placed),
      sum(y2021, (e) => e.graduates),
    );
    expect(rate2021).toBe(89.46);
    expect(Math.round((95.08 - rate2021) * 100) / 100).toBe(5.62);
  });

  it("mean monthly income 4030 元, 消防工程技术 above 6000", () => {
    for (const e of y2022) expect(e.monthlySalary).not.toBeNull();
    const placed = sum(y2022, (e) => e.placed);
    const total = sum(y2022, (e) => e.placed * Number(e.monthlySalary));
    expect(Math.round(total / placed)).toBe(4030);
    const fire = y2022.find((e) => e.majorName === "消防工程技术");
    expect(Number(fire?.monthlySalary)).toBeGreaterThan(6000);
  });

  it("the five majors the report names are fully placed; relatedness as quoted", () => {
    for (const name of ["老年服务与管理", "金融管理", "信息安全与管理", "连锁经营管理", "分布式发电与微电网技术"]) {
      const e = y2022.find((x) => x.majorName === name);
      expect(e, name).toBeDefined();
      expect(e?.placed).toBe(e?.graduates);
    }
    const rel = (name: string) => Number(y2022.find((x) => x.majorName === name)?.relatedness);
    expect([rel("学前教育"), rel("幼儿发展与健康管理"), rel("老年服务与管理")]).toEqual([74, 72, 70]);
  });
});

describe("funding (万元)", () => {
  const f = R.fundingItems;
  const total = (cats: string[]) =>
    sum(
      f.filter((x) => cats.includes(x.category)),
      (x) => units(printed(x.amount)),
    );

  it("all income, no total rows", () => {
    for (const x of f) expect(x.direction).toBe("INCOME");
    expect(f.some((x) => /合计|总/.test(x.name))).toBe(false);
    expect(f.filter((x) => x.category === "SPECIAL_APPROPRIATION")).toHaveLength(8);
  });

  it("matches the report's totals", () => {
    expect(yuan2(total(["BASIC_APPROPRIATION"]))).toBe("3885.83");
    expect(yuan2(total(["SPECIAL_APPROPRIATION"]))).toBe("8078.13");
    expect(yuan2(total(["BASIC_APPROPRIATION", "SPECIAL_APPROPRIATION"]))).toBe("11963.96"); // 市、区级财政拨款收入总额
    expect(yuan2(total(["OPERATING"]))).toBe("4522.07"); // 事业收入
    expect(yuan2(total(["OPERATING", "OTHER_OPERATING"]))).toBe("4651.29"); // 事业收入总额
    expect(yuan2(total(["OTHER_OPERATING"]))).toBe("129.22");
    expect(yuan2(total(["BASIC_APPROPRIATION", "SPECIAL_APPROPRIATION", "OPERATING", "OTHER_OPERATING"]))).toBe("16615.25");
    expect(sum(f, (x) => units(printed(x.amount)))).toBe(units("16615.245"));
  });
});

describe("teaching achievements and research", () => {
  it("2022 天津市教学成果奖: 特等奖 1, 一等奖 1, 二等奖 3", () => {
    const count = (g: string) => R.teachingAchievements.filter((t) => t.grade === g).length;
    expect([count("特等奖"), count("一等奖"), count("二等奖")]).toEqual([1, 1, 3]);
    expect(R.teachingAchievements).toHaveLength(5);
  });

  it("课题 counts are indicators: 立项 13, 结题 10", () => {
    const v = (key: string) => R.indicators.find((i) => i.key === key)?.value;
    expect(v("research.projectsApproved")).toBe("13");
    expect(v("research.projectsConcluded")).toBe("10");
  });
});

describe("Luban workshops", () => {
  it("activities point at known workshops; Machakos figures as reported", () => {
    const keys = new Set(R.lubanWorkshops.map((w) => w.key));
    for (const a of R.lubanActivities) expect(keys).toContain(a.workshop);
    const m = R.lubanWorkshops.find((w) => w.key === "kenya-machakos");
    expect(m).toMatchObject({ enrolled: 19, trained: 96, teachers: 32, teachersTrained: 2 });
    expect(R.lubanActivities.map((a) => a.heldOn)).toEqual(expect.arrayContaining(["2022-02-11"]));
    // The award ceremony fell after the academic year (2022-11-30): its date is in the text, not 日期.
    expect(R.lubanActivities.find((a) => a.title === "“中国大使奖学金”颁奖仪式")?.description).toContain("2022年11月30日");
  });
});

describe("social training", () => {
  const t = R.socialTrainings;
  const hours = (rows: typeof t) => sum(rows, (x) => units(printed(x.hours))) / 10000;
  const where = (category?: string, mode?: string) => t.filter((x) => (!category || x.category === category) && (!mode || x.mode === mode));

  it("36 programmes, 5860 学时, 14750 人次", () => {
    expect(t).toHaveLength(36);
    expect(hours(t)).toBe(5860);
    expect(sum(t, (x) => x.personTimes)).toBe(14750);
  });

  it("split by category and mode as reported", () => {
    expect(hours(where("SKILL"))).toBe(2380);
    expect(hours(where("PUBLIC_INTEREST"))).toBe(3480);
    expect(hours(where(undefined, "ONLINE"))).toBe(1980);
    expect(hours(where(undefined, "OFFLINE"))).toBe(3880);
    // shares printed in the report
    expect(Math.round((hours(where("SKILL")) / hours(t)) * 10000) / 100).toBe(40.61);
    expect(Math.round((hours(where("PUBLIC_INTEREST")) / hours(t)) * 10000) / 100).toBe(59.39);
  });

  it("names the programmes the report mentions", () => {
    const names = t.map((x) => x.name);
    expect(names).toContain("养老机构院长培训班（第十八期）");
    expect(names).toContain("养老护理员骨干培训班");
    expect(t.find((x) => x.name === "河北省威县2022年社区工作者高级研修班")).toMatchObject({ personTimes: 63, mode: "ONLINE" });
    expect(t.find((x) => x.name === "社区教师培训")?.personTimes).toBe(47);
  });
});

describe("indicators", () => {
  it("keys are unique per year and values are decimal strings", () => {
    const seen = new Set<string>();
    for (const i of R.indicators) {
      const id = `${i.year ?? 2022}:${i.key}`;
      expect(seen.has(id), id).toBe(false);
      seen.add(id);
      expect(i.key).toMatch(/^[a-z]+(\.[a-z][A-Za-z0-9]*)+$/);
      expect(printed(i.value)).toMatch(/^\d+(\.\d+)?$/);
    }
  });

  it("employer satisfaction rose 3 points on 2021", () => {
    const es = R.indicators.filter((i) => i.key === "employment.employerSatisfaction");
    const v = (y: number) => units(printed(es.find((i) => (i.year ?? 2022) === y)?.value));
    expect(v(2022) - v(2021)).toBe(units("3"));
  });

  it("does not repeat figures derived from other records", () => {
    const derived = ["95.08", "3071", "4030", "718", "853", "168", "84.5", "5860", "14750", "16615.25"];
    for (const i of R.indicators) expect(derived).not.toContain(printed(i.value));
  });
});
