/**
 * Structured records behind the 2022 annual quality report (../../../shared/seed/2022-annual-quality-report.txt).
 *
 * Facts and figures come from the report. Names (competitions, courses, honours, majors,
 * certificates) are copied as printed, minus the stray spaces the PDF extraction put between
 * digits and Chinese characters. Descriptions and notes are ours and kept short.
 * Where the report only gives totals, the per-row split is illustrative (see the comment on
 * each such export); records.test.ts checks that the totals still match the report.
 */
import type {
  DemoCertificatePilot,
  DemoCompetitionAward,
  DemoCourse,
  DemoEmploymentStat,
  DemoFundingItem,
  DemoHonour,
  DemoHostedCompetition,
  DemoIndicator,
  DemoLubanActivity,
  DemoLubanWorkshop,
  DemoMajor,
  DemoResearchProject,
  DemoSocialTraining,
  DemoTeachingAchievementAward,
  DemoTextbook,
} from "./types";

// ---------------------------------------------------------------------------------------------
// 荣誉称号. Categories are the report's bracket groups in 主要成果; items from those lists are
// highlighted. Honours found elsewhere in the report reuse the closest group.
// ---------------------------------------------------------------------------------------------
export const honours: DemoHonour[] = [
  // 【学校荣誉】
  {
    title: "天津市职业院校“三全育人”典型学校培育单位",
    category: "学校荣誉",
    level: "PROVINCIAL",
    recipient: "天津城市职业学院",
    topic: "student.moral",
    dept: "DWB",
    highlight: true,
  },
  {
    title: "非遗教育特色院校",
    category: "学校荣誉",
    level: "NATIONAL",
    awardedBy: "中华职业教育社",
    recipient: "天津城市职业学院",
    topic: "student.moral",
    dept: "JCB",
    highlight: true,
  },
  {
    title: "教育部首批教育数字校园试点校",
    category: "学校荣誉",
    level: "NATIONAL",
    awardedBy: "教育部职业教育与成人教育司",
    recipient: "天津城市职业学院",
    topic: "teaching.digital",
    dept: "XXH",
    highlight: true,
  },
  {
    title: "天津市高等学校智慧教育示范校",
    category: "学校荣誉",
    level: "PROVINCIAL",
    recipient: "天津城市职业学院",
    topic: "teaching.digital",
    dept: "XXH",
    highlight: true,
  },
  // 【党建工作】
  {
    title: "“市级党建工作样板支部”培育创建单位",
    category: "党建工作",
    level: "PROVINCIAL",
    recipient: "教社系支部",
    topic: "student.party",
    dept: "JYSH",
    highlight: true,
  },
  {
    title: "教育系统“创最佳党日”优秀活动",
    category: "党建工作",
    recipient: "第四党支部（党日活动“青春引航新科技 全心助赛创佳绩”）",
    topic: "student.party",
    dept: "DWB",
    highlight: true,
  },
  {
    title: "河北区教育系统师德先进个人",
    category: "党建工作",
    level: "DISTRICT",
    recipient: "孙学斌",
    topic: "teaching.faculty",
    dept: "DWB",
    highlight: true,
  },
  {
    title: "河北区教育系统师德先进个人",
    category: "党建工作",
    level: "DISTRICT",
    recipient: "边鑫",
    topic: "teaching.faculty",
    dept: "DWB",
    highlight: true,
  },
  {
    title: "河北区教育系统优秀思想政治工作者",
    category: "党建工作",
    level: "DISTRICT",
    recipient: "白婕",
    topic: "teaching.faculty",
    dept: "DWB",
    highlight: true,
  },
  {
    title: "河北区教育系统思想政治工作先进单位",
    category: "党建工作",
    level: "DISTRICT",
    recipient: "思政教学部",
    topic: "teaching.faculty",
    dept: "SZJX",
    highlight: true,
  },
  // 【科研和教学成果奖】 (课题 counts are indicators, 教学成果奖 are teachingAchievements)
  {
    title: "教育部“智慧助老”优质工作案例、教育培训项目及课程资源",
    category: "科研和教学成果奖",
    level: "NATIONAL",
    awardedBy: "教育部",
    recipient: "乐龄智能手机学习小组项目等4个项目",
    topic: "service.local",
    dept: "JXJY",
    highlight: true,
  },
  {
    title: "教育部社区教育“能者为师”实践创新项目",
    category: "科研和教学成果奖",
    level: "NATIONAL",
    awardedBy: "教育部",
    topic: "service.local",
    dept: "JXJY",
    highlight: true,
  },
  // 【学生工作】 (the prizes themselves are competitionAwards)
  {
    title: "2022年教育系统国家安全宣传教育活动“三微”作品评选活动“优秀组织单位”",
    category: "学生工作",
    recipient: "天津城市职业学院",
    topic: "student.moral",
    dept: "XGC",
    highlight: true,
  },
  // 【获奖案例】 (课程思政建设典型案例 are courses)
  {
    title: "教育部2021年产教融合校企合作典型案例",
    category: "获奖案例",
    level: "NATIONAL",
    awardedBy: "教育部",
    recipient: "《项目引领促成长、双向协同谋发展--社区管理与服务专业建设探索》",
    topic: "teaching.industry",
    dept: "JYSH",
    highlight: true,
  },
  {
    title: "天津市高校辅导员2021年度优秀工作案例",
    category: "获奖案例",
    level: "PROVINCIAL",
    topic: "student.moral",
    dept: "XGC",
    highlight: true,
  },
  // Honours quoted elsewhere in the report
  {
    title: "天津市“活力社团”",
    category: "学生工作",
    level: "PROVINCIAL",
    recipient: "城和法律服务协会",
    topic: "student.moral",
    dept: "TW",
  },
  {
    title: "天津市中小学生劳动教育实践基地",
    category: "学校荣誉",
    level: "PROVINCIAL",
    awardedBy: "天津市教育委员会",
    recipient: "天津城市职业学院",
    topic: "student.moral",
    dept: "JWC",
  },
  {
    title: "全国首批鲁班工坊",
    category: "学校荣誉",
    level: "NATIONAL",
    recipient: "肯尼亚鲁班工坊",
    topic: "intl.overseas",
    dept: "GJJL",
  },
  {
    title: "院级黄大年式教师团队",
    category: "党建工作",
    level: "SCHOOL",
    recipient: "7个教学团队",
    topic: "teaching.faculty",
    dept: "JWC",
  },
  {
    title: "2022年全民终身学习活动周“百姓学习之星”",
    category: "学校荣誉",
    level: "NATIONAL",
    topic: "service.local",
    dept: "JXJY",
  },
  {
    title: "2022年全民终身学习活动周“终身学习品牌”",
    category: "学校荣誉",
    level: "NATIONAL",
    topic: "service.local",
    dept: "JXJY",
  },
  {
    title: "国家级虚拟仿真实训基地（京津冀养老专业人才培养产教协作会成员单位联合申报）",
    category: "学校荣誉",
    level: "NATIONAL",
    topic: "service.regional",
    dept: "JYSH",
  },
  {
    title: "2022年《天津市高校毕业生就业观教育工作典型案例集》入选案例",
    category: "获奖案例",
    level: "PROVINCIAL",
    recipient: "教育与社会事业系辅导员李文思",
    topic: "student.employment",
    dept: "JYSH",
  },
  {
    title: "河北区疫情防控指挥部表彰（学生志愿者荣誉证书）",
    category: "学生工作",
    level: "DISTRICT",
    awardedBy: "河北区疫情防控指挥部",
    recipient: "机电与信息工程系信息流调学生志愿者",
    topic: "policy.governance",
    dept: "JDXX",
  },
  {
    title: "2022年度天津市大学生创新创业奖学金",
    category: "学生工作",
    level: "PROVINCIAL",
    recipient: "2名学生",
    topic: "student.innovation",
    dept: "ZSJY",
  },
  {
    title: "2022年第二批国家职业技能标准承担单位",
    category: "科研和教学成果奖",
    level: "NATIONAL",
    awardedBy: "人力资源和社会保障部",
    recipient: "会展服务师、宴会定制服务师",
    topic: "service.industry",
    dept: "JJGL",
  },
];

// ---------------------------------------------------------------------------------------------
// 竞赛获奖. The first TABLE1_ROWS records are 表1 学生各级各类技能竞赛获奖, in the table's order;
// the rest are results quoted in the text.
// ---------------------------------------------------------------------------------------------
export const TABLE1_ROWS = 29;

const t1 = "student.competitions" as const;

export const competitionAwards: DemoCompetitionAward[] = [
  // 表1
  {
    competition: "2021年京津冀大学生金融科技创新能力大赛",
    level: "PROVINCIAL",
    prizes: [{ prize: "一等奖", count: 3, unit: "人次" }],
    awardedOn: null,
    topic: t1,
    dept: "JJGL",
  },
  {
    competition: "2021（第十五届）全国高校商业精英挑战赛会展专业创新创业实践竞赛全国总决赛",
    level: "NATIONAL",
    prizes: [
      { prize: "二等奖", count: 5, unit: "人次" },
      { prize: "三等奖", count: 5, unit: "人次" },
    ],
    awardedOn: null,
    topic: t1,
    dept: "JJGL",
  },
  {
    competition: "2021ITMC全国跨境电商技能大赛全国总决赛",
    level: "NATIONAL",
    prizes: [{ prize: "三等奖", count: 3, unit: "人次" }],
    awardedOn: null,
    topic: t1,
    dept: "JJGL",
  },
  {
    competition: "2021年“百蝶杯”第七届全国大学生物流仿真设计大赛",
    level: "NATIONAL",
    prizes: [{ prize: "三等奖", count: 3, unit: "人次" }],
    awardedOn: null,
    topic: t1,
    dept: "JJGL",
  },
  {
    competition: "2021年黄炎培杯全国大学生财富管理（投资理财）知识技能大赛",
    level: "NATIONAL",
    prizes: [
      { prize: "二等奖", count: 3, unit: "人次" },
      { prize: "三等奖", count: 3, unit: "人次" },
    ],
    awardedOn: null,
    topic: t1,
    dept: "JJGL",
  },
  {
    competition: "2021年全国高校活动实验室（Eent Lab）联盟组织的实践教学比赛",
    level: "NATIONAL",
    prizes: [{ prize: "优秀奖", count: 7, unit: "人次" }],
    awardedOn: null,
    topic: t1,
    dept: "JJGL",
  },
  {
    competition: "2021年全国行业职业技能竞赛全国工业经济应用创新职业技能竞赛-供应链管理师赛项国赛",
    level: "NATIONAL",
    prizes: [{ prize: "二等奖", count: 3, unit: "人次" }],
    awardedOn: null,
    topic: t1,
    dept: "JJGL",
  },
  {
    competition: "2021年全国中职会计技能“百强邀请赛”",
    level: "NATIONAL",
    prizes: [{ prize: "三等奖", count: 3, unit: "人次" }],
    awardedOn: null,
    topic: t1,
    dept: "JJGL",
  },
  {
    competition: "2021年天津市“新时代·京津冀协同战略实践行”主题实践活动",
    level: "PROVINCIAL",
    prizes: [{ prize: "先进个人", count: 1, unit: "人次" }],
    entryType: "INDIVIDUAL",
    awardedOn: null,
    topic: t1,
    dept: "TW",
  },
  {
    competition: "2021年天津市高等院校区块链技术应用创新大赛",
    level: "PROVINCIAL",
    prizes: [{ prize: "一等奖", count: 4, unit: "人次" }],
    awardedOn: null,
    topic: t1,
    dept: "JDXX",
  },
  {
    competition: "2022年第九届全国证券投资模拟实训大赛",
    level: "NATIONAL",
    prizes: [{ prize: "团体三等奖", count: 9, unit: "人次" }],
    awardedOn: null,
    topic: t1,
    dept: "JJGL",
  },
  {
    competition: "2022年全国大学生网络达人直播带货大赛（京东校园大学生好物种草直播大赛第二季）",
    level: "PROVINCIAL",
    prizes: [{ prize: "天津赛区二等奖", count: 3, unit: "人次" }],
    awardedOn: null,
    topic: t1,
    dept: "JJGL",
  },
  {
    competition: "2022年全国高校商业精英挑战赛会展文案竞赛",
    level: "NATIONAL",
    prizes: [
      { prize: "一等奖", count: 3, unit: "人次" },
      { prize: "二等奖", count: 6, unit: "人次" },
      { prize: "三等奖", count: 1, unit: "人次" },
    ],
    awardedOn: null,
    topic: t1,
    dept: "JJGL",
  },
  {
    competition: "2022年天津市大学生会展创意策划大赛",
    level: "PROVINCIAL",
    prizes: [{ prize: "优秀奖", count: 3, unit: "人次" }],
    awardedOn: null,
    topic: t1,
    dept: "JJGL",
  },
  {
    competition: "21年暑期三下乡",
    level: "NATIONAL",
    prizes: [{ prize: "全国重点实践团队" }],
    awardedOn: null,
    topic: t1,
    dept: "TW",
  },
  {
    competition: "21年新时代乡村振兴实践行",
    level: "PROVINCIAL",
    prizes: [{ prize: "先进集体" }, { prize: "先进个人" }],
    awardedOn: null,
    topic: t1,
    dept: "TW",
  },
  {
    competition: "大学生思想政治理论课公开课比赛",
    level: "PROVINCIAL",
    prizes: [
      { prize: "一等奖", count: 1, unit: "项" },
      { prize: "二等奖", count: 2, unit: "项" },
    ],
    awardedOn: null,
    topic: t1,
    dept: "SZJX",
  },
  {
    competition: "第16届中国好创意暨全国数字艺术设计大赛",
    level: "NATIONAL",
    prizes: [{ prize: "三等奖", count: 9, unit: "人次" }],
    awardedOn: null,
    topic: t1,
    dept: "YSSJ",
  },
  {
    competition: "第二届海河工匠杯技能大赛-互联网营销师赛项",
    level: "PROVINCIAL",
    prizes: [{ prize: "三等奖", count: 6, unit: "人次" }],
    awardedOn: null,
    topic: t1,
    dept: "JJGL",
  },
  {
    competition: "第四届“智盛杯”全国大学生金融科技创新能力大赛总决赛（高职组）",
    level: "NATIONAL",
    prizes: [{ prize: "三等奖", count: 6, unit: "人次" }],
    awardedOn: null,
    topic: t1,
    dept: "JJGL",
  },
  {
    competition: "第五届全国职业院校跨境电商技能大赛",
    level: "NATIONAL",
    prizes: [{ prize: "三等奖", count: 2, unit: "队" }],
    awardedOn: null,
    topic: t1,
    dept: "JJGL",
  },
  {
    competition: "天津市大中小学生思政辩论赛（大学组）",
    level: "PROVINCIAL",
    prizes: [{ prize: "市级优胜奖" }, { prize: "优秀指导教师" }],
    awardedOn: null,
    topic: t1,
    dept: "SZJX",
  },
  {
    competition: "2021“外研社国才杯”全国英语写作大赛（高职组）",
    level: "PROVINCIAL",
    prizes: [{ prize: "天津赛区公共英语组二等奖" }],
    awardedOn: null,
    topic: t1,
    dept: "JCB",
  },
  {
    competition: "2021全国大学生数学建模竞赛",
    level: "PROVINCIAL",
    prizes: [{ prize: "天津赛区一等奖" }],
    awardedOn: null,
    topic: t1,
    dept: "JCB",
  },
  {
    competition: "天津市学校文艺展演",
    level: "PROVINCIAL",
    prizes: [{ prize: "曲艺（大学组）三等奖", count: 3, unit: "人次" }],
    awardedOn: null,
    topic: t1,
    dept: "TW",
  },
  {
    competition: "天津市高校反邪教宣传画大赛",
    level: "PROVINCIAL",
    prizes: [{ prize: "市级二等奖" }, { prize: "优秀指导教师" }],
    awardedOn: null,
    topic: t1,
    dept: "XGC",
  },
  {
    competition: "2021年天津市防范非法集资公益宣传作品有奖征集活动",
    level: "PROVINCIAL",
    prizes: [{ prize: "优秀奖" }],
    awardedOn: null,
    topic: t1,
    dept: "JJGL",
  },
  {
    competition: "“一颗红心向着党·我用画笔讲党史”暨天津市大中小幼思政课一体化党史主题绘画竞赛",
    level: "PROVINCIAL",
    prizes: [
      { prize: "二等奖", count: 1, unit: "人次" },
      { prize: "三等奖", count: 2, unit: "人次" },
    ],
    awardedOn: null,
    topic: t1,
    dept: "SZJX",
  },
  {
    competition: "第十六届“挑战杯”天津市大学生课外学术科技作品竞赛",
    level: "PROVINCIAL",
    prizes: [{ prize: "二等奖", count: 3, unit: "人次" }],
    awardedOn: null,
    topic: t1,
    dept: "TW",
  },

  // Results quoted in 主要成果 and the text, not in 表1: filed under "highlights", so that 表1 is
  // exactly the student awards filed under student.competitions.
  {
    competition: "首届世界职业院校技能大赛云计算赛项",
    level: "INTERNATIONAL",
    prizes: [{ prize: "铜奖" }],
    awardedOn: null,
    topic: "highlights",
    dept: "JDXX",
    highlight: true,
  },
  {
    competition: "2022年全国职业院校技能大赛市场营销技能赛项",
    level: "NATIONAL",
    prizes: [{ prize: "二等奖", count: 1, unit: "项" }],
    awardedOn: null,
    topic: "highlights",
    dept: "JJGL",
    highlight: true,
  },
  {
    competition: "2022年全国职业院校技能大赛智慧物流作业方案设计与实施赛项",
    level: "NATIONAL",
    prizes: [{ prize: "三等奖", count: 1, unit: "项" }],
    awardedOn: null,
    topic: "highlights",
    dept: "JJGL",
    highlight: true,
  },
  {
    competition: "2022一带一路暨金砖国家技能发展与技术创新大赛数智财经赛项",
    level: "PROVINCIAL",
    prizes: [{ prize: "市级选拔赛一等奖", count: 1, unit: "项" }],
    awardedOn: null,
    topic: "intl.beltroad",
    dept: "JJGL",
    highlight: true,
  },
  {
    competition: "2022一带一路暨金砖国家技能发展与技术创新大赛金融科技创新应用能力赛项",
    level: "INTERNATIONAL",
    prizes: [{ prize: "决赛三等奖", count: 1, unit: "项" }],
    awardedOn: null,
    topic: "intl.beltroad",
    dept: "JJGL",
    highlight: true,
  },
  {
    competition: "2022一带一路暨金砖国家技能发展与技术创新大赛工业互联网app创新应用赛项",
    level: "INTERNATIONAL",
    prizes: [{ prize: "决赛三等奖", count: 1, unit: "项" }],
    awardedOn: null,
    topic: "intl.beltroad",
    dept: "JDXX",
    highlight: true,
  },
  {
    competition: "2022一带一路暨金砖国家技能发展与技术创新大赛数智财经赛项（国内赛决赛）",
    level: "NATIONAL",
    prizes: [{ prize: "优秀奖" }],
    awardedOn: null,
    topic: "intl.beltroad",
    dept: "JJGL",
  },
  {
    competition: "2022年天津市职业院校技能大赛教学能力比赛",
    level: "PROVINCIAL",
    prizes: [{ prize: "二等奖", count: 1, unit: "项" }],
    participantType: "TEACHER",
    awardedOn: null,
    topic: "teaching.faculty",
    dept: "JWC",
    highlight: true,
  },
  {
    competition: "第三届“海河工匠”杯技能大赛数字化管理师赛项",
    level: "PROVINCIAL",
    prizes: [{ prize: "职工组一等奖", count: 2, unit: "项" }],
    participantType: "TEACHER",
    awardedOn: null,
    topic: "teaching.faculty",
    dept: "JDXX",
    highlight: true,
  },
  {
    competition: "天津海河教育园区思政联盟第八届“思政课情景剧”大赛暨全国职业院校思政课交流展示活动",
    level: "PROVINCIAL",
    prizes: [{ prize: "最佳情景剧金奖" }],
    awardedOn: null,
    organizer: "天津海河教育园区思政联盟",
    topic: "student.moral",
    dept: "SZJX",
    highlight: true,
  },
  {
    competition: "第七届中国国际“互联网+”大学生创新创业大赛天津赛区比赛（高教主赛道大陆地区项目）",
    level: "PROVINCIAL",
    prizes: [
      { prize: "银奖", count: 1, unit: "项" },
      { prize: "铜奖", count: 11, unit: "项" },
    ],
    awardedOn: null,
    topic: "student.innovation",
    dept: "ZSJY",
    highlight: true,
  },
  {
    competition: "第六届天津市黄炎培职业教育创新创业大赛",
    level: "PROVINCIAL",
    prizes: [{ prize: "高职组二等奖", count: 2, unit: "项" }],
    awardedOn: null,
    topic: "student.innovation",
    dept: "ZSJY",
  },
  {
    competition: "2022年教育系统国家安全宣传教育活动“三微”作品评选活动",
    level: "PROVINCIAL",
    prizes: [
      { prize: "微视频二等奖", count: 2, unit: "项" },
      { prize: "微视频三等奖", count: 9, unit: "项" },
      { prize: "微动漫二等奖", count: 1, unit: "项" },
    ],
    awardedOn: null,
    topic: "student.moral",
    dept: "XGC",
    highlight: true,
  },
  {
    competition: "天津市2022年高校禁毒主题系列活动",
    level: "PROVINCIAL",
    prizes: [
      { prize: "三等奖", count: 3, unit: "项" },
      { prize: "禁毒安全知识竞答获奖", count: 1, unit: "人次" },
    ],
    awardedOn: null,
    topic: "student.moral",
    dept: "XGC",
    highlight: true,
  },
  {
    competition: "天津市2022年大中小学爱国主义教育优秀案例征集评选活动",
    level: "PROVINCIAL",
    prizes: [
      { prize: "三等奖", count: 2, unit: "项" },
      { prize: "优秀奖", count: 3, unit: "项" },
    ],
    awardedOn: null,
    topic: "student.moral",
    dept: "SZJX",
    highlight: true,
  },
  {
    competition: "2022天津市校园手语国歌大赛",
    level: "PROVINCIAL",
    prizes: [{ prize: "三等奖" }],
    awardedOn: null,
    topic: "student.campus",
    dept: "XGC",
  },
  {
    competition: "第三届“黄炎培杯”中华职业教育社非遗创新大赛",
    level: "NATIONAL",
    prizes: [{ prize: "二等奖" }, { prize: "三等奖" }, { prize: "优秀奖" }],
    awardedOn: null,
    organizer: "中华职业教育社",
    topic: "student.moral",
    dept: "JCB",
  },
  {
    competition: "2022天津市学校美育实践课堂（大学组）",
    level: "PROVINCIAL",
    prizes: [{ prize: "三等奖", count: 2, unit: "队" }],
    awardedOn: null,
    topic: "student.moral",
    dept: "JCB",
  },
  {
    competition: "2022年天津市高职学生职业技能大赛会计技能赛项",
    level: "PROVINCIAL",
    prizes: [{ prize: "二等奖" }],
    awardedOn: null,
    topic: "teaching.courses",
    dept: "JJGL",
  },
  {
    competition: "财务会计与大数据财务分析精英挑战赛",
    level: "INDUSTRY",
    prizes: [{ prize: "三等奖" }],
    awardedOn: null,
    organizer: "中国商业会计协会",
    topic: "teaching.courses",
    dept: "JJGL",
  },
  {
    competition: "华为ICT全球大赛总决赛",
    level: "INTERNATIONAL",
    prizes: [{ prize: "三等奖" }],
    awardedOn: null,
    organizer: "华为",
    topic: "intl.overseas",
    dept: "GJJL",
  },
];

// ---------------------------------------------------------------------------------------------
// 承办赛事
// ---------------------------------------------------------------------------------------------
export const hostedCompetitions: DemoHostedCompetition[] = [
  {
    name: "首届世界职业院校技能大赛云计算赛项",
    level: "INTERNATIONAL",
    heldOn: null,
    contestants: 44,
    institutions: 11,
    countries: 10,
    description: "2022年8月首届世界职业技术教育发展大会期间承办；中外学生混编组队（每队2名中国学生、2名外国学生），线上比赛加线下展示。",
    topic: "student.competitions",
    dept: "JDXX",
    highlight: true,
  },
  {
    name: "第二届‘海河工匠杯’技能大赛全国养老护理职业技能大赛天津赛区选拔赛",
    level: "PROVINCIAL",
    heldOn: null,
    contestants: 68,
    institutions: 61,
    description:
      "入围选手来自全市16个区的养老机构；决出一等奖6名、二等奖10名、三等奖14名。学院选拔指导的4名天津代表队选手在国赛获二等奖2项。",
    topic: "student.competitions",
    dept: "JYSH",
  },
  {
    name: "2022“中国教育电视·外研社杯”职场英语挑战赛演讲大赛天津赛区比赛",
    level: "PROVINCIAL",
    heldOn: null,
    description: "考查学生用英语进行涉外沟通和讲述中国故事的综合能力。",
    topic: "student.competitions",
    dept: "JCB",
  },
  {
    name: "2021年天津市职业院校技能大赛会计技能赛项",
    level: "PROVINCIAL",
    heldOn: null,
    topic: "student.competitions",
    dept: "JJGL",
  },
  {
    name: "2021年天津市职业院校技能大赛财务管理技能赛项",
    level: "PROVINCIAL",
    heldOn: null,
    topic: "student.competitions",
    dept: "JJGL",
  },
  {
    name: "2021年天津市职业院校技能大赛电子产品芯片级检测维修与数据恢复赛项",
    level: "PROVINCIAL",
    heldOn: null,
    topic: "student.competitions",
    dept: "JDXX",
  },
  {
    name: "2021年天津市职业院校技能大赛养老技能赛项",
    level: "PROVINCIAL",
    heldOn: null,
    topic: "student.competitions",
    dept: "JYSH",
  },
];

// ---------------------------------------------------------------------------------------------
// 课程. Where the report gives only a count (市级课程思政示范课 2门, 课程思政典型案例 4个 of which
// one is named), the count lives in an indicator.
// ---------------------------------------------------------------------------------------------
export const courses: DemoCourse[] = [
  {
    name: "《适老活动策划与组织》",
    category: "职业教育市级在线精品课程",
    level: "PROVINCIAL",
    topic: "teaching.courses",
    dept: "JYSH",
    highlight: true,
  },
  {
    name: "《老年日常生活照料》",
    category: "职业教育市级在线精品课程",
    level: "PROVINCIAL",
    topic: "teaching.courses",
    dept: "JYSH",
    highlight: true,
  },
  {
    name: "《传感器技术及应用》",
    category: "高等院校劳动教育优秀课程",
    level: "PROVINCIAL",
    topic: "student.moral",
    dept: "JDXX",
    highlight: true,
  },
  {
    name: "《创业之旅-大学生创新创业模拟实训》",
    category: "天津市高校创业金课",
    level: "PROVINCIAL",
    topic: "student.innovation",
    dept: "ZSJY",
    highlight: true,
  },
  {
    name: "市级课程思政示范课（课程名称待补充）",
    category: "市级课程思政示范课",
    level: "PROVINCIAL",
    topic: "teaching.faculty",
    dept: "JYSH",
  },
  {
    name: "“快递小哥的智慧”——大数据背景下的路线优化",
    category: "天津市职业教育课程思政建设典型案例",
    level: "PROVINCIAL",
    topic: "teaching.courses",
    dept: "JJGL",
    highlight: true,
  },
];

// ---------------------------------------------------------------------------------------------
// 教材
// ---------------------------------------------------------------------------------------------
export const textbooks: DemoTextbook[] = [
  {
    title: "《适老活动策划与组织》",
    category: "“十四五”职业教育国家规划教材",
    level: "NATIONAL",
    topic: "teaching.textbooks",
    dept: "JYSH",
    highlight: true,
  },
  {
    title: "《路由器交换技术》",
    category: "鲁班工坊教材",
    topic: "teaching.textbooks",
    dept: "JDXX",
  },
  {
    title: "大数据技术专业校本实训教材",
    category: "校本实训教材",
    level: "SCHOOL",
    quantity: 17,
    topic: "teaching.textbooks",
    dept: "JDXX",
  },
  {
    title: "《现代物流管理基础》（第二版）",
    category: "校企合作修订教材",
    topic: "teaching.textbooks",
    dept: "JJGL",
  },
  {
    title: "《家园共育》",
    category: "校企合作开发教材",
    topic: "teaching.textbooks",
    dept: "JYSH",
  },
  {
    title: "《陶艺》",
    category: "校本教材",
    level: "SCHOOL",
    topic: "teaching.textbooks",
    dept: "JCB",
  },
  {
    title: "《新时代进阶英语乐训教程（拓展模块）》",
    category: "新型活页式教材",
    topic: "teaching.textbooks",
    dept: "JCB",
  },
  {
    title: "《家庭理财规划实务（初级）》",
    category: "1+X职业技能等级证书配套教材",
    publisher: "西安电子科技大学出版社",
    publishedOn: null,
    topic: "teaching.textbooks",
    dept: "JJGL",
  },
  {
    title: "《家庭理财规划（中级）》",
    category: "1+X职业技能等级证书配套教材",
    publisher: "西安电子科技大学出版社",
    publishedOn: null,
    topic: "teaching.textbooks",
    dept: "JJGL",
  },
  {
    title: "“一老一小”教师教学创新团队新形态教材",
    category: "新形态教材",
    quantity: 2,
    topic: "teaching.faculty",
    dept: "JYSH",
  },
  {
    title: "华为ICT课程双语校本教材（梅鲁科技大学）",
    category: "双语校本教材",
    level: "SCHOOL",
    quantity: 4,
    topic: "intl.overseas",
    dept: "GJJL",
  },
];

// ---------------------------------------------------------------------------------------------
// 1+X 证书试点. The per-certificate split (and which majors sit under which certificate) is
// illustrative: only the totals come from the report — 17 certificates, 20 pilot majors,
// planned 718, trained 853, examined 168, pass rate 84.5%.
// ---------------------------------------------------------------------------------------------
const cert = (
  certificate: string,
  level: string,
  pilotMajors: string[],
  [planned, trained, examined, passed]: [number, number, number, number],
  dept: string,
  issuer: string | null = null,
): DemoCertificatePilot => ({
  certificate,
  level,
  issuer,
  pilotMajors,
  planned,
  trained,
  examined,
  passed,
  topic: "teaching.courses",
  dept,
});

export const certificatePilots: DemoCertificatePilot[] = [
  cert("智能财税", "初级", ["大数据与会计"], [60, 72, 18, 16], "JJGL"),
  cert("财务共享服务", "初级", ["大数据与会计"], [50, 60, 14, 12], "JJGL"),
  cert("业财一体信息化应用", "中级", ["大数据与会计"], [30, 36, 8, 6], "JJGL"),
  cert("直播电商", "初级", ["电子商务", "市场营销", "会展策划与管理"], [56, 68, 12, 10], "JJGL"),
  cert("网店运营推广", "初级", ["电子商务", "连锁经营与管理", "市场营销"], [48, 58, 10, 9], "JJGL"),
  cert("跨境电商B2C数据分析", "初级", ["电子商务"], [30, 36, 6, 5], "JJGL"),
  cert("金融产品数字化营销", "初级", ["金融服务与管理", "金融科技应用"], [40, 48, 10, 8], "JJGL"),
  cert("家庭理财规划", "初级", ["金融服务与管理"], [36, 42, 8, 7], "JJGL", "平安国际智慧城市科技股份有限公司"),
  cert("社区治理", "初级", ["社区管理与服务"], [40, 50, 10, 8], "JYSH"),
  cert("失智老年人照护", "初级", ["智慧健康养老服务与管理", "老年保健与管理"], [45, 55, 12, 10], "JYSH"),
  cert("老年照护", "初级", ["智慧健康养老服务与管理", "社区管理与服务"], [60, 72, 14, 12], "JYSH"),
  cert("幼儿照护", "初级", ["婴幼儿托育服务与管理", "学前教育"], [70, 82, 16, 14], "JYSH"),
  cert("大数据应用开发（Java）", "初级", ["大数据技术"], [35, 40, 6, 5], "JDXX"),
  cert("云计算平台运维与开发", "初级", ["云计算技术应用", "信息安全技术应用"], [35, 42, 6, 5], "JDXX"),
  cert("物流管理", "初级", ["现代物流管理"], [40, 48, 8, 7], "JJGL"),
  cert("数字媒体交互设计", "初级", ["动漫制作技术", "数字媒体艺术设计"], [23, 24, 4, 3], "YSSJ"),
  cert("传感网应用开发", "初级", ["分布式发电与智能微电网技术", "消防工程技术"], [20, 20, 6, 5], "JDXX"),
];

// ---------------------------------------------------------------------------------------------
// 表2 2022年学院专业（群）调整设置情况表, in the table's order.
// ---------------------------------------------------------------------------------------------
const ART = "艺术设计类专业群";
const KIDS = "幼儿教育类专业群";
const ELDER = "养老服务类专业群";

export const majors: DemoMajor[] = [
  {
    group: ART,
    name: "动漫制作技术",
    code: "510215",
    industry: "区域文化艺术产业",
    change: "UNCHANGED",
    changeYear: null,
    topic: "teaching.majors",
    dept: "YSSJ",
  },
  {
    group: ART,
    name: "动漫设计",
    code: "550116",
    industry: "区域文化艺术产业",
    change: "NEW",
    changeYear: 2022,
    topic: "teaching.majors",
    dept: "YSSJ",
  },
  {
    group: ART,
    name: "影视动画",
    code: "560206",
    industry: "区域文化艺术产业",
    change: "PLANNED",
    changeYear: null,
    topic: "teaching.majors",
    dept: "YSSJ",
  },
  {
    group: ART,
    name: "数字媒体艺术设计",
    code: "550103",
    industry: "区域文化艺术产业",
    change: "UNCHANGED",
    changeYear: null,
    topic: "teaching.majors",
    dept: "YSSJ",
  },
  {
    group: KIDS,
    name: "婴幼儿托育服务与管理",
    code: "520802",
    industry: "现代服务业",
    change: "UNCHANGED",
    changeYear: null,
    topic: "teaching.majors",
    dept: "JYSH",
  },
  {
    group: KIDS,
    name: "婴幼儿托育服务与管理（三二分段）",
    code: "520802",
    industry: "现代服务业",
    change: "UNCHANGED",
    changeYear: null,
    topic: "teaching.majors",
    dept: "JYSH",
  },
  {
    group: KIDS,
    name: "婴幼儿托育服务与管理（五年一贯制）",
    code: "520802",
    industry: "现代服务业",
    change: "UNCHANGED",
    changeYear: null,
    topic: "teaching.majors",
    dept: "JYSH",
  },
  {
    group: KIDS,
    name: "学前教育",
    code: "570102K",
    industry: "教育业",
    change: "UNCHANGED",
    changeYear: null,
    topic: "teaching.majors",
    dept: "JYSH",
  },
  {
    group: KIDS,
    name: "学前教育",
    code: "370101",
    industry: "教育业",
    change: "UNCHANGED",
    changeYear: null,
    note: "联合本科培养",
    topic: "teaching.majors",
    dept: "JYSH",
  },
  {
    group: KIDS,
    name: "早期教育",
    code: "570101K",
    industry: "教育业",
    change: "PLANNED",
    changeYear: 2023,
    topic: "teaching.majors",
    dept: "JYSH",
  },
  {
    group: KIDS,
    name: "早期教育（五年一贯制）",
    code: "570101K",
    industry: "教育业",
    change: "NEW",
    changeYear: 2022,
    topic: "teaching.majors",
    dept: "JYSH",
  },
  {
    group: ELDER,
    name: "智慧健康养老服务与管理",
    code: "590302",
    industry: "养老服务产业",
    change: "UNCHANGED",
    changeYear: null,
    topic: "teaching.majors",
    dept: "JYSH",
  },
  {
    group: ELDER,
    name: "老年保健与管理（老年康复）",
    code: "520803",
    industry: "养老服务产业",
    change: "PLANNED",
    changeYear: 2023,
    topic: "teaching.majors",
    dept: "JYSH",
  },
  {
    group: ELDER,
    name: "智慧健康养老服务与管理（五年一贯制）",
    code: "590302",
    industry: "养老服务产业",
    change: "UNCHANGED",
    changeYear: null,
    topic: "teaching.majors",
    dept: "JYSH",
  },
  {
    group: ELDER,
    name: "社区管理与服务（老年教育指导与服务）",
    code: "590104",
    industry: "养老服务产业",
    change: "UNCHANGED",
    changeYear: null,
    topic: "teaching.majors",
    dept: "JYSH",
  },
  {
    group: ELDER,
    name: "现代家政服务与管理",
    code: "590301",
    industry: "现代服务业",
    change: "UNCHANGED",
    changeYear: null,
    topic: "teaching.majors",
    dept: "JYSH",
  },
];

// ---------------------------------------------------------------------------------------------
// 毕业生就业. The per-major split is illustrative; the totals come from the report:
// 2022届 3071 graduates, 95.08% placed (2920), mean monthly income 4030 元 (placed-weighted),
// 2021届 5.62 points lower (89.46%). Majors carry the names the graduating cohorts enrolled
// under. The five majors the report lists at 100% are at 100%; 消防工程技术 earns above 6000 元.
// ---------------------------------------------------------------------------------------------
type EmpRow = [majorName: string, graduates: number, placed: number, salary: string | null, dept: string, relatedness?: string];

const employment = (cohort: number, rows: EmpRow[]): DemoEmploymentStat[] =>
  rows.map(([majorName, graduates, placed, salary, dept, relatedness]) => ({
    year: cohort,
    cohort,
    majorName,
    graduates,
    placed,
    monthlySalary: salary,
    relatedness: relatedness ?? null,
    topic: "student.employment",
    dept,
  }));

export const employmentStats: DemoEmploymentStat[] = [
  ...employment(2022, [
    ["学前教育", 620, 590, "3870", "JYSH", "74"],
    ["幼儿发展与健康管理", 280, 270, "3800", "JYSH", "72"],
    ["早期教育", 150, 137, "3750", "JYSH"],
    ["老年服务与管理", 120, 120, "4050", "JYSH", "70"],
    ["社区管理与服务", 90, 85, "3850", "JYSH"],
    ["社会工作", 60, 56, "3800", "JYSH"],
    ["家政服务与管理", 40, 38, "3900", "JYSH"],
    ["会计", 380, 355, "3915", "JJGL"],
    ["金融管理", 110, 110, "4150", "JJGL"],
    ["互联网金融", 70, 66, "4100", "JJGL"],
    ["电子商务", 200, 186, "4200", "JJGL"],
    ["物流管理", 130, 123, "4000", "JJGL"],
    ["市场营销", 90, 85, "4050", "JJGL"],
    ["会展策划与管理", 70, 66, "3850", "JJGL"],
    ["连锁经营管理", 50, 50, "3900", "JJGL"],
    ["大数据技术与应用", 140, 132, "4450", "JDXX"],
    ["云计算技术与应用", 100, 94, "4400", "JDXX"],
    ["信息安全与管理", 60, 60, "4350", "JDXX"],
    ["消防工程技术", 80, 76, "6120", "JDXX"],
    ["分布式发电与微电网技术", 40, 40, "4500", "JDXX"],
    ["动漫制作技术", 110, 104, "3800", "YSSJ"],
    ["数字媒体艺术设计", 81, 77, "3700", "YSSJ"],
  ]),
  ...employment(2021, [
    ["学前教育", 600, 540, null, "JYSH"],
    ["幼儿发展与健康管理", 250, 226, null, "JYSH"],
    ["早期教育", 130, 114, null, "JYSH"],
    ["老年服务与管理", 110, 101, null, "JYSH"],
    ["社区管理与服务", 85, 75, null, "JYSH"],
    ["社会工作", 55, 48, null, "JYSH"],
    ["家政服务与管理", 40, 35, null, "JYSH"],
    ["会计", 360, 318, null, "JJGL"],
    ["金融管理", 100, 90, null, "JJGL"],
    ["互联网金融", 65, 57, null, "JJGL"],
    ["电子商务", 190, 171, null, "JJGL"],
    ["物流管理", 120, 108, null, "JJGL"],
    ["市场营销", 85, 75, null, "JJGL"],
    ["会展策划与管理", 65, 57, null, "JJGL"],
    ["连锁经营管理", 45, 40, null, "JJGL"],
    ["大数据技术与应用", 130, 118, null, "JDXX"],
    ["云计算技术与应用", 95, 85, null, "JDXX"],
    ["信息安全与管理", 55, 49, null, "JDXX"],
    ["消防工程技术", 70, 64, null, "JDXX"],
    ["分布式发电与微电网技术", 35, 31, null, "JDXX"],
    ["动漫制作技术", 110, 97, null, "YSSJ"],
    ["数字媒体艺术设计", 108, 98, null, "YSSJ"],
  ]),
];

// ---------------------------------------------------------------------------------------------
// 经费收入 (万元), as itemised in （五）经费投入. No total rows: totals are derived.
// ---------------------------------------------------------------------------------------------
const income = (category: DemoFundingItem["category"], name: string, amount: string): DemoFundingItem => ({
  direction: "INCOME",
  category,
  name,
  amount,
  topic: "policy.funding",
  dept: "CWC",
});

export const fundingItems: DemoFundingItem[] = [
  income("BASIC_APPROPRIATION", "市、区基本财政拨款", "3885.83"),
  income("SPECIAL_APPROPRIATION", "中、高职学生资助补助经费", "1208.37"),
  income("SPECIAL_APPROPRIATION", "区属老年大学专项经费", "3"),
  income("SPECIAL_APPROPRIATION", "社区教育示范区专项经费", "130"),
  income("SPECIAL_APPROPRIATION", "职业院校“鲁班工坊”建设项目经费", "150"),
  income("SPECIAL_APPROPRIATION", "幼儿园教师和保育员能力提升项目资金", "20.29"),
  income("SPECIAL_APPROPRIATION", "现代职业教育质量提升计划资金-职业院校教师素质提高计划", "3.465"),
  income("SPECIAL_APPROPRIATION", "现代职业教育质量提升计划资金-市级双高计划建设项目", "963"),
  income("SPECIAL_APPROPRIATION", "市政府专项债券项目", "5600"),
  income("OPERATING", "中、高职学费收入", "4329.93"),
  income("OPERATING", "住宿费收入", "176.39"),
  income("OPERATING", "继续教育收入", "15.75"),
  income("OTHER_OPERATING", "其他事业收入", "129.22"),
];

// ---------------------------------------------------------------------------------------------
// 科研课题. The report counts 市级以上课题 (立项 13, 结题 10: see indicators) without naming them;
// only the projects it does name are listed here.
// ---------------------------------------------------------------------------------------------
export const researchProjects: DemoResearchProject[] = [
  {
    title: "婴幼儿托育服务与管理专业国际化专业教学标准",
    level: "PROVINCIAL",
    stage: "CONCLUDED",
    topic: "intl.standards",
    dept: "JYSH",
  },
  {
    title: "会展策划与管理专业国际化专业教学标准",
    level: "PROVINCIAL",
    stage: "CONCLUDED",
    topic: "intl.standards",
    dept: "JJGL",
  },
  {
    title: "云计算技术应用专业国际化专业教学标准",
    level: "PROVINCIAL",
    stage: "CONCLUDED",
    topic: "intl.standards",
    dept: "JDXX",
  },
  {
    title: "会展服务师国家职业技能标准开发",
    level: "NATIONAL",
    stage: "APPROVED",
    funder: "人力资源和社会保障部",
    topic: "service.industry",
    dept: "JJGL",
  },
  {
    title: "宴会定制服务师国家职业技能标准开发",
    level: "NATIONAL",
    stage: "APPROVED",
    funder: "人力资源和社会保障部",
    topic: "service.industry",
    dept: "JJGL",
  },
];

// ---------------------------------------------------------------------------------------------
// 教学成果奖: 天津市2022年职业教育教学成果奖 特等奖1、一等奖1、二等奖3. Only one is named (案例20).
// ---------------------------------------------------------------------------------------------
const UNNAMED_ACHIEVEMENT = "天津市2022年职业教育教学成果奖（项目名称待补充）";

export const teachingAchievements: DemoTeachingAchievementAward[] = [
  {
    title: UNNAMED_ACHIEVEMENT,
    level: "PROVINCIAL",
    grade: "特等奖",
    awardedOn: null,
    topic: "teaching.methods",
    dept: "JWC",
    highlight: true,
  },
  {
    title: UNNAMED_ACHIEVEMENT,
    level: "PROVINCIAL",
    grade: "一等奖",
    awardedOn: null,
    topic: "teaching.methods",
    dept: "JWC",
    highlight: true,
  },
  {
    title: "“五维”施策，打造职教集团特色“马院”",
    level: "PROVINCIAL",
    grade: "二等奖",
    awardedOn: null,
    topic: "service.distinctive",
    dept: "SZJX",
    highlight: true,
  },
  {
    title: UNNAMED_ACHIEVEMENT,
    level: "PROVINCIAL",
    grade: "二等奖",
    awardedOn: null,
    topic: "teaching.methods",
    dept: "JWC",
    highlight: true,
  },
  {
    title: UNNAMED_ACHIEVEMENT,
    level: "PROVINCIAL",
    grade: "二等奖",
    awardedOn: null,
    topic: "teaching.methods",
    dept: "JWC",
    highlight: true,
  },
];

// ---------------------------------------------------------------------------------------------
// 鲁班工坊 and their activities
// ---------------------------------------------------------------------------------------------
export const lubanWorkshops: DemoLubanWorkshop[] = [
  {
    key: "kenya-machakos",
    name: "肯尼亚鲁班工坊",
    partner: "马查科斯大学（Machakos University）",
    country: "肯尼亚",
    city: "马查科斯",
    majors: ["云计算与信息安全"],
    enrolled: 19,
    trained: 96,
    teachers: 32,
    teachersTrained: 2,
    foundedOn: null,
    description: "与马查科斯大学合办，开设云计算与信息安全本科专业；2022年入选全国首批鲁班工坊，双方借助空中课堂定期开会、同步授课。",
    topic: "intl.overseas",
    dept: "GJJL",
  },
  {
    key: "kenya-meru",
    name: "肯尼亚鲁班工坊梅鲁郡分中心",
    partner: "梅鲁科技大学（Meru University of Science and Technology）",
    country: "肯尼亚",
    city: "梅鲁",
    majors: [],
    enrolled: 0,
    trained: 0,
    teachers: 0,
    teachersTrained: 0,
    foundedOn: null,
    description: "在建。场地为对方创新中心大楼一层，规划企业沙盘、华为ICT、直播电商三个实训室和一个空中课堂授课区，设备已采购并发运。",
    topic: "intl.overseas",
    dept: "GJJL",
  },
];

export const lubanActivities: DemoLubanActivity[] = [
  {
    workshop: "kenya-machakos",
    title: "中国驻肯尼亚大使馆到访鲁班工坊，与马查科斯大学师生共度春节",
    heldOn: "2022-02-11",
    participants: 3,
    description: "使馆一行3人到访（人数仅计来宾），向肯方师生介绍中国发展和春节习俗。",
    topic: "intl.overseas",
    dept: "GJJL",
  },
  {
    workshop: "kenya-machakos",
    title: "“中国大使奖学金”颁奖仪式",
    // Held 2022-11-30, after the 2021-2022 academic year this report covers: the date rule every
    // path obeys (lib/records/validate.ts) refuses it as 日期, so the date is said in the text.
    heldOn: null,
    participants: null,
    description: "2022年11月30日，驻肯尼亚大使周平剑在鲁班工坊为获奖学生颁发证书，并与学生代表座谈。",
    topic: "intl.overseas",
    dept: "GJJL",
  },
  {
    workshop: "kenya-machakos",
    title: "肯尼亚鲁班工坊获全国首批鲁班工坊授牌",
    heldOn: null,
    participants: null,
    description: "2022年8月，在首届世界职业技术教育发展大会“一带一路”合作与鲁班工坊建设发展论坛上授牌。",
    topic: "intl.overseas",
    dept: "GJJL",
  },
  {
    workshop: "kenya-machakos",
    title: "鲁班工坊学生获华为ICT全球大赛总决赛三等奖",
    heldOn: null,
    participants: 3,
    description: "Brian Kipkoech、Joshua Akal、Patrick Maingi 代表肯尼亚晋级总决赛并获国际三等奖。",
    topic: "intl.overseas",
    dept: "GJJL",
  },
  {
    workshop: "kenya-meru",
    title: "与梅鲁科技大学签署合作备忘录",
    heldOn: null,
    participants: null,
    description: "签约后确定分中心建设场地、实训室配置及合作专业课程的初步方案。",
    topic: "intl.overseas",
    dept: "GJJL",
  },
  {
    workshop: "kenya-meru",
    title: "为华为ICT课程开发双语校本教材",
    heldOn: null,
    participants: null,
    description: "为把华为ICT课程嵌入梅鲁科技大学的人才培养方案，定制开发双语校本教材4本。",
    topic: "intl.overseas",
    dept: "JDXX",
  },
  {
    workshop: "kenya-machakos",
    title: "空中课堂定期工作会议",
    heldOn: null,
    participants: null,
    description: "通过两地鲁班工坊的空中课堂设备定期视频会商教学、培训与交流，并同步开展课堂教学。",
    topic: "intl.overseas",
    dept: "GJJL",
  },
  {
    workshop: "kenya-machakos",
    title: "马查科斯大学云计算专业教师线上培训",
    heldOn: null,
    participants: 2,
    description: "2022年云计算专业师资团队（共32人）中有2人参加线上培训。",
    topic: "intl.overseas",
    dept: "JDXX",
  },
  {
    workshop: "kenya-machakos",
    title: "世校赛云计算赛项设肯尼亚鲁班工坊展位",
    heldOn: null,
    participants: null,
    description: "邀请马查科斯大学师生参赛，并在大会展馆展示鲁班工坊与云计算、物联网体验项目。",
    topic: "intl.literacy",
    dept: "JDXX",
  },
  {
    workshop: "kenya-machakos",
    title: "云计算技术应用专业教学标准在马查科斯大学实践验证",
    heldOn: null,
    participants: null,
    description: "标准在当地试用效果良好，学院先后2次收到鲁班工坊学生的感谢信。",
    topic: "intl.standards",
    dept: "JDXX",
  },
];

// ---------------------------------------------------------------------------------------------
// 社会培训. The per-programme split is illustrative; the totals come from the report: 36
// programmes, 5860 学时 (职业技能 2380 / 公益 3480; 线上 1980 / 线下 3880), 14750 人次. Person-times
// also follow the report's groups: 养老系统业务骨干 5000, 专项服务 1500, 乡村振兴 4500, other
// 社会培训 3147, and 603 for the remaining community programmes.
// ---------------------------------------------------------------------------------------------
type TrainRow = [
  name: string,
  category: "SKILL" | "PUBLIC_INTEREST",
  mode: "ONLINE" | "OFFLINE",
  hours: string,
  personTimes: number,
  audience: string,
  dept: string,
];

const S = "SKILL" as const;
const P = "PUBLIC_INTEREST" as const;
const ON = "ONLINE" as const;
const OFF = "OFFLINE" as const;

const trainingRows: TrainRow[] = [
  // 养老系统业务骨干 (5000 人次)
  ["养老机构院长培训班（第十八期）", S, OFF, "120", 160, "天津市养老机构院长", "JXJY"],
  ["养老护理员骨干培训班", S, OFF, "216", 600, "养老机构护理骨干", "JYSH"],
  ["养老护理员职业技能提升培训（初级）", S, OFF, "280", 1500, "养老机构护理员", "JYSH"],
  ["养老护理员职业技能提升培训（中级）", S, OFF, "240", 1000, "养老机构护理员", "JYSH"],
  ["失智老年人照护技能培训", S, ON, "160", 900, "养老机构护理员", "JYSH"],
  ["养老机构安全管理专题培训", S, ON, "100", 500, "民政系统及养老机构管理人员", "JXJY"],
  ["社区居家养老服务人员培训", S, OFF, "100", 340, "社区居家养老服务人员", "JYSH"],
  // 专项服务 (1500 人次)
  ["老年能力评估员培训", S, OFF, "80", 300, "街道、民政部门工作人员", "JYSH"],
  ["保教人员培训", S, OFF, "100", 450, "托育机构保教人员", "JYSH"],
  ["老年健康评估与失能评定专项服务", P, OFF, "480", 600, "河北区社区老年人", "JYSH"],
  ["统计调查员业务培训", S, ON, "40", 150, "河北区统计部门调查员", "JXJY"],
  // 服务乡村振兴 (4500 人次)
  ["河北省威县2022年社区工作者高级研修班", P, ON, "40", 63, "威县民政系统及社区工作者", "JYSH"],
  ["甘肃省清水县养老护理人员职业能力提升培训", P, ON, "200", 1400, "清水县养老护理人员", "JYSH"],
  ["新疆兵团十一师社会工作人员职业能力提升培训", P, ON, "160", 1200, "兵团十一师社会工作人员", "JYSH"],
  ["内蒙古鄂尔多斯养老护理人员职业能力提升培训", P, ON, "160", 1100, "鄂尔多斯养老护理人员", "JYSH"],
  ["甘肃省天水农业学校“齐心协力 携手共进”专项培训", P, ON, "80", 737, "天水农业学校教师", "JXJY"],
  // Other 社会培训 (3147 人)
  ["全国消防行业职业技能大赛天津选拔赛选手培训", S, OFF, "120", 87, "消防行业参赛选手", "JDXX"],
  ["高端设备领域企业工程师知识更新与能力提升培训", S, OFF, "200", 420, "企业工程师", "JDXX"],
  ["采购与供应链管理培训", S, ON, "200", 1100, "企业采购与物流人员", "JJGL"],
  ["就业创业培训", S, ON, "280", 1300, "高校毕业生及社会求职人员", "ZSJY"],
  ["合作企业员工消防技能培训", S, OFF, "80", 240, "合作企业员工", "JDXX"],
  // Community and other programmes (603 人次)
  ["天津·河北区淘宝教育‘2021直播突围’专题培训", S, OFF, "40", 120, "河北区电商从业人员", "JJGL"],
  ["天津·河北区淘宝教育‘2021跨境电商’专题培训", S, OFF, "24", 80, "河北区电商从业人员及学生", "JJGL"],
  ["社区教师培训", P, OFF, "360", 47, "河北区老年教育师资", "JXJY"],
  ["社区消防安全培训", P, OFF, "200", 60, "社区居民", "JDXX"],
  ["智慧助老“合理使用手机，乐享智能生活”手机课堂", P, OFF, "260", 40, "社区老年人", "TW"],
  ["乐龄智能手机学习小组", P, OFF, "280", 25, "社区老年人", "JXJY"],
  ["《如何创建学习型家庭》专题讲座", P, ON, "60", 30, "社区家庭", "JXJY"],
  ["“家风显美德，家训塑品格”家庭教育项目", P, ON, "120", 30, "社区家庭", "JXJY"],
  ["“老少同读一本书”家庭教育项目", P, ON, "120", 25, "社区祖孙家庭", "JXJY"],
  ["非遗技艺社区培训", P, OFF, "440", 36, "区老年大学学员及中小学生", "JCB"],
  ["“全龄”优秀展播课", P, ON, "160", 30, "社区居民", "JXJY"],
  ["“反诈校园行 携手筑平安”宣传培训", P, OFF, "120", 25, "区域中小学生", "XXH"],
  ["“笔记本电脑内部构造大揭秘”科普活动", P, OFF, "80", 20, "区域中小学生", "JDXX"],
  ["宪法宣传周社区普法讲座", P, OFF, "60", 15, "社区居民", "TW"],
  ["全民终身学习活动周社区教育展示课程", P, ON, "100", 20, "河北区社区居民", "JXJY"],
];

export const socialTrainings: DemoSocialTraining[] = trainingRows.map(([name, category, mode, hours, personTimes, audience, dept]) => ({
  name,
  category,
  mode,
  hours,
  personTimes,
  audience,
  topic: "service.industry",
  dept,
}));

// ---------------------------------------------------------------------------------------------
// 单项指标: numbers the report quotes that no record above can derive. Derived figures
// (placement rate, mean income, 1+X totals, training totals, funding totals) are not repeated.
// ---------------------------------------------------------------------------------------------
type Ind = Omit<DemoIndicator, "dept"> & { dept?: string };
const ind = (dept: string, items: Ind[]): DemoIndicator[] => items.map((i) => ({ ...i, dept: i.dept ?? dept }));

export const indicators: DemoIndicator[] = [
  // 党建引领 / 立德树人
  ...ind("DWB", [{ key: "party.ideologyRules", label: "制定网络意识形态工作细则等文件", value: "4", unit: "个", topic: "student.party" }]),
  ...ind("XGC", [{ key: "moral.threeWideSatisfaction", label: "“三全育人”师生满意度", value: "98.6", unit: "%", topic: "student.moral" }]),
  ...ind("TW", [
    {
      key: "moral.socialPracticeParticipants",
      label: "走进社区、乡镇和企事业单位开展社会实践的师生（余）",
      value: "2000",
      unit: "人",
      topic: "student.moral",
    },
    { key: "moral.clubs", label: "注册学生社团", value: "61", unit: "个", topic: "student.moral" },
    { key: "moral.clubAdvisors", label: "学生社团指导教师", value: "65", unit: "人", topic: "student.moral" },
  ]),
  ...ind("JCB", [
    { key: "moral.baduanjinStudents", label: "参加八段锦教学成果展示的学生", value: "1206", unit: "人", topic: "student.moral" },
    { key: "moral.heritageShowcaseStudents", label: "参加非遗技艺展示的学生", value: "750", unit: "人", topic: "student.moral" },
    {
      key: "moral.huangyanpeiHeritageAwardees",
      label: "第三届“黄炎培杯”非遗创新大赛获奖学生",
      value: "7",
      unit: "人",
      topic: "student.moral",
    },
    { key: "moral.heritageElectives", label: "非遗技艺类和传统文化类公选课（余）", value: "20", unit: "门", topic: "student.moral" },
    { key: "moral.heritageAnnualCapacity", label: "非遗公选课年均可满足学习人数", value: "1000", unit: "人", topic: "student.moral" },
    { key: "moral.heritageCommunityReach", label: "非遗特色培训与交流年惠及（约）", value: "500", unit: "人次", topic: "student.moral" },
  ]),
  // 在校体验
  ...ind("XGC", [
    { key: "campus.overallSatisfaction", label: "在校生对学校整体满意度", value: "96.1", unit: "%", topic: "student.campus" },
    { key: "campus.financialAidRecipients", label: "国家、市、院奖助学金奖助学生", value: "1800", unit: "人次", topic: "student.campus" },
    { key: "campus.psychScreening", label: "全员心理筛查", value: "4057", unit: "人", topic: "student.campus" },
    { key: "campus.counselling", label: "全年提供心理咨询服务", value: "45", unit: "人", topic: "student.campus" },
    { key: "campus.crisisReferrals", label: "处理危机事件转介", value: "5", unit: "人", topic: "student.campus" },
  ]),
  ...ind("TW", [
    { key: "campus.volunteerYears", label: "“情系瓷娃娃”志愿帮扶活动坚持年数", value: "7", unit: "年", topic: "student.campus" },
  ]),
  // 就业质量 (rates and income are derived from employmentStats)
  ...ind("ZSJY", [
    { key: "employment.tertiarySectorShare", label: "在第三产业就业的毕业生占比", value: "81", unit: "%", topic: "student.employment" },
    { key: "employment.smeShare", label: "服务于中小微企业的毕业生占比", value: "90", unit: "%", topic: "student.employment" },
    { key: "employment.regionalShare", label: "服务于京津冀地区的毕业生占比", value: "88", unit: "%", topic: "student.employment" },
    {
      key: "employment.guidanceSatisfaction",
      label: "学生对学习指导、职业规划和就业指导的满意度（以上）",
      value: "92",
      unit: "%",
      topic: "student.employment",
    },
    { key: "employment.turnoverDrop", label: "离职率较2021届下降", value: "3", unit: "个百分点", topic: "student.employment" },
    { key: "employment.almaMaterSatisfaction", label: "毕业生对母校的整体满意度", value: "95.7", unit: "%", topic: "student.employment" },
    {
      key: "employment.promotionShare",
      label: "半年内薪资或职位有所提升的毕业生占比",
      value: "44",
      unit: "%",
      topic: "student.employment",
    },
    { key: "employment.employerSatisfaction", label: "用人单位满意度", value: "99.7", unit: "%", topic: "student.employment" },
    // 2022届 99.7%, "超过 2021届 3个百分点"
    { key: "employment.employerSatisfaction", label: "用人单位满意度", value: "96.7", unit: "%", topic: "student.employment", year: 2021 },
  ]),
  // 创新创业
  ...ind("ZSJY", [
    {
      key: "innovation.internetPlusPersonTimes",
      label: "“互联网+”大赛天津赛区获奖学生",
      value: "43",
      unit: "人次",
      topic: "student.innovation",
      highlight: true,
    },
    {
      key: "innovation.makerMarathonProjects",
      label: "参加天津市创客马拉松大学生创新创业大赛的项目",
      value: "12",
      unit: "个",
      topic: "student.innovation",
    },
  ]),
  // 技能大赛
  ...ind("JWC", [
    {
      key: "competitions.tianjin2021AwardedEvents",
      label: "2021年天津市职业院校技能大赛学生赛获奖赛项",
      value: "16",
      unit: "个",
      topic: "student.competitions",
      highlight: true,
    },
    {
      key: "competitions.tianjin2021AwardedStudents",
      label: "2021年天津市职业院校技能大赛学生赛获奖学生",
      value: "61",
      unit: "人",
      topic: "student.competitions",
    },
    {
      key: "competitions.tianjin2021AwardRate",
      label: "2021年天津市职业院校技能大赛学生赛获奖率",
      value: "76.25",
      unit: "%",
      topic: "student.competitions",
    },
    {
      key: "competitions.tianjin2021Rank",
      label: "2021年天津市职业院校技能大赛学生赛参赛院校中排名",
      value: "6",
      unit: "名",
      topic: "student.competitions",
    },
    {
      key: "competitions.tianjin2021Institutions",
      label: "2021年天津市职业院校技能大赛学生赛参赛院校",
      value: "26",
      unit: "所",
      topic: "student.competitions",
    },
    { key: "competitions.tianjin2021EventsToNational", label: "进入国赛的赛项", value: "6", unit: "个", topic: "student.competitions" },
    {
      key: "competitions.marketingNationalRank",
      label: "国赛市场营销技能赛项全国名次",
      value: "10",
      unit: "名",
      topic: "student.competitions",
    },
    {
      key: "competitions.marketingNationalTeams",
      label: "国赛市场营销技能赛项参赛团队",
      value: "56",
      unit: "个",
      topic: "student.competitions",
    },
    {
      key: "competitions.otherAwardsPersonTimes",
      label: "其他技能大赛获奖（余）",
      value: "100",
      unit: "人次",
      topic: "student.competitions",
    },
    {
      key: "competitions.conversionShowcase",
      label: "大赛成果转化：风采展示类资源",
      value: "79",
      unit: "个",
      topic: "student.competitions",
    },
    {
      key: "competitions.conversionStandardSets",
      label: "大赛成果转化：技术介绍、技能要点、评价指标、赛题和判分标准（各）",
      value: "6",
      unit: "套",
      topic: "student.competitions",
    },
    {
      key: "competitions.conversionVideos",
      label: "大赛成果转化：实操录屏和规程讲解视频",
      value: "28",
      unit: "个",
      topic: "student.competitions",
    },
    {
      key: "competitions.conversionDigitalResources",
      label: "大赛成果转化：用于鲁班工坊的数字化教学资源",
      value: "19",
      unit: "个",
      topic: "student.competitions",
    },
  ]),
  ...ind("JDXX", [
    {
      key: "competitions.worldSkillsJudges",
      label: "世校赛云计算赛项聘请裁判和仲裁",
      value: "34",
      unit: "人",
      topic: "student.competitions",
    },
  ]),
  // 专业建设质量
  ...ind("JWC", [
    {
      key: "majors.newMajorsEnrolmentCompletion",
      label: "2022年新增专业计划招生完成率",
      value: "100",
      unit: "%",
      topic: "teaching.majors",
    },
    { key: "majors.planned2023Validated", label: "通过市级论证的2023年拟新增专业", value: "2", unit: "个", topic: "teaching.majors" },
  ]),
  ...ind("JYSH", [
    { key: "majors.staffTrainingBases", label: "高水平职工培训基地", value: "2", unit: "个", topic: "teaching.majors" },
    { key: "majors.siShuoInstitutions", label: "“四说”研讨会参会职业院校（余）", value: "500", unit: "所", topic: "teaching.majors" },
    { key: "majors.siShuoAttendees", label: "“四说”研讨会线上线下参会", value: "23000", unit: "人", topic: "teaching.majors" },
    {
      key: "majors.childcareJinpingguoRank",
      label: "婴幼儿托育服务与管理专业2021“金平果排行榜”全国排名",
      value: "1",
      unit: "名",
      topic: "teaching.majors",
    },
  ]),
  // 课程建设质量
  ...ind("JWC", [
    { key: "courses.civicsDemoCity", label: "市级课程思政示范课", value: "2", unit: "门", topic: "teaching.faculty" },
    { key: "courses.civicsDemoSchool", label: "校级课程思政示范课", value: "7", unit: "门", topic: "teaching.faculty" },
    {
      key: "courses.civicsCasesCity",
      label: "天津市职业教育课程思政建设典型案例",
      value: "4",
      unit: "个",
      topic: "teaching.courses",
      highlight: true,
    },
  ]),
  ...ind("JDXX", [
    { key: "courses.bigDataCertCourses", label: "大数据技术专业融入1+X证书内容的课程", value: "4", unit: "门", topic: "teaching.courses" },
  ]),
  ...ind("JJGL", [
    {
      key: "courses.accountingCertCourses",
      label: "大数据与会计专业对应1+X证书开设的实训课程",
      value: "3",
      unit: "门",
      topic: "teaching.courses",
    },
  ]),
  // 教材建设质量
  ...ind("JWC", [
    { key: "textbooks.reviewed", label: "排查教材教辅", value: "689", unit: "本", topic: "teaching.textbooks" },
    { key: "textbooks.flagged", label: "排查出疑似问题教材教辅", value: "27", unit: "本", topic: "teaching.textbooks" },
  ]),
  // 数字化教学资源建设
  ...ind("XXH", [
    { key: "digital.smartClassrooms", label: "建设改造智慧教室", value: "18", unit: "间", topic: "teaching.digital" },
    { key: "digital.bandwidth", label: "互联网出口总带宽", value: "1", unit: "G", topic: "teaching.digital" },
    { key: "digital.dataTablesPushed", label: "向教育部智慧大脑数据中台推送数据表", value: "31", unit: "个", topic: "teaching.digital" },
  ]),
  ...ind("JWC", [
    { key: "digital.coursesInBuild", label: "网络学习空间在建课程", value: "536", unit: "门", topic: "teaching.digital" },
    { key: "digital.schoolResourceLibraries", label: "校级教学资源（库）建设项目", value: "7", unit: "个", topic: "teaching.digital" },
    { key: "digital.courseware", label: "本学年建成教学课件", value: "963", unit: "个", topic: "teaching.digital" },
    { key: "digital.videos", label: "本学年建成教学视频", value: "1614", unit: "个", topic: "teaching.digital" },
    { key: "digital.cases", label: "本学年建成教学案例", value: "1630", unit: "个", topic: "teaching.digital" },
    { key: "digital.microLectures", label: "本学年建成微课", value: "689", unit: "个", topic: "teaching.digital" },
    { key: "digital.audio", label: "本学年建成音频", value: "346", unit: "个", topic: "teaching.digital" },
    { key: "digital.images", label: "本学年建成图片", value: "1165", unit: "张", topic: "teaching.digital" },
    { key: "digital.virtualTraining", label: "本学年建成虚拟实训资源", value: "360", unit: "个", topic: "teaching.digital" },
    { key: "digital.onlineCourses", label: "在线课程资源", value: "49", unit: "门", topic: "teaching.digital" },
    { key: "digital.onlineLearners", label: "在线课程累计学习人数（突破）", value: "100000", unit: "人次", topic: "teaching.digital" },
  ]),
  ...ind("JDXX", [
    {
      key: "digital.bigDataLibraryCourses",
      label: "大数据技术专业群教学资源库完成课程资源",
      value: "6",
      unit: "门",
      topic: "teaching.digital",
    },
  ]),
  ...ind("JYSH", [
    {
      key: "digital.childcareLibraryCourses",
      label: "婴幼儿托育服务与管理专业群教学资源库完成课程资源",
      value: "3",
      unit: "门",
      topic: "teaching.digital",
    },
  ]),
  ...ind("JJGL", [
    {
      key: "digital.fintechCoreMembers",
      label: "国家教学资源库《金融科技概论》课题组核心成员",
      value: "3",
      unit: "人",
      topic: "teaching.digital",
    },
    { key: "digital.fintechLearners", label: "《金融科技概论》MOOC累计学习人次", value: "1512", unit: "人次", topic: "teaching.digital" },
    { key: "digital.fintechUnits", label: "《金融科技概论》MOOC学员所属单位", value: "191", unit: "个", topic: "teaching.digital" },
    { key: "digital.fintechInteractions", label: "《金融科技概论》MOOC累计互动", value: "5251", unit: "次", topic: "teaching.digital" },
  ]),
  // 师资队伍建设
  ...ind("JWC", [
    { key: "faculty.industryMentors", label: "聘任行业导师（截至2022年底）", value: "116", unit: "人", topic: "teaching.faculty" },
    {
      key: "faculty.ideologyTraining",
      label: "德育骨干和思政教师参加国家、省、校三级培训",
      value: "209",
      unit: "人次",
      topic: "teaching.faculty",
    },
    { key: "faculty.nationalTraining", label: "参加国培的教师", value: "4", unit: "人", topic: "teaching.faculty" },
    { key: "faculty.municipalTraining", label: "参加市培的教师", value: "66", unit: "人", topic: "teaching.faculty" },
    { key: "faculty.schoolTraining", label: "参加各类校级培训的教师", value: "1260", unit: "人次", topic: "teaching.faculty" },
    { key: "faculty.dualQualifiedShare", label: "“双师型”教师占专业教师比例", value: "80.35", unit: "%", topic: "teaching.faculty" },
    { key: "faculty.cityInnovationTeams", label: "市级职业教育教师教学创新团队", value: "2", unit: "个", topic: "teaching.faculty" },
    { key: "faculty.dualQualifiedBases", label: "校级“双师型”教师培养培训基地", value: "4", unit: "个", topic: "teaching.faculty" },
    {
      key: "faculty.trainingPersonDays",
      label: "“双师型”教师培养培训基地年度承接培训",
      value: "246",
      unit: "人天",
      topic: "teaching.faculty",
    },
    {
      key: "faculty.teamIndustryMentors",
      label: "参与“一老一小”团队课程教学的行业导师（余）",
      value: "10",
      unit: "人",
      topic: "teaching.faculty",
    },
  ]),
  // 校企双元育人
  ...ind("JWC", [
    { key: "industry.integrationEnterprises", label: "获批天津市第三批产教融合型企业", value: "6", unit: "个", topic: "teaching.industry" },
  ]),
  ...ind("JYSH", [
    { key: "industry.elderCareProjects", label: "推广横向课题及产教融合项目（余）", value: "10", unit: "项", topic: "teaching.industry" },
    { key: "industry.elderCareForums", label: "连续组织京津冀、津台养老专项论坛", value: "6", unit: "届", topic: "teaching.industry" },
  ]),
  // 国际合作
  ...ind("GJJL", [{ key: "intl.thankYouLetters", label: "收到鲁班工坊学生感谢信", value: "2", unit: "次", topic: "intl.standards" }]),
  // 服务贡献
  ...ind("JDXX", [
    { key: "service.jointCourses", label: "与企业联合开发专业群课程和实训项目资源", value: "6", unit: "门", topic: "service.industry" },
    { key: "service.techServicesPerYear", label: "每年为企业提供技术服务", value: "2", unit: "次", topic: "service.industry" },
  ]),
  ...ind("JXJY", [
    { key: "service.elderCareStaffTraining", label: "年均培训养老系统业务骨干", value: "5000", unit: "人次", topic: "service.industry" },
    {
      key: "service.specialServices",
      label: "与区民生部门合作开展专项服务（年均，余）",
      value: "1500",
      unit: "人次",
      topic: "service.industry",
    },
    { key: "service.ruralTraining", label: "服务乡村振兴职业能力提升培训（累计）", value: "4500", unit: "人次", topic: "service.industry" },
    {
      key: "service.otherTraining",
      label: "承接消防、设备、供应链、就业创业等社会培训",
      value: "3147",
      unit: "人",
      topic: "service.industry",
    },
    {
      key: "service.zhihuizhulaoProjects",
      label: "入选教育部“智慧助老”优质工作案例、教育培训项目及课程资源",
      value: "4",
      unit: "个",
      topic: "service.local",
      highlight: true,
    },
    { key: "service.communityTeachers", label: "获得社区教师资格", value: "47", unit: "人", topic: "service.distinctive" },
  ]),
  ...ind("TW", [
    { key: "service.communityProjects", label: "社区服务项目（余）", value: "10", unit: "个", topic: "service.community" },
    { key: "service.communityResidents", label: "服务社区居民（余）", value: "9000", unit: "人次", topic: "service.community" },
  ]),
  ...ind("DWB", [
    { key: "service.epidemicTeachers", label: "参与河北区疫情防控工作的教师", value: "3562", unit: "人次", topic: "service.community" },
    {
      key: "service.epidemicVolunteers",
      label: "支援区疫情防控信息流调的学生志愿者（余）",
      value: "60",
      unit: "人",
      topic: "policy.governance",
    },
  ]),
  ...ind("JYSH", [
    {
      key: "service.jingjinjiStandardColleges",
      label: "共同审定老年服务与管理专业实训教学条件建设标准的京津冀高职院校",
      value: "7",
      unit: "所",
      topic: "service.regional",
    },
  ]),
  // 政策落实
  ...ind("DWB", [
    { key: "policy.qualityTasks", label: "承接教育部提质培优行动计划重点任务", value: "34", unit: "个", topic: "policy.national" },
  ]),
  ...ind("JWC", [
    {
      key: "policy.excellentLessonsShare",
      label: "2022年上半年督导评价为优的线上课堂占比",
      value: "84",
      unit: "%",
      topic: "policy.quality",
    },
    { key: "policy.onlineLearningSatisfaction", label: "学生线上学习满意度", value: "93.7", unit: "%", topic: "policy.quality" },
  ]),
  // 科研
  ...ind("KYC", [
    { key: "research.projectsApproved", label: "立项市级以上课题", value: "13", unit: "项", topic: "highlights", highlight: true },
    { key: "research.projectsConcluded", label: "结题市级以上课题", value: "10", unit: "项", topic: "highlights", highlight: true },
  ]),
];
