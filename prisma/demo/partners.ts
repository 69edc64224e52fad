/**
 * Three partner enterprises and their 2022 annual reports (企业参与职业教育年度报告).
 * INVENTED for the demo: the enterprises, people, numbers and cases below do not exist and are
 * not taken from any real report. Each has a demo sign-in (lib/demo/accounts.ts).
 */
export type DemoPartner = {
  username: string;
  slug: string;
  name: string;
  contact: string;
  phone: string;
  report: {
    industry: string;
    profile: string;
    studentsTaken: number;
    jointProgrammes: number;
    programmes: string;
    equipmentInvestment: string;
    trainingInvestment: string;
    jobsOffered: number;
    results: string;
    caseTitle: string;
    caseBody: string;
  };
};

export const partners: DemoPartner[] = [
  {
    username: "partner-a",
    slug: "haihe-data",
    name: "海河云数科技有限公司（演示）",
    contact: "周明远",
    phone: "022-5550-0101",
    report: {
      industry: "软件和信息技术服务业",
      profile: "公司是一家虚构的区域数据服务企业，主营政务云运维、数据治理与网络安全服务，员工约三百人，在滨海新区设有运维中心。",
      studentsTaken: 46,
      jointProgrammes: 2,
      programmes: "与机电与信息工程系共建大数据技术订单班、信息安全技术应用现代学徒制试点班。",
      equipmentInvestment: "86.50",
      trainingInvestment: "23.40",
      jobsOffered: 38,
      results: "企业工程师承担订单班核心课程十二门中的四门，学生在真实运维平台上完成轮岗实训；年内订单班毕业生中有二十一人留任公司。",
      caseTitle: "把运维中心搬进课堂",
      caseBody:
        "公司将一套退役的监控平台改造为教学环境，部署在学院实训室，学生按班组轮值处理模拟告警。企业导师每周到校一次，按真实工单标准点评，学生的排障记录直接计入课程成绩。",
    },
  },
  {
    username: "partner-b",
    slug: "jinmen-care",
    name: "津门颐康养老服务集团（演示）",
    contact: "韩淑芬",
    phone: "022-5550-0202",
    report: {
      industry: "居民服务业",
      profile: "集团为虚构的连锁养老服务机构，在市内运营八家社区养老驿站和两家护理院，提供日间照料、上门护理与康复服务。",
      studentsTaken: 62,
      jointProgrammes: 1,
      programmes: "与教育与社会事业系共建智慧健康养老服务与管理专业订单班，共同开发照护实训项目。",
      equipmentInvestment: "41.00",
      trainingInvestment: "18.75",
      jobsOffered: 55,
      results: "学生在驿站完成顶岗实习，累计服务社区老人四千余人次；集团一线护理员中本校毕业生占比提高到三成。",
      caseTitle: "驿站里的照护实训",
      caseBody:
        "集团在两家驿站辟出实训区，学生在护理主管带领下为老人做健康档案、康复训练与陪伴服务，学院教师同步记录照护过程，形成可复用的实训案例库。",
    },
  },
  {
    username: "partner-c",
    slug: "bohai-logistics",
    name: "渤海湾智慧物流有限公司（演示）",
    contact: "吕建华",
    phone: "022-5550-0303",
    report: {
      industry: "交通运输、仓储和邮政业",
      profile: "公司为虚构的港口配套物流企业，经营保税仓储、冷链配送和跨境电商分拨业务。",
      studentsTaken: 35,
      jointProgrammes: 1,
      programmes: "与经济与管理系共建现代物流管理产业学院，共同开设仓储数字化与跨境电商物流两门课程。",
      equipmentInvestment: "120.00",
      trainingInvestment: "15.60",
      jobsOffered: 30,
      results: "共建的智能仓储实训中心年内承接校内教学两千余学时，并为区域内中小物流企业开展员工培训三期。",
      caseTitle: "一座会上课的仓库",
      caseBody:
        "公司捐赠的分拣线和仓储管理系统装进学院实训中心，学生以真实订单数据演练入库、拣选与出库；旺季时学生分批进入公司分拨中心跟岗，把课堂所学用在高峰作业中。",
    },
  },
];
