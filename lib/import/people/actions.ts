"use server";

import type { ActionResult } from "../../actions/result";
import { runAction } from "../../actions/wrap";
import { formText } from "../../text";
import { SHEET_LABELS, type PeopleSheet } from "./columns";
import type { PeopleCommit } from "./commit";
import { commitPeopleUpload } from "./service";

/**
 * 确认导入 of a departments or users sheet. The result (with any one-time passwords) goes back to
 * the browser that asked, once: it is not stored, so a reload cannot show the passwords again.
 */
export async function commitPeopleAction(_prev: ActionResult, form: FormData): Promise<ActionResult<PeopleCommit>> {
  const sheet: PeopleSheet = formText(form, "_sheet") === "users" ? "users" : "departments";
  const result = await runAction(form, ({ actor, ip }) => commitPeopleUpload({ actor, ip, sheet, token: formText(form, "token") }));
  if (!result.ok) return result;
  // No revalidatePath: it would re-render this page, whose upload is now gone, and unmount the
  // result with the passwords before anyone saw them. The lists are dynamic pages anyway.
  return { ok: true, data: result.data, message: `已导入 ${result.data?.created.length ?? 0} 个${SHEET_LABELS[sheet].zh}` };
}
