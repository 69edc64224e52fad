"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/wrap";
import { formText } from "../text";
import { remindTasks } from "./reminders";
import { assignTask, completeTask } from "./service";

const yearOf = (form: FormData) => Number(formText(form, "year"));

function refresh(year: number) {
  revalidatePath("/admin/tasks");
  revalidatePath("/admin/tasks/mine");
  revalidatePath(`/admin/report/${year}/sections`);
}

/** The board's inline edit of one section or case. */
export async function assignTaskAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = yearOf(form);
  const input = {
    ...(form.has("leadDepartmentId") ? { leadDepartmentId: formText(form, "leadDepartmentId") } : {}),
    supportingDepartmentIds: form.getAll("supportingDepartmentIds").filter((v): v is string => typeof v === "string"),
    writerId: formText(form, "writerId"),
    dueDate: formText(form, "dueDate"),
    note: formText(form, "note"),
    version: formText(form, "version"),
  };
  const result = await runAction(form, ({ actor, ip }) => assignTask({ actor, ip, year, target: formText(form, "target"), input }));
  if (!result.ok) return result;
  refresh(year);
  return { ok: true, data: result.data, message: "已保存（saved）" };
}

/** 标记完成 / 撤销完成: the writer, the lead department, or the quality office. */
export async function completeTaskAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = yearOf(form);
  const done = formText(form, "done") === "true";
  const result = await runAction(form, ({ actor, ip }) =>
    completeTask({ actor, ip, year, target: formText(form, "target"), input: { done } }),
  );
  if (!result.ok) return result;
  refresh(year);
  return { ok: true, message: done ? "已标记完成（marked done）" : "已撤销完成（reopened）" };
}

/** 发送提醒 for one task, or 提醒全部逾期 (no target). */
export async function remindTasksAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const year = yearOf(form);
  const target = formText(form, "target");
  const result = await runAction(form, ({ actor, ip }) => remindTasks({ actor, ip, year, input: target ? { targets: [target] } : {} }));
  if (!result.ok) return result;
  const { tasks, notified, nobody } = result.data!;
  const missing = nobody.length ? `；${nobody.length} 项没有可提醒的人（先指定撰写人或牵头部门）` : "";
  return { ok: true, message: `已提醒 ${tasks} 项任务，共 ${notified} 人（reminders sent）${missing}` };
}
