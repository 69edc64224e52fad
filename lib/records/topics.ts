/**
 * Semantic topics: the stable keys records (cases, figures, indicators, data tables) are filed
 * under. A year's outline template maps topics to its own chapters and sections, so the same
 * records render under the 2022 structure or the 2024 one.
 */
export const TOPICS = {
  preface: "前言",
  highlights: "主要成果",
  profile: "学校基本情况",
  "student.party": "党建引领",
  "student.moral": "立德树人",
  "student.campus": "在校体验",
  "student.employment": "就业质量",
  "student.innovation": "创新创业",
  "student.competitions": "技能大赛",
  "teaching.majors": "专业建设质量",
  "teaching.courses": "课程建设质量",
  "teaching.methods": "教学方法改革",
  "teaching.textbooks": "教材建设质量",
  "teaching.digital": "数字化教学资源建设",
  "teaching.faculty": "师资队伍建设",
  "teaching.industry": "校企双元育人",
  "intl.standards": "开发国际化专业教学标准",
  "intl.overseas": "国外独立办学质量",
  "intl.beltroad": "助力“一带一路”建设质量",
  "intl.literacy": "提升学生国际化素养质量",
  "service.industry": "服务行业企业",
  "service.local": "服务地方发展",
  "service.rural": "服务乡村振兴",
  "service.community": "服务地方社区",
  "service.regional": "具有地域特色的服务",
  "service.distinctive": "具有本校特色的服务",
  "culture.traditional": "传承中华优秀传统文化",
  "culture.red": "赓续红色基因",
  "culture.craftsmanship": "弘扬劳模精神、劳动精神、工匠精神",
  "culture.industry": "传承行业企业文化",
  "policy.national": "国家政策落实",
  "policy.local": "地方政策落实",
  "policy.governance": "学校治理",
  "policy.quality": "质量保证体系建设",
  "policy.funding": "经费投入",
  "challenges.problems": "面临问题",
  "challenges.measures": "改进措施",
} as const;

export type Topic = keyof typeof TOPICS;
export const TOPIC_KEYS = Object.keys(TOPICS) as Topic[];
