/** The demo installation's institution id: the demo seed creates it, pages recognise the demo by it (lib/demo/accounts.ts). */
export const INSTITUTION_ID = "demo-institution";

/** The demo college's 学校标识码 (invented, in the Ministry's ten-digit form; 41 for a 高职, 12 for Tianjin) and 办学类型. */
export const DEMO_COLLEGE_CODE = "4112014011";
export const DEMO_COLLEGE_TYPE = "HIGHER" as const;
