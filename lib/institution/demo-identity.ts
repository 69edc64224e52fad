/** The demo installation's institution id: the demo seed creates it, pages recognise the demo by it (lib/demo/accounts.ts). */
export const INSTITUTION_ID = "demo-institution";
