"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/wrap";
import { requireKind } from "../records/resolve";
import { commitUpload, submitBatch } from "./service";
import { formText } from "../text";

const str = (form: FormData, name: string) => formText(form, name);

/** 确认导入: saves the stored upload (re-validated on the server), all rows or none. */
export async function commitImportAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const kind = requireKind(str(form, "_kind"));
  const token = str(form, "token");
  const result = await runAction(form, ({ actor, ip }) =>
    commitUpload({ actor, ip, kind, token, skipDuplicates: form.get("includeDuplicates") !== "on" }),
  );
  if (!result.ok) return result;
  revalidatePath(`/admin/records/${kind.slug}`);
  redirect(`/admin/records/${kind.slug}/import?batch=${encodeURIComponent(token)}`);
}

/** 全部提交: submits the drafts an import created, in one transaction. */
export async function submitBatchAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const kind = requireKind(str(form, "_kind"));
  const token = str(form, "batch");
  const result = await runAction(form, ({ actor, ip }) => submitBatch({ actor, ip, kind, token }));
  if (!result.ok) return result;
  revalidatePath(`/admin/records/${kind.slug}`);
  revalidatePath("/admin/review");
  redirect(`/admin/records/${kind.slug}/import?batch=${encodeURIComponent(token)}&submitted=${result.data?.submitted ?? 0}`);
}
