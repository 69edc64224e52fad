"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "../actions/wrap";
import type { ActionResult } from "../actions/result";
import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";
import { requireKind } from "../records/resolve";
import { addCasePhoto, attachFile, removeAttachment, removeCasePhoto } from "./service";
import { formText } from "../text";

async function fileFrom(form: FormData) {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new AppError("INVALID", bi("请选择要上传的文件", "choose a file to upload"));
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
}

/** Attach evidence to a record, or (for a case, with a caption) add a photo figure to it. */
export async function uploadFileAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const kind = requireKind(formText(form, "_kind"));
  const recordId = formText(form, "_id");
  const caption = form.get("caption");
  const result = await runAction(form, async ({ actor }) => {
    const { bytes, name } = await fileFrom(form);
    if (kind.slug === "cases" && typeof caption === "string") {
      await addCasePhoto({ actor, caseId: recordId, bytes, name, caption });
    } else {
      await attachFile({ actor, kind, recordId, bytes, name });
    }
  });
  if (!result.ok) return result;
  revalidatePath(`/admin/records/${kind.slug}/${recordId}`);
  return { ok: true, message: "已上传（uploaded）" };
}

/** Remove a file that is not public yet: an attachment (`_file`) or, for a case, a photo (`_photo`). */
export async function removeFileAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const kind = requireKind(formText(form, "_kind"));
  const recordId = formText(form, "_id");
  const photo = formText(form, "_photo");
  const result = await runAction(form, async ({ actor, ip }) => {
    if (kind.slug === "cases" && photo) await removeCasePhoto({ actor, ip, caseId: recordId, figureId: photo });
    else await removeAttachment({ actor, ip, kind, recordId, fileId: formText(form, "_file") });
  });
  if (!result.ok) return result;
  revalidatePath(`/admin/records/${kind.slug}/${recordId}`);
  return { ok: true, message: "已删除（removed）" };
}
