import { z } from "zod";
import { bi } from "../i18n/bilingual";
import { countChars } from "../text";
import { defineKind, f, plainNumber, text, whenValid, type RecordKind } from "./declare";
import { formatPrizes, titleText as t, type TPrize, withDetail } from "./declare";
import {
  CHART,
  DELIVERY_MODE,
  ENTRY_TYPE,
  FIGURE_KIND,
  FUNDING_CATEGORY,
  FUNDING_DIRECTION,
  MAJOR_CHANGE,
  PARTICIPANT_TYPE,
  PROJECT_STAGE,
  TRAINING_CATEGORY,
} from "./enums";

export type { Column, ColumnFormat, FieldSpec, ModelName, RecordKind } from "./declare";

/**
 * The record kinds department staff fill in: one declaration each, the single source of a kind's
 * fields (see lib/records/declare.ts for what is derived from it). Each kind has its table of
 * the same name; the workflow columns are the Record table's (docs/decisions/006).
 */
export const MAJOR_CODE = /^\d{6}K?$/;
export const CASE_BODY_MAX = 1000;

const topic = f.topic();
const required = { required: true } as const;

export const RECORD_KINDS: readonly RecordKind[] = [
  defineKind({
    slug: "honours",
    model: "honour",
    zh: "荣誉称号",
    en: "Honours",
    title: (v) => withDetail(t(v.title), t(v.recipient)),
    keyFigures: ["level", "category"],
    fields: {
      title: f.text("荣誉名称", "Title", { ...required, list: true }),
      category: f.text("类别", "Category", {
        ...required,
        max: 50,
        list: true,
        hint: "如 学校荣誉、党建工作、学生工作",
        hintEn: "e.g. college honours, Party work, student work",
      }),
      level: f.level(),
      awardedBy: f.text("授予单位", "Awarded by"),
      awardedOn: f.date("授予日期", "Date"),
      recipient: f.text("获得者", "Recipient", { list: true }),
      topic,
    },
    searchFields: ["title", "category", "recipient"],
  }),
  defineKind({
    slug: "competition-awards",
    model: "competitionAward",
    zh: "竞赛获奖",
    en: "Competition awards",
    title: (v) => withDetail(t(v.competition), Array.isArray(v.prizes) ? formatPrizes(v.prizes as TPrize[]) : ""),
    keyFigures: ["level", "prizes"],
    fields: {
      competition: f.text("竞赛名称", "Competition", { ...required, list: true }),
      level: f.level(required),
      prizes: f.prizes("获奖及人次", "Prizes", { list: true }),
      participantType: f.enum(PARTICIPANT_TYPE, "参赛对象", "Participants", { default: "STUDENT", list: true }),
      entryType: f.enum(ENTRY_TYPE, "参赛形式", "Entry", { default: "TEAM" }),
      awardedOn: f.date("获奖日期", "Date"),
      organizer: f.text("主办单位", "Organizer"),
      topic,
    },
    searchFields: ["competition", "organizer"],
  }),
  defineKind({
    slug: "hosted-competitions",
    model: "hostedCompetition",
    zh: "承办赛事",
    en: "Hosted competitions",
    title: (v) => t(v.name),
    keyFigures: ["level", "contestants"],
    fields: {
      name: f.text("赛事名称", "Name", { ...required, list: true }),
      level: f.level(required),
      heldOn: f.date("举办日期", "Date"),
      contestants: f.int("参赛选手数", "Contestants", { unit: "人", list: { zh: "选手数", en: "Contestants" } }),
      institutions: f.int("参赛院校/单位数", "Institutions", { unit: "个", list: { zh: "院校/单位数", en: "Institutions" } }),
      countries: f.int("参赛国家数", "Countries", { unit: "个" }),
      description: f.textarea("说明", "Description"),
      topic,
    },
    searchFields: ["name", "description"],
  }),
  defineKind({
    slug: "courses",
    model: "course",
    zh: "课程建设",
    en: "Courses",
    title: (v) => withDetail(t(v.name), t(v.category)),
    keyFigures: ["level", "category"],
    // A recognised course stays in the catalogue (and in the report) while it is taught.
    carried: true,
    fields: {
      name: f.text("课程名称", "Course", { ...required, list: true, carried: true }),
      category: f.text("类别", "Category", {
        ...required,
        max: 50,
        list: true,
        hint: "如 在线精品课程、金课、劳动教育优秀课程",
        hintEn: "e.g. quality online course, golden course, labour education course",
        carried: true,
      }),
      level: f.level({ ...required, carried: true }),
      awardedBy: f.text("认定单位", "Awarded by", { carried: true }),
      leader: f.text("负责人", "Leader", { max: 100, carried: true }),
      topic,
    },
    searchFields: ["name", "category", "leader"],
  }),
  defineKind({
    slug: "textbooks",
    model: "textbook",
    zh: "教材建设",
    en: "Textbooks",
    title: (v) => t(v.title),
    keyFigures: ["category", "quantity"],
    // A textbook still in use is reported again; the department drops the ones no longer used.
    carried: true,
    fields: {
      title: f.text("教材名称", "Title", { ...required, list: true, carried: true }),
      category: f.text("类别", "Category", {
        ...required,
        max: 50,
        list: true,
        hint: "如 国家规划教材、校本教材、活页教材",
        hintEn: "e.g. national planning textbook, in-house textbook, loose-leaf textbook",
        carried: true,
      }),
      level: f.level({ list: false, carried: true }),
      publisher: f.text("出版社", "Publisher", { list: true, carried: true }),
      publishedOn: f.date("出版日期", "Date", { carried: true }),
      quantity: f.int("册数", "Quantity", { unit: "本", required: true, min: 1, default: 1, list: true, carried: true }),
      topic,
    },
    searchFields: ["title", "category", "publisher"],
  }),
  defineKind({
    slug: "certificate-pilots",
    model: "certificatePilot",
    zh: "1+X证书试点",
    en: "1+X certificate pilots",
    title: (v) => withDetail(t(v.certificate), t(v.level)),
    keyFigures: ["examined", "passed"],
    // Not carried: a pilot is a year's cohort, and its required counts (planned … passed) cannot
    // be confirmed as they were; the department enters the new year's cohort itself.
    fields: {
      certificate: f.text("证书名称", "Certificate", { ...required, list: true }),
      level: f.text("等级", "Level", {
        ...required,
        max: 20,
        list: true,
        hint: "初级、中级、高级",
        hintEn: "elementary, intermediate or advanced",
      }),
      issuer: f.text("培训评价组织", "Issuer"),
      pilotMajors: f.list(
        "试点专业",
        "Pilot majors",
        { zh: "试点专业", en: "Pilot major" },
        { ...required, formZh: "试点专业（每行一个）", formEn: "Pilot majors (one per line)", list: true },
      ),
      planned: f.int("计划人数", "Planned", { unit: "人", ...required, list: { zh: "计划数", en: "Planned" } }),
      trained: f.int("培训人数", "Trained", { unit: "人", ...required, list: { zh: "培训数", en: "Trained" } }),
      examined: f.int("考证人数", "Examined", { unit: "人", ...required, list: { zh: "考证数", en: "Examined" } }),
      passed: f.int("通过人数", "Passed", { unit: "人", ...required, list: { zh: "通过数", en: "Passed" } }),
      topic,
    },
    searchFields: ["certificate", "issuer"],
    refine: (s) =>
      s.refine((v) => Number(v.passed) <= Number(v.examined), {
        path: ["passed"],
        message: bi("通过人数不能大于考证人数", "passed cannot exceed examined"),
        when: whenValid("passed", "examined"),
      }),
  }),
  defineKind({
    slug: "majors",
    model: "major",
    zh: "专业设置",
    en: "Majors",
    title: (v) => t(v.name),
    keyFigures: ["code", "change"],
    // A major runs until it is closed; next year's draft leaves this year's change empty for the
    // department to state (保留, 新增 …), with no note.
    carried: true,
    fields: {
      code: f.custom(
        "text",
        "专业代码",
        "Code",
        z
          .string()
          .trim()
          .regex(
            MAJOR_CODE,
            bi(
              "专业代码应为6位数字，可带后缀K，如 510215 或 570102K",
              "major code must be 6 digits with an optional K, e.g. 510215 or 570102K",
            ),
          ),
        {
          ...required,
          hint: "6位数字，可带后缀K，如 570102K",
          hintEn: "6 digits, optionally followed by K, e.g. 570102K",
          list: true,
          carried: true,
        },
      ),
      name: f.text("专业名称", "Name", { ...required, max: 100, list: { zh: "专业名称", en: "Major" }, carried: true }),
      group: f.text("专业群", "Group", { max: 100, list: true, carried: true }),
      industry: f.text("关联产业", "Industry", { max: 100, list: true, carried: true }),
      change: f.enum(MAJOR_CHANGE, "调整类型", "Change", { default: "UNCHANGED", yearly: true, list: { zh: "调整", en: "Change" } }),
      changeYear: f.int("调整年份", "Change year", { range: [1990, 2100] }),
      note: f.text("备注", "Note", { max: 200 }),
      topic,
    },
    columnOrder: ["group", "name", "code", "industry", "change"],
    searchFields: ["name", "code", "group", "industry"],
  }),
  defineKind({
    slug: "employment",
    model: "employmentStat",
    zh: "毕业生就业",
    en: "Employment",
    title: (v) => [t(v.cohort) && `${t(v.cohort)}届`, t(v.majorName)].filter(Boolean).join(" "),
    keyFigures: ["graduates", "placed"],
    fields: {
      cohort: f.int("届别", "Cohort", { ...required, range: [1990, 2100], hint: "如 2022", hintEn: "e.g. 2022", list: true }),
      majorName: f.text("专业名称", "Major", { ...required, max: 100, list: { zh: "专业", en: "Major" } }),
      majorCode: f.custom(
        "text",
        "专业代码",
        "Major code",
        z
          .string()
          .trim()
          .regex(MAJOR_CODE, bi("专业代码格式错误", "malformed major code"))
          .nullish()
          .or(z.literal("").transform(() => null)),
      ),
      graduates: f.int("毕业生数", "Graduates", { unit: "人", ...required, list: true }),
      placed: f.int("落实去向人数", "Placed", { unit: "人", ...required, list: { zh: "落实人数", en: "Placed" } }),
      monthlySalary: f.decimal("月均收入", "Monthly salary", {
        scale: 2,
        max: 1e7,
        unit: "元",
        list: { zh: "月均收入（元）", en: "Monthly salary" },
      }),
      satisfaction: f.percent("满意度", "Satisfaction"),
      relatedness: f.percent("专业相关度", "Relatedness", { list: true }),
      topic,
    },
    searchFields: ["majorName", "majorCode"],
    refine: (s) =>
      s.refine((v) => Number(v.placed) <= Number(v.graduates), {
        path: ["placed"],
        message: bi("落实去向人数不能大于毕业生数", "placed cannot exceed graduates"),
        when: whenValid("placed", "graduates"),
      }),
  }),
  defineKind({
    slug: "funding",
    model: "fundingItem",
    zh: "经费收支",
    en: "Funding",
    title: (v) => t(v.name),
    keyFigures: ["direction", "amount"],
    fields: {
      direction: f.enum(FUNDING_DIRECTION, "收支", "Direction", { ...required, list: true }),
      category: f.enum(FUNDING_CATEGORY, "类别", "Category", { ...required, list: true }),
      name: f.text("项目名称", "Item", { ...required, list: { zh: "项目", en: "Item" } }),
      source: f.text("来源", "Source", { max: 100 }),
      amount: f.decimal("金额", "Amount", { scale: 4, unit: "万元", ...required, list: { zh: "金额（万元）", en: "Amount (10k yuan)" } }),
      topic,
    },
    searchFields: ["name", "source"],
  }),
  defineKind({
    slug: "research-projects",
    model: "researchProject",
    zh: "科研课题",
    en: "Research projects",
    title: (v) => t(v.title),
    keyFigures: ["level", "stage"],
    fields: {
      title: f.text("课题名称", "Title", { ...required, list: true }),
      level: f.level(required),
      stage: f.enum(PROJECT_STAGE, "阶段", "Stage", { ...required, list: true }),
      leader: f.text("负责人", "Leader", { max: 100 }),
      funder: f.text("立项单位", "Funder"),
      // 服务贡献表's 技术服务到款额 (a ranked measure of the national report): left empty for a
      // project that is not a technical-service contract, so an empty field is "not one", not 0.
      serviceIncome: f.decimal("技术服务到款额", "Technical-service income", {
        scale: 4,
        max: 1e7,
        unit: "万元",
        hint: "横向技术服务（开发、咨询、转让、服务）合同本年到款；非技术服务项目不填",
      }),
      topic,
    },
    searchFields: ["title", "leader", "funder"],
  }),
  defineKind({
    slug: "teaching-achievements",
    model: "teachingAchievementAward",
    zh: "教学成果奖",
    en: "Teaching-achievement awards",
    title: (v) => withDetail(t(v.title), t(v.grade)),
    keyFigures: ["level", "grade"],
    fields: {
      title: f.text("成果名称", "Title", { ...required, list: true }),
      level: f.level(required),
      grade: f.text("等级", "Grade", {
        ...required,
        max: 20,
        list: true,
        hint: "特等奖、一等奖、二等奖",
        hintEn: "special, first or second prize",
      }),
      awardedBy: f.text("授予单位", "Awarded by"),
      awardedOn: f.date("授予日期", "Date"),
      topic,
    },
    searchFields: ["title"],
  }),
  defineKind({
    slug: "luban-workshops",
    model: "lubanWorkshop",
    zh: "鲁班工坊",
    en: "Luban Workshops",
    title: (v) => t(v.name),
    keyFigures: ["country", "enrolled"],
    // A workshop stands for years; its counts (enrolled, trained …) are the new year's to fill.
    carried: true,
    fields: {
      name: f.text("工坊名称", "Name", { ...required, list: { zh: "工坊", en: "Workshop" }, carried: true }),
      partner: f.text("合作院校", "Partner", { ...required, list: true, carried: true }),
      country: f.text("国家", "Country", { ...required, max: 50, list: true, carried: true }),
      city: f.text("城市", "City", { max: 50, carried: true }),
      majors: f.list(
        "专业",
        "Majors",
        { zh: "专业", en: "Major" },
        { formZh: "专业（每行一个）", formEn: "Majors (one per line)", carried: true },
      ),
      // The year's own counts: empty until the department enters them (never a default 0).
      enrolled: f.int("招生人数", "Enrolled", { unit: "人", yearly: true, list: { zh: "招生", en: "Enrolled" } }),
      trained: f.int("培训人数", "Trained", { unit: "人", yearly: true, list: { zh: "培训", en: "Trained" } }),
      teachers: f.int("师资人数", "Teachers", { unit: "人", yearly: true, list: { zh: "师资", en: "Teachers" } }),
      teachersTrained: f.int("培训师资人数", "Teachers trained", { unit: "人", yearly: true }),
      foundedOn: f.date("成立日期", "Founded", { carried: true }),
      description: f.textarea("说明", "Description"),
      topic,
    },
    searchFields: ["name", "partner", "country"],
  }),
  defineKind({
    slug: "luban-activities",
    model: "lubanActivity",
    zh: "鲁班工坊活动",
    en: "Luban Workshop activities",
    title: (v) => t(v.title),
    keyFigures: ["heldOn", "participants"],
    fields: {
      workshopId: f.custom("text", "所属工坊（编号）", "Workshop id", text("所属工坊", "Workshop", 40), required),
      title: f.text("活动名称", "Title", { ...required, list: { zh: "活动", en: "Activity" } }),
      heldOn: f.date("日期", "Date", { list: true }),
      participants: f.int("参与人数", "Participants", { unit: "人", list: true }),
      description: f.textarea("说明", "Description"),
      topic,
    },
    searchFields: ["title", "description"],
  }),
  defineKind({
    slug: "social-trainings",
    model: "socialTraining",
    zh: "社会培训",
    en: "Social training",
    title: (v) => t(v.name),
    keyFigures: ["hours", "personTimes"],
    fields: {
      name: f.text("培训项目", "Programme", { ...required, list: true }),
      category: f.enum(TRAINING_CATEGORY, "类型", "Category", { ...required, list: true }),
      mode: f.enum(DELIVERY_MODE, "方式", "Mode", { ...required, list: true }),
      hours: f.decimal("学时", "Hours", { scale: 1, max: 1e6, unit: "学时", ...required, list: true }),
      personTimes: f.int("培训人次", "Person-times", { unit: "人次", ...required, list: { zh: "人次", en: "Person-times" } }),
      // 非学历培训到账经费 (服务贡献表): a free programme is 0, written as 0; empty is not known.
      income: f.decimal("到账经费", "Income received", { scale: 4, max: 1e7, unit: "万元", hint: "本年到账的培训经费；免费项目填 0" }),
      audience: f.text("培训对象", "Audience", { max: 200 }),
      topic,
    },
    searchFields: ["name", "audience"],
  }),
  defineKind({
    slug: "cases",
    model: "case",
    zh: "案例",
    en: "Cases",
    title: (v) => t(v.title),
    keyFigures: ["topic"],
    fields: {
      title: f.text("案例标题", "Title", { ...required, max: 200, list: true }),
      subtitle: f.text("副标题", "Subtitle", { max: 200 }),
      topic: f.topic({ ...required, list: { zh: "栏目", en: "Topic" } }),
      // Counted as the form's counter and the rule pack's check count (countChars: Word's 字数, a
      // number or an English word is one, white space none), so a text the counter passes is saved.
      body: f.custom(
        "textarea",
        "案例正文",
        "Body",
        text("案例正文", "Body", CASE_BODY_MAX * 10).refine(
          (v) => countChars(v) <= CASE_BODY_MAX,
          bi(`案例正文不能超过${CASE_BODY_MAX}字`, `Body must be at most ${CASE_BODY_MAX} characters`),
        ),
        {
          ...required,
          formZh: `案例正文（不超过${CASE_BODY_MAX}字）`,
          formEn: `Body (at most ${CASE_BODY_MAX} characters)`,
        },
      ),
    },
    searchFields: ["title", "body"],
  }),
  defineKind({
    slug: "figures",
    model: "figure",
    zh: "图片与图表",
    en: "Figures",
    title: (v) => t(v.caption),
    keyFigures: ["kind", "topic"],
    fields: {
      caption: f.text("图题", "Caption", { ...required, max: 200, list: true }),
      kind: f.enum(FIGURE_KIND, "类型", "Kind", { default: "PHOTO", list: true }),
      topic: f.topic({ list: { zh: "栏目", en: "Topic" } }),
      caseId: f.custom("text", "所属案例（编号）", "Case id", z.string().trim().max(40).nullish()),
      fileId: f.custom("text", "文件", "File", z.string().trim().max(40).nullish(), { form: false }),
      chart: f.custom("enum", "图表", "Chart", z.enum(CHART.values, { error: CHART.error }).nullish(), { form: false }),
      altText: f.text("替代文字", "Alt text", { max: 300 }),
    },
    searchFields: ["caption"],
  }),
  defineKind({
    slug: "indicators",
    model: "indicator",
    zh: "单项指标",
    en: "Indicators",
    title: (v) => t(v.label),
    keyFigures: ["value", "unit"],
    fields: {
      key: f.custom(
        "text",
        "指标键",
        "Key",
        z
          .string()
          .trim()
          .regex(
            /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)*$/,
            bi(
              "指标键只能由字母、数字和点组成，如 satisfaction.students",
              "key must be dot-separated letters and digits, e.g. satisfaction.students",
            ),
          ),
        { ...required, hint: "如 satisfaction.students", hintEn: "e.g. satisfaction.students", list: { zh: "键", en: "Key" } },
      ),
      label: f.text("指标名称", "Label", { ...required, max: 200, list: { zh: "指标", en: "Indicator" } }),
      value: f.custom(
        "decimal",
        "数值",
        "Value",
        z
          .union([z.string(), z.number()])
          .transform((v) => String(plainNumber(String(v))))
          .refine(
            (v) => /^-?\d+(\.\d{1,4})?$/.test(v),
            bi("指标值必须是数字，最多4位小数", "value must be a number with at most 4 decimals"),
          ),
        { ...required, list: true, unitFrom: "unit" },
      ),
      unit: f.custom("text", "单位", "Unit", z.string().trim().max(20).default(""), { list: true }),
      topic,
    },
    columnOrder: ["label", "value", "unit", "key"],
    searchFields: ["label", "key"],
  }),
];

export function kindBySlug(slug: string): RecordKind | undefined {
  return RECORD_KINDS.find((k) => k.slug === slug);
}
