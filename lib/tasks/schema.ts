import { z } from "zod";
import { bi } from "../i18n/bilingual";

/**
 * A task's target in URLs and forms: `section:<outline key>` or `case:<case record id>`.
 * One task per target; the board lists every target, with or without a task row yet.
 */
export const ZTaskTarget = z
  .string({ error: bi("缺少任务对象", "the task's target is missing") })
  .trim()
  .regex(
    /^(section|case):.{1,200}$/,
    bi("任务对象应为 section:章节键 或 case:案例编号", "the target must be section:<key> or case:<record id>"),
  )
  .transform((v) => {
    const i = v.indexOf(":");
    return { kind: v.slice(0, i) as "section" | "case", ref: v.slice(i + 1) };
  });
export type TTaskTarget = z.output<typeof ZTaskTarget>;

const id = z.string().trim().min(1).max(100);
const emptyToNull = (v: unknown) => (v === "" || v === undefined ? null : v);

/**
 * A due date may not lie in the past (the college's calendar day `today`, YYYY-MM-DD): a task set
 * overdue the moment it is assigned helps nobody. The date it already has (`current`) may stay, so a
 * task that became overdue keeps its date while its note or writer changes.
 */
export type DueDateRule = { today: string; current: string | null };

const dueDate = (rule?: DueDateRule) =>
  z.preprocess(
    emptyToNull,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, bi("截止日期格式应为 YYYY-MM-DD", "the due date must be YYYY-MM-DD"))
      .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), bi("截止日期无效", "invalid due date"))
      .refine(
        (v) => !rule || v === rule.current || v >= rule.today,
        bi(`截止日期不能早于今天（${rule?.today}）`, `the due date cannot be in the past (today is ${rule?.today})`),
      )
      .nullable()
      .default(null),
  );

/**
 * The board's edit: lead department (sections only), supporting departments, writer, due date, note.
 * Given the due-date rule (the server's, which knows today and the task), a past date is refused with
 * the other fields' errors in the same answer.
 */
export const taskAssignmentSchema = (rule?: DueDateRule) =>
  z.object({
    leadDepartmentId: z.preprocess(emptyToNull, id.nullable()).optional(),
    supportingDepartmentIds: z
      .array(id, { error: bi("配合部门格式有误", "supporting departments must be a list") })
      .max(30, bi("配合部门最多30个", "at most 30 supporting departments"))
      .default([]),
    writerId: z.preprocess(emptyToNull, id.nullable()).default(null),
    dueDate: dueDate(rule),
    note: z.string().trim().max(500, bi("备注最多500字", "the note is at most 500 characters")).default(""),
    /** The version the editor saw; a newer one is a conflict, not a silent overwrite. */
    version: z.coerce.number().int().min(0).optional(),
  });
export const ZTaskAssignment = taskAssignmentSchema();
export type TTaskAssignment = z.output<typeof ZTaskAssignment>;

export const ZTaskDone = z.object({ done: z.boolean({ error: bi("done 应为 true 或 false", "done must be true or false") }) });

export const ZTaskRemind = z.object({
  /** Targets to remind; absent: every overdue task of the year. */
  targets: z.array(z.string()).max(500).optional(),
});
