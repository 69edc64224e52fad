import { defineMessages } from "../define";

/** Words of the generic pieces in components/ui: a field's errors, a refused page, a status badge. */
export const ui = defineMessages(
  {
    errorSeparator: "；",
    noPermission: "无权限 · {what}",
    revision: "修订{status}",
  },
  {
    errorSeparator: "; ",
    noPermission: "Not allowed · {what}",
    revision: "Revision {status}",
  },
);
