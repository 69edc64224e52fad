import type { Lang } from "./define";
import { account } from "./messages/account";
import { adminFrame } from "./messages/adminFrame";
import { college } from "./messages/college";
import { notifications } from "./messages/notifications";
import { partners } from "./messages/partners";
import { people } from "./messages/people";
import { pkg } from "./messages/package";
import { province } from "./messages/province";
import { provinceData } from "./messages/provinceData";
import { recordImport } from "./messages/recordImport";
import { records } from "./messages/records";
import { report } from "./messages/report";
import { review } from "./messages/review";
import { rulePacks } from "./messages/rulePacks";
import { site } from "./messages/site";
import { tasks } from "./messages/tasks";
import { todo } from "./messages/todo";
import { ui } from "./messages/ui";
import { years } from "./messages/years";

/**
 * The one message catalogue: every namespace of user-facing text, each in lib/i18n/messages/.
 * Pages and components take their words from here (eslint refuses Chinese literals in app/ and
 * components/ — eslint.config.mjs); a namespace is imported where it is used, so a client
 * component ships only its own. Server messages that must reach every reader whatever the
 * language (validation errors, API problems) stay bilingual through bi() in lib/i18n/bilingual.ts.
 */
export const CATALOGUE = {
  account,
  adminFrame,
  college,
  notifications,
  partners,
  people,
  pkg,
  province,
  provinceData,
  recordImport,
  records,
  report,
  review,
  rulePacks,
  site,
  tasks,
  todo,
  ui,
  years,
} as const;

export { fill, LANGS, type Lang, type MessagesOf, type Namespace } from "./define";

/** The cookie that remembers a reader's language (set by /lang). */
export const LANG_COOKIE = "nianbao-lang";

/** The public site's messages in one language (the catalogue's first namespace, used by lib/report/http and lib/site). */
export type Messages = (typeof site)["zh"];
export function messages(lang: Lang): Messages {
  return site[lang];
}
