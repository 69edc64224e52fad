/**
 * Writing tasks on the demo 2022 outline (任务看板), so the board is not empty: one overdue, one in
 * progress with days left, one done, one case. Department codes as in departments.ts; writers are
 * demo sign-ins (left unassigned when the demo runs without users). `dueInDays` counts from the day
 * the demo is seeded, so "days left" stays meaningful; a fixed `due` is a day in 2022.
 */
export type DemoTask = {
  id: string;
  section?: string;
  caseNumber?: number;
  lead?: string;
  supporting: string[];
  writer: string | null;
  due?: string;
  dueInDays?: number;
  done?: boolean;
  note?: string;
};

export const tasks: DemoTask[] = [
  {
    id: "demo-task-employment",
    section: "student.employment",
    lead: "ZSJY",
    supporting: ["JDXX", "JYSH"],
    writer: "staff-b",
    dueInDays: -5,
    note: "就业数据以招生就业处年底统计为准",
  },
  { id: "demo-task-majors", section: "teaching.majors", lead: "JWC", supporting: ["JDXX"], writer: "staff-a", dueInDays: 21 },
  {
    id: "demo-task-community",
    section: "service.community",
    lead: "JXJY",
    supporting: ["JYSH"],
    writer: "staff-b",
    due: "2022-06-30",
    done: true,
  },
  { id: "demo-task-case-3", caseNumber: 3, supporting: ["GJJL"], writer: "staff-a", dueInDays: 30 },
];
