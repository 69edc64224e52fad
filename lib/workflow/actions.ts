"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { runAction } from "../actions/wrap";
import type { ActionResult } from "../actions/result";
import { formToInput } from "../records/fields";
import { requireKind } from "../records/resolve";
import { createRecord, updateRecord } from "../records/write";
import { transitionMany, transitionRecord, type Transition } from "./transitions";
import { nextInQueue, parseQueueQuery, queueQuery } from "./queue";
import { formText } from "../text";
import { bi } from "../i18n/bilingual";

const str = (form: FormData, name: string) => formText(form, name);

/** Create (no id) or update (id + version) a record from the generic form. */
export async function saveRecordAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const kind = requireKind(str(form, "_kind"));
  const id = str(form, "_id");
  const result = await runAction(form, async ({ actor, ip }) => {
    const input = formToInput(kind.form, form);
    if (id) {
      return updateRecord({ actor, ip, kind, id, version: Number(str(form, "_version")), input });
    }
    return createRecord({
      actor,
      ip,
      kind,
      input,
      meta: { year: str(form, "_year"), departmentId: str(form, "_departmentId") || undefined, highlight: form.get("_highlight") === "on" },
    });
  });
  if (!result.ok) return result;
  const saved = result.data as { id: string };
  revalidatePath(`/admin/records/${kind.slug}`);
  redirect(`/admin/records/${kind.slug}/${saved.id}?saved=1`);
}

/** submit / withdraw / approve / return one record (reason required to return). */
export async function transitionAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const kind = requireKind(str(form, "_kind"));
  const id = str(form, "_id");
  const transition = str(form, "_transition") as Transition;
  // 通过并下一条: after a pass, open the next record of the same queue (its filters in `_queue`).
  const andNext = form.get("_next") === "1" && (transition === "approve" || transition === "deptApprove");
  const filters = parseQueueQuery(str(form, "_queue"));
  const result = await runAction(form, async ({ actor, ip }) => {
    await transitionRecord({
      actor,
      ip,
      kind,
      id,
      transition,
      version: Number(str(form, "_version")),
      reason: form.get("reason") ?? undefined,
    });
    return andNext ? await nextInQueue({ actor, after: id, ...filters }) : null;
  });
  if (!result.ok) return result;
  revalidatePath(`/admin/records/${kind.slug}/${id}`);
  if (andNext) {
    revalidatePath("/admin/review");
    const query = queueQuery(filters);
    const next = result.data;
    redirect(
      next
        ? `/admin/records/${next.kindSlug}/${next.id}?${new URLSearchParams({ passed: transition, ...(query ? { queue: query } : {}) })}`
        : `/admin/review?${query ? `${query}&` : ""}cleared=1`,
    );
  }
  redirect(`/admin/records/${kind.slug}/${id}?done=${transition}`);
}

/** Approve (at the department or the office step) or return the checked rows of the review queue ("kind:id:version" values). */
export async function bulkReviewAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const asked = str(form, "_transition");
  const transition = asked === "return" ? "return" : asked === "deptApprove" ? "deptApprove" : "approve";
  const items = form.getAll("item").map((v) => {
    const [slug = "", id = "", version] = (typeof v === "string" ? v : "").split(":");
    return { kind: requireKind(slug), id, version: Number(version) };
  });
  // Refuse before touching anything: nothing chosen, or a return without its reason.
  if (!items.length) {
    return {
      ok: false,
      code: "INVALID",
      message: bi("请先勾选要处理的记录", "select the records first"),
      fieldErrors: { item: [bi("未选择记录", "nothing selected")] },
    };
  }
  if (transition === "return" && !str(form, "reason").trim()) {
    const message = bi("请填写退回原因", "a reason is required to return");
    return { ok: false, code: "INVALID", message, fieldErrors: { reason: [message] } };
  }
  const result = await runAction(form, ({ actor, ip }) =>
    transitionMany({ actor, ip, transition, items, reason: form.get("reason") ?? undefined }),
  );
  if (!result.ok) return result;
  const outcomes = result.data as Awaited<ReturnType<typeof transitionMany>>;
  const failed = outcomes.filter((o) => !o.ok);
  revalidatePath("/admin/review");
  if (failed.length) {
    // One code for the batch: a conflict if any item was stale or moved on, else the first refusal's.
    const code = failed.some((f) => f.code === "CONFLICT") ? "CONFLICT" : (failed[0]!.code ?? "INVALID");
    return { ok: false, code, message: failed.map((f) => f.message).join("；") };
  }
  // A department head's pass (deptApprove) is an approval at their step.
  const returned = transition === "return";
  return {
    ok: true,
    message: `已${returned ? "退回" : "通过"} ${outcomes.length} 条记录（${outcomes.length} ${returned ? "returned" : "approved"}）`,
  };
}
