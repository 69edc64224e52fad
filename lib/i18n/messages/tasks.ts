import { defineMessages } from "../define";

/** 任务看板 and 我的任务 (app/admin/tasks, components/tasks) and a task's state (lib/tasks/state.ts). */
export const tasks = defineMessages(
  {
    NOT_STARTED: "未开始",
    IN_PROGRESS: "进行中",
    DONE: "已完成",
    OVERDUE: "已逾期",
    /** 「还有3天」「今天到期」「已逾期2天」: days to a due date, negative once past. */
    dueIn: (days: number) => (days > 0 ? `还有${days}天` : days === 0 ? "今天到期" : `已逾期${-days}天`),
  },
  {
    NOT_STARTED: "Not started",
    IN_PROGRESS: "In progress",
    DONE: "Done",
    OVERDUE: "Overdue",
    dueIn: (days: number) =>
      days > 0 ? `${days} ${days === 1 ? "day" : "days"} left` : days === 0 ? "due today" : `${-days} ${days === -1 ? "day" : "days"} overdue`,
  },
);
