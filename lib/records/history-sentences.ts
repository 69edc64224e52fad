import type { RecordKind } from "./kinds";
import { fieldLabel, fieldText } from "./format";
import { formatDateTime } from "../time";
import type { Lang } from "../i18n/define";

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

type Words = { zh: string; en: string };
const w = (zh: string, en: string): Words => ({ zh, en });

const EMPTY = w("（空）", "(empty)");
const SYSTEM = w("系统", "System");
// The workflow columns are said by the verb itself; listing them again would be the audit dump.
// (departmentReview: the department head's pass names its approver, who is the entry's actor anyway.)
const SAID_BY_VERB = new Set(["status", "revisionStatus", "file", "departmentReview"]);

// Reasons the code writes on a new record (not a person's words): the way it came in, said by the
// verb (「通过表格导入创建」) and never printed as a detail (「创建记录：import」).
const CREATED_BY: Record<string, Words> = { import: w("通过表格导入创建", "Created by import") };
const createdBy = (action: string, reason: string | null) => (action === "CREATE" && reason ? CREATED_BY[reason] : undefined);

/** What an audit entry did, in both languages (a revision's steps say so). */
function verbOf(action: string, changes: Record<string, Change>, reason: string | null): Words {
  const revision = "revisionStatus" in changes;
  switch (action) {
    case "CREATE":
      return createdBy(action, reason) ?? w("创建记录", "Created the record");
    case "UPDATE":
      return w("修改", "Edited");
    case "REVISE":
      return w("修改已公开的记录（待审核）", "Edited the public record (awaiting review)");
    case "SUBMIT":
      return revision ? w("提交修订审核", "Submitted the revision for review") : w("提交审核", "Submitted for review");
    case "WITHDRAW":
      return revision ? w("撤回修订", "Withdrew the revision") : w("撤回", "Withdrew");
    case "DEPT_APPROVE":
      return w("部门负责人审核通过", "Approved by the department head");
    case "APPROVE":
      return revision ? w("审核通过修订", "Approved the revision") : w("审核通过", "Approved");
    case "RETURN":
      return revision ? w("退回修订", "Returned the revision") : w("退回", "Returned");
    case "ATTACH":
      return w("上传附件", "Uploaded an attachment");
    case "DELETE":
      return w("删除记录", "Deleted the record");
    case "RESTORE":
      return w("恢复记录", "Restored the record");
    case "CORRECT":
      return w("审核人修正", "Corrected by the reviewer");
    case "DETACH":
      return w("删除附件", "Removed an attachment");
    case "CARRY":
      return w("沿用上年（复制为草稿）", "Carried from last year (copied as a draft)");
    case "RECORD_MOVE":
      return w("更改所属年度", "Moved to another report year");
    case "HIGHLIGHT":
      return w("更改主要成果标记", "Changed the highlight mark");
    // The report's sign-off (lib/report/editions/signoff.ts), should its entries be read as sentences too.
    case "SIGNOFF_REQUEST":
      return w("提交校领导审定", "Sent to the college leader for sign-off");
    case "SIGNOFF":
      return w("校领导审定通过", "Signed off by the college leader");
    case "SIGNOFF_RETURN":
      return w("校领导退回", "Returned by the college leader");
    // A section's draft (lib/report/outline/drafts.ts).
    case "DRAFT_SAVE":
      return w("保存章节草稿", "Saved a section draft");
    case "DRAFT_SUBMIT":
      return w("提交章节草稿", "Submitted a section draft");
    case "DRAFT_ACCEPT":
      return w("采用章节草稿", "Accepted a section draft");
    case "DRAFT_RETURN":
      return w("退回章节草稿", "Returned a section draft");
    // The task board (lib/tasks).
    case "TASK_ASSIGN":
      return w("分配撰写任务", "Assigned a writing task");
    case "TASK_DONE":
      return w("标记任务完成", "Marked a task done");
    case "TASK_REOPEN":
      return w("撤销任务完成", "Reopened a task");
    case "TASK_REMIND":
      return w("发送任务提醒", "Sent a task reminder");
    default:
      return w("其他操作", "Other action");
  }
}

/** The declaration's field order (the form's), then the record's shared columns. */
function order(kind: RecordKind, field: string): number {
  const i = Object.keys(kind.fields).indexOf(field);
  return i === -1 ? 1000 : i;
}

/** An entry's sentence in the reader's language (`names.lang`, Chinese unless asked); values typed by people stay as typed. */
export function historySentences(
  kind: RecordKind,
  entries: Entry[],
  names: { departments?: Map<string, string>; lang?: Lang } = {},
): HistorySentence[] {
  const lang = names.lang ?? "zh";
  const empty = EMPTY[lang];
  return entries.map((e) => {
    const changes = (e.changes && typeof e.changes === "object" ? e.changes : {}) as Record<string, Change>;
    const file = changes.file?.after;
    const shown = Object.entries(changes).filter(([field, c]) => !SAID_BY_VERB.has(field) && c && typeof c === "object");
    const rows = shown
      .map(([field, c]) => ({
        field,
        label: fieldLabel(kind, field, lang),
        before: fieldText(kind, field, c.before, names) || empty,
        after: fieldText(kind, field, c.after, names) || empty,
      }))
      // A new record lists only what was filled in; a change nobody could see (same words) is no change.
      .filter((r) => (e.action === "CREATE" ? r.after !== empty : r.before !== r.after))
      .map((r) => (e.action === "CREATE" ? { ...r, before: "" } : r))
      .sort((a, b) => order(kind, a.field) - order(kind, b.field));
    const iso = typeof e.at === "string" ? e.at : e.at.toISOString();
    return {
      id: e.id,
      at: formatDateTime(iso),
      iso,
      actor: e.actorName ?? SYSTEM[lang],
      action: e.action,
      verb: verbOf(e.action, changes, e.reason)[lang],
      detail: (createdBy(e.action, e.reason) ? null : e.reason) ?? (typeof file === "string" ? file : null),
      changes: rows,
    };
  });
}
