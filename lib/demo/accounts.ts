/** The demo installation's fixed identity and sign-ins, kept apart from the demo data so pages can name them cheaply. */
export const DEMO_PASSWORD = "demo-2022";
export { INSTITUTION_ID } from "../institution/demo-identity";

export const DEMO_USERS = [
  { username: "admin", displayName: "系统管理员", role: "ADMIN", dept: null },
  { username: "reviewer", displayName: "质量办审核员", role: "REVIEWER", dept: null },
  { username: "staff-a", displayName: "机电系填报员", role: "STAFF", dept: "机电与信息工程系" },
  { username: "staff-b", displayName: "教社系填报员", role: "STAFF", dept: "教育与社会事业系" },
  // Invented partner enterprises (prisma/demo/partners.ts); each fills its own annual report only.
  { username: "partner-a", displayName: "海河云数科技（演示）", role: "PARTNER", dept: null },
  { username: "partner-b", displayName: "津门颐康养老（演示）", role: "PARTNER", dept: null },
  { username: "partner-c", displayName: "渤海湾智慧物流（演示）", role: "PARTNER", dept: null },
  // The review chain's people (docs/decisions/010-review-chain-and-sign-off.md): department heads act
  // only when NIANBAO_DEMO_DEPT_HEADS=1 turns the department step on; the leader signed the seeded edition off.
  { username: "head-a", displayName: "机电系主任", role: "DEPT_HEAD", dept: "机电与信息工程系" },
  { username: "head-b", displayName: "教社系主任", role: "DEPT_HEAD", dept: "教育与社会事业系" },
  { username: "leader", displayName: "分管校领导", role: "LEADER", dept: null },
] as const;

/** The demo leader who signed off the seeded edition. */
export const DEMO_LEADER = "leader";

/** Who signs the seeded edition off, and who asked (lib/report/editions/editions.ts publishDemoEdition). */
export const DEMO_SIGNERS = { leader: DEMO_LEADER, reviewer: "reviewer" } as const;
