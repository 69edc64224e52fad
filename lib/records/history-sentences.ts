import type { RecordKind } from "./kinds";
import { fieldLabel, fieldText } from "./format";
import { formatDateTime } from "../time";

/** One audit entry of a record as a person reads it: 「2022-05-20 14:03 张三 提交审核」. */
export type HistorySentence = {
  id: string;
  /** When, in the college's time zone. */
  at: string;
  /** The instant, for <time dateTime>. */
  iso: string;
  actor: string;
  /** What was done, e.g. 提交审核, 退回, 修改. */
  verb: string;
  /** The audit action it says (SUBMIT, DEPT_APPROVE …), for tests and styling. */
  action: string;
  /** The reason given (a return), or a file's name (an attachment). */
  detail: string | null;
  /** Fields that changed: 级别 省市级 → 国家级 (for a new record: what it was created with, `before` empty). */
  changes: { field: string; label: string; before: string; after: string }[];
};

type Entry = { id: string; at: string | Date; actorName: string | null; action: string; reason: string | null; changes: unknown };
type Change = { before: unknown; after: unknown };

const EMPTY = "（空）";
// The workflow columns are said by the verb itself; listing them again would be the audit dump.
// (departmentReview: the department head's pass names its approver, who is the entry's actor anyway.)
const SAID_BY_VERB = new Set(["status", "revisionStatus", "file", "departmentReview"]);

// Reasons the code writes on a new record (not a person's words): the way it came in, said by the
// verb (「通过表格导入创建」) and never printed as a detail (「创建记录：import」).
const CREATED_BY: Record<string, string> = { import: "通过表格导入创建" };
const createdBy = (action: string, reason: string | null) => (action === "CREATE" && reason ? CREATED_BY[reason] : undefined);

function verbOf(action: string, changes: Record<string, Change>, reason: string | null): string {
  const revision = "revisionStatus" in changes;
  switch (action) {
    case "CREATE":
      return createdBy(action, reason) ?? "创建记录";
    case "UPDATE":
      return "修改";
    case "REVISE":
      return "修改已公开的记录（待审核）";
    case "SUBMIT":
      return revision ? "提交修订审核" : "提交审核";
    case "WITHDRAW":
      return revision ? "撤回修订" : "撤回";
    case "DEPT_APPROVE":
      return "部门负责人审核通过";
    case "APPROVE":
      return revision ? "审核通过修订" : "审核通过";
    case "RETURN":
      return revision ? "退回修订" : "退回";
    case "ATTACH":
      return "上传附件";
    case "DELETE":
      return "删除记录";
    case "RESTORE":
      return "恢复记录";
    case "CORRECT":
      return "审核人修正";
    case "DETACH":
      return "删除附件";
    case "CARRY":
      return "沿用上年（复制为草稿）";
    case "RECORD_MOVE":
      return "更改所属年度";
    case "HIGHLIGHT":
      return "更改主要成果标记";
    // The report's sign-off (lib/report/editions/signoff.ts), should its entries be read as sentences too.
    case "SIGNOFF_REQUEST":
      return "提交校领导审定";
    case "SIGNOFF":
      return "校领导审定通过";
    case "SIGNOFF_RETURN":
      return "校领导退回";
    // A section's draft (lib/report/outline/drafts.ts).
    case "DRAFT_SAVE":
      return "保存章节草稿";
    case "DRAFT_SUBMIT":
      return "提交章节草稿";
    case "DRAFT_ACCEPT":
      return "采用章节草稿";
    case "DRAFT_RETURN":
      return "退回章节草稿";
    // The task board (lib/tasks).
    case "TASK_ASSIGN":
      return "分配撰写任务";
    case "TASK_DONE":
      return "标记任务完成";
    case "TASK_REOPEN":
      return "撤销任务完成";
    case "TASK_REMIND":
      return "发送任务提醒";
    default:
      return "其他操作";
  }
}

/** The declaration's field order (the form's), then the record's shared columns. */
function order(kind: RecordKind, field: string): number {
  const i = Object.keys(kind.fields).indexOf(field);
  return i === -1 ? 1000 : i;
}

export function historySentences(kind: RecordKind, entries: Entry[], names: { departments?: Map<string, string> } = {}): HistorySentence[] {
  return entries.map((e) => {
    const changes = (e.changes && typeof e.changes === "object" ? e.changes : {}) as Record<string, Change>;
    const file = changes.file?.after;
    const shown = Object.entries(changes).filter(([field, c]) => !SAID_BY_VERB.has(field) && c && typeof c === "object");
    const rows = shown
      .map(([field, c]) => ({
        field,
        label: fieldLabel(kind, field),
        before: fieldText(kind, field, c.before, names) || EMPTY,
        after: fieldText(kind, field, c.after, names) || EMPTY,
      }))
      // A new record lists only what was filled in; a change nobody could see (same words) is no change.
      .filter((r) => (e.action === "CREATE" ? r.after !== EMPTY : r.before !== r.after))
      .map((r) => (e.action === "CREATE" ? { ...r, before: "" } : r))
      .sort((a, b) => order(kind, a.field) - order(kind, b.field));
    const iso = typeof e.at === "string" ? e.at : e.at.toISOString();
    return {
      id: e.id,
      at: formatDateTime(iso),
      iso,
      actor: e.actorName ?? "系统",
      action: e.action,
      verb: verbOf(e.action, changes, e.reason),
      detail: (createdBy(e.action, e.reason) ? null : e.reason) ?? (typeof file === "string" ? file : null),
      changes: rows,
    };
  });
}
