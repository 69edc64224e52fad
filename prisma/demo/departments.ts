import type { DemoDepartment } from "./types";

/**
 * Departments of the demo college. The report names 机电与信息工程系 (机电系), 教育与社会事业系
 * (教社系), 思政教学部 and 基础部; the other two teaching departments and the offices are our
 * reconstruction, picked so every record has a plausible owner.
 */
export const departments: DemoDepartment[] = [
  // Teaching departments
  { code: "JDXX", name: "机电与信息工程系", shortName: "机电系" }, // 大数据、云计算、信息安全、消防工程、微电网
  { code: "JYSH", name: "教育与社会事业系", shortName: "教社系" }, // 学前教育、婴幼儿托育、早期教育、养老、社区管理
  // The report never names the department for finance/commerce majors: this name is our assumption.
  { code: "JJGL", name: "经济与管理系", shortName: "经管系" }, // 金融、会计、电子商务、物流、市场营销、会展、连锁经营
  // Also an assumption: the report only speaks of an 艺术设计类专业群.
  { code: "YSSJ", name: "艺术设计系", shortName: "艺术系" }, // 动漫、影视动画、数字媒体
  { code: "SZJX", name: "思政教学部", shortName: "思政部" },
  { code: "JCB", name: "基础部" },
  // Functional offices
  { code: "DWB", name: "党委办公室", shortName: "党办" },
  { code: "JWC", name: "教务处" },
  { code: "XGC", name: "学生工作处", shortName: "学工处" },
  { code: "ZSJY", name: "招生就业处" },
  { code: "KYC", name: "科研处" },
  { code: "GJJL", name: "国际交流合作处", shortName: "国际处" },
  { code: "JXJY", name: "继续教育与社会服务部", shortName: "继教部" },
  { code: "XXH", name: "信息化中心" },
  { code: "CWC", name: "财务处" },
  { code: "TW", name: "团委" },
];
