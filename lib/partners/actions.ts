"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "../actions/wrap";
import type { ActionResult } from "../actions/result";
import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";
import { formText } from "../text";
import type { PartnerTransition } from "./service";
import { addOwnPhoto, invitePartner, saveOwnReport, transitionPartnerReport } from "./service";
import { PARTNER_REPORT_FIELDS } from "./schema";

const DONE: Record<PartnerTransition, string> = {
  submit: "已提交审核（submitted）",
  withdraw: "已撤回（withdrawn）",
  approve: "已通过（approved）",
  return: "已退回（returned）",
};

/** Admin: invite an enterprise; a generated one-time password comes back once, in the result. */
export async function invitePartnerAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(form, ({ actor, ip }) => invitePartner({ actor, ip, input: Object.fromEntries(form) }));
  if (!result.ok) return result;
  revalidatePath("/admin/partners");
  const { username, oneTimePassword } = result.data!;
  return {
    ok: true,
    data: { username, oneTimePassword },
    message: oneTimePassword
      ? `已邀请（invited）。登录名 ${username}，一次性密码 ${oneTimePassword}（只显示这一次）`
      : `已邀请（invited）。登录名 ${username}`,
  };
}

/** Partner: save the own report of a year (created on first save). */
export async function savePartnerReportAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = Number(formText(form, "_year"));
  const version = formText(form, "_version");
  const input = Object.fromEntries(PARTNER_REPORT_FIELDS.map((f) => [f, formText(form, f)]));
  const result = await runAction(form, ({ actor, ip }) =>
    saveOwnReport({ actor, ip, year, version: version ? Number(version) : undefined, input }),
  );
  if (!result.ok) return result;
  revalidatePath(`/partner/reports/${year}`);
  return { ok: true, message: "已保存（saved）" };
}

/** submit / withdraw (partner) or approve / return (reviewer) one report. */
export async function partnerTransitionAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const transition = formText(form, "_transition") as PartnerTransition;
  const id = formText(form, "_id");
  const result = await runAction(form, ({ actor, ip }) =>
    transitionPartnerReport({
      actor,
      ip,
      id,
      transition,
      version: Number(formText(form, "_version")),
      reason: form.get("reason") ?? undefined,
    }),
  );
  if (!result.ok) return result;
  revalidatePath("/partner", "layout");
  revalidatePath("/admin/partners", "layout");
  return { ok: true, message: DONE[transition] ?? "" };
}

/** Partner: a photo for the case of its report. */
export async function uploadPartnerPhotoAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = Number(formText(form, "_year"));
  const result = await runAction(form, async ({ actor, ip }) => {
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("INVALID", bi("请选择要上传的照片", "choose a photo to upload"));
    await addOwnPhoto({
      actor,
      ip,
      year,
      bytes: new Uint8Array(await file.arrayBuffer()),
      name: file.name,
      caption: form.get("caption") ?? "",
    });
  });
  if (!result.ok) return result;
  revalidatePath(`/partner/reports/${year}`);
  return { ok: true, message: "已上传（uploaded）" };
}
