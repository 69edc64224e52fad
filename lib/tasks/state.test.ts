import { describe, expect, it } from "vitest";
import { daysUntil, dueWords, taskState } from "./state";

// The college's time zone is Asia/Shanghai (UTC+8) unless NIANBAO_TIME_ZONE says otherwise.
const due = new Date("2026-12-01T00:00:00Z"); // a date-only column: 2026-12-01

describe("task state in the college's time zone", () => {
  it("is due today until midnight in Beijing, and overdue right after, whatever UTC says", () => {
    const lateEvening = new Date("2026-12-01T15:30:00Z"); // 23:30 on 12-01 in Beijing
    const justAfterMidnight = new Date("2026-12-01T16:30:00Z"); // 00:30 on 12-02 in Beijing, still 12-01 in UTC
    expect(daysUntil(due, lateEvening)).toBe(0);
    expect(dueWords(due, lateEvening)).toBe("今天到期");
    expect(taskState({ done: false, started: true, dueDate: due }, lateEvening)).toBe("IN_PROGRESS");
    expect(daysUntil(due, justAfterMidnight)).toBe(-1);
    expect(dueWords(due, justAfterMidnight)).toBe("已逾期1天");
    expect(taskState({ done: false, started: true, dueDate: due }, justAfterMidnight)).toBe("OVERDUE");
  });

  it("puts done before overdue, and tells started from not started", () => {
    const later = new Date("2026-12-10T04:00:00Z");
    expect(taskState({ done: true, started: true, dueDate: due }, later)).toBe("DONE");
    expect(taskState({ done: false, started: false, dueDate: null }, later)).toBe("NOT_STARTED");
    expect(taskState({ done: false, started: false, dueDate: new Date("2026-12-13T00:00:00Z") }, later)).toBe("NOT_STARTED");
    expect(dueWords(new Date("2026-12-13T00:00:00Z"), later)).toBe("还有3天");
  });
});
