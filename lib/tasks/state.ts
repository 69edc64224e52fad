import type { Lang } from "../i18n/define";
import { tasks } from "../i18n/messages/tasks";
import { formatDate } from "../time";

/**
 * A writing task's state, derived, never stored: 已完成 when marked done (or, for a case, when its
 * record is approved); 已逾期 when not done and its due date is before today in the college's time
 * zone; 进行中 when work shows (a section's narrative is written, a case record exists); else 未开始.
 */
export type TaskState = "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "OVERDUE";

export const TASK_STATE_LABELS: Record<TaskState, string> = tasks.zh;

/** A task state's name in the reader's language. */
export const taskStateLabel = (state: TaskState, lang: Lang = "zh") => tasks[lang][state];

/** Days from today (the college's calendar day of `now`) to a date-only due date: negative once it has passed. */
export function daysUntil(dueDate: Date, now: Date = new Date()): number {
  const today = new Date(`${formatDate(now)}T00:00:00Z`);
  return Math.round((dueDate.getTime() - today.getTime()) / 86_400_000);
}

export function taskState(task: { done: boolean; started: boolean; dueDate: Date | null }, now: Date = new Date()): TaskState {
  if (task.done) return "DONE";
  if (task.dueDate && daysUntil(task.dueDate, now) < 0) return "OVERDUE";
  return task.started ? "IN_PROGRESS" : "NOT_STARTED";
}

/** 「还有3天」「今天到期」「已逾期2天」: the due date in words. */
export function dueWords(dueDate: Date, now: Date = new Date(), lang: Lang = "zh"): string {
  return tasks[lang].dueIn(daysUntil(dueDate, now));
}
