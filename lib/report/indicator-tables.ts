import type { SourceRef, TableBlock, TableRow } from "./document";
import { type MetricContext, resolveToken } from "./tokens";
import { changeText } from "./year-over-year";

/**
 * The standard indicator tables printed at the end of a quality report. Each row names a token:
 * a computed value ("employment.placementRate") or a single indicator ("indicator.KEY"). This
 * year's and last year's values are filled from records; a value with no data stays blank.
 *
 * 2022-style: the five tables required since 2017 (计分卡, 资源表, 服务贡献表, 落实政策表,
 * 国际影响表). 2024-style: the notice's six (adds 学生反馈表, 资源表 becomes 教学资源表).
 * An admin can add rows by giving an indicator the key a row names.
 */
export type IndicatorRow = { label: string; unit: string; token: string };
export type IndicatorTableConfig = { key: string; title: string; rows: IndicatorRow[] };

/** Stands in a row label for the college's region (学校设置): 「京津冀地区」, or 「本地区」 when none is set. */
const REGION = "{region}";
export const regionLabel = (region: string | null | undefined) => (region?.trim() ? `${region.trim()}地区` : "本地区");

const r = (label: string, unit: string, token: string): IndicatorRow => ({ label, unit, token });

const SCORECARD: IndicatorTableConfig = {
  key: "scorecard",
  title: "计分卡",
  rows: [
    r("毕业生人数", "人", "employment.graduates"),
    r("毕业去向落实率", "%", "employment.placementRate"),
    r("月收入", "元", "employment.averageSalary"),
    r("母校满意度", "%", "indicator.employment.almaMaterSatisfaction"),
    r("雇主满意度", "%", "indicator.employment.employerSatisfaction"),
    r("自主创业比例", "%", "indicator.employment.entrepreneurshipShare"),
    r("1+X证书考试通过率", "%", "certificates.passRate"),
  ],
};

const STUDENT_FEEDBACK: IndicatorTableConfig = {
  key: "student-feedback",
  title: "学生反馈表",
  rows: [
    r("在校生对学校整体满意度", "%", "indicator.campus.overallSatisfaction"),
    r("“三全育人”师生满意度", "%", "indicator.moral.threeWideSatisfaction"),
    r("学生线上学习满意度", "%", "indicator.policy.onlineLearningSatisfaction"),
    r("对学习指导、职业规划和就业指导的满意度", "%", "indicator.employment.guidanceSatisfaction"),
    r("注册学生社团", "个", "indicator.moral.clubs"),
  ],
};

const RESOURCES: IndicatorTableConfig = {
  key: "resources",
  title: "资源表",
  rows: [
    r("生师比", "", "indicator.resources.studentTeacherRatio"),
    r("“双师型”教师占专业教师比例", "%", "indicator.faculty.dualQualifiedShare"),
    r("生均教学科研仪器设备值", "元", "indicator.resources.equipmentPerStudent"),
    r("生均实践场所面积", "平方米", "indicator.resources.practiceAreaPerStudent"),
    r("聘任行业导师", "人", "indicator.faculty.industryMentors"),
    r("网络学习空间在建课程", "门", "indicator.digital.coursesInBuild"),
    r("在线课程资源", "门", "indicator.digital.onlineCourses"),
    r("智慧教室", "间", "indicator.digital.smartClassrooms"),
  ],
};

const SERVICE: IndicatorTableConfig = {
  key: "service",
  title: "服务贡献表",
  rows: [
    r("毕业生人数", "人", "employment.graduates"),
    r("落实去向人数", "人", "employment.placed"),
    r(`${REGION}就业比例`, "%", "indicator.employment.regionalShare"),
    r("中小微企业就业比例", "%", "indicator.employment.smeShare"),
    r("社会培训项目", "个", "training.programmes"),
    r("社会培训学时", "学时", "training.hours"),
    r("社会培训人次", "人次", "training.personTimes"),
    r("技术服务到款额", "万元", "indicator.service.techServiceIncome"),
    r("服务社区居民", "人次", "indicator.service.communityResidents"),
  ],
};

const POLICY: IndicatorTableConfig = {
  key: "policy",
  title: "落实政策表",
  rows: [
    r("办学经费总收入", "万元", "funding.incomeTotal"),
    r("财政拨款收入", "万元", "funding.appropriationTotal"),
    r("其中：专项经费拨款", "万元", "funding.special"),
    r("事业收入总额", "万元", "funding.selfRaisedTotal"),
    r("年生均财政拨款水平", "元", "indicator.funding.perStudentAppropriation"),
    r("承接提质培优行动计划重点任务", "个", "indicator.policy.qualityTasks"),
  ],
};

const INTERNATIONAL: IndicatorTableConfig = {
  key: "international",
  title: "国际影响表",
  rows: [
    r("鲁班工坊（含分中心）", "个", "luban.count"),
    r("鲁班工坊招生", "人", "luban.enrolled"),
    r("培训国（境）外学生", "人", "luban.trained"),
    r("合作院校师资", "人", "luban.teachers"),
    r("培训国（境）外师资", "人", "luban.teachersTrained"),
    r("国（境）外留学生", "人", "indicator.intl.overseasStudents"),
  ],
};

export const INDICATOR_TABLES: Record<"2022" | "2024", IndicatorTableConfig[]> = {
  "2022": [SCORECARD, RESOURCES, SERVICE, POLICY, INTERNATIONAL],
  "2024": [SCORECARD, STUDENT_FEEDBACK, { ...RESOURCES, key: "teaching-resources", title: "教学资源表" }, INTERNATIONAL, SERVICE, POLICY],
};

export function indicatorTablesFor(templateKey: string): IndicatorTableConfig[] {
  return INDICATOR_TABLES[templateKey === "2024" ? "2024" : "2022"];
}

/**
 * One table: this year's and last year's value per row and the change (a rate's in percentage
 * points); missing values stay blank (""), never 0. `previous` should hold approved data only
 * (lastYearContext). The columns stay even when last year is blank: the notice's layout is fixed.
 */
export function buildIndicatorTable(config: IndicatorTableConfig, current: MetricContext, previous: MetricContext): TableBlock {
  const rows: TableRow[] = config.rows.map((row, i) => {
    const now = resolveToken(current, row.token);
    const before = resolveToken(previous, row.token);
    const sources: SourceRef[] = [...(now?.sources ?? []), ...(before?.sources ?? [])];
    return {
      id: `${config.key}-${i + 1}`,
      cells: [
        String(i + 1),
        row.label.replace(REGION, regionLabel(current.data.region)),
        row.unit,
        now?.text ?? "",
        before?.text ?? "",
        changeText(now?.text ?? "", before?.text ?? "", { percent: row.unit === "%" }),
      ],
      sources,
      ...(sources.some((s) => s.unapproved) ? { unapproved: true as const } : {}),
    };
  });
  return {
    type: "table",
    key: `indicators:${config.key}`,
    number: 0,
    caption: config.title,
    columns: ["序号", "指标", "单位", `${current.year}年`, `${previous.year}年`, "增减"],
    rows,
    lastYear: { year: previous.year, column: 4 },
  };
}

export function buildIndicatorTables(templateKey: string, current: MetricContext, previous: MetricContext): TableBlock[] {
  return indicatorTablesFor(templateKey).map((c) => buildIndicatorTable(c, current, previous));
}
