import "server-only";
import type { Actor, MaybeActor } from "../auth/actor";
import { deny, may } from "../auth/policy";
import type { PrismaClient } from "../generated/prisma/client";
import { RECORD_KINDS } from "../records/kinds";
import { ALL_KINDS_INCLUDE, flatten } from "../records/store";
import { anchorOf } from "../report/engine/document";
import { currentSignoff, signoffRequired } from "../report/editions/signoff";
import { DRAFT_STATUS_LABELS, type DraftStatus, draftHref } from "../report/outline/drafts";
import { db } from "../server/db";
import { myTasks } from "../tasks/service";
import { printed } from "../text";
import { formatDateTime } from "../time";
import { reviewQueue } from "../workflow/queue";
import { reviewChain } from "../workflow/chain";

/**
 * 待办: where each person lands after signing in — what waits for them, built from the data (not
 * from notices, which may have been read): staff their returned records, carried drafts, tasks and
 * sections due; a department head the records to pass; the quality office the queue, sections
 * without text and a report sent back or signed off; a leader the report awaiting sign-off; an
 * admin the first year's checklist. Every item links to exactly where the work is done.
 */
export type TodoItem = { label: string; href: string; detail?: string };
export type TodoSection = { id: string; title: string; items: TodoItem[]; empty: string; more?: TodoItem };
export type ChecklistStep = { key: string; label: string; done: boolean; href: string; detail: string };
export type Todo = { year: number | null; sections: TodoSection[]; checklist: ChecklistStep[] | null };

const SHOWN = 20;

/** The year people work on: the newest year still being written, else the newest year. */
async function workingYear(prisma: PrismaClient): Promise<number | null> {
  const open = await prisma.reportYear.findFirst({ where: { state: "OPEN" }, orderBy: { year: "desc" }, select: { year: true } });
  if (open) return open.year;
  return (
    (await prisma.reportYear.findFirst({ where: { state: { not: "ARCHIVED" } }, orderBy: { year: "desc" }, select: { year: true } }))
      ?.year ?? null
  );
}

async function departmentRecords(
  prisma: PrismaClient,
  where: Record<string, unknown>,
): Promise<{ id: string; label: string; href: string; reason: string | null; year: number }[]> {
  const rows = await prisma.record.findMany({
    where: { deletedAt: null, year: { in: await writableYears(prisma) }, ...where },
    include: ALL_KINDS_INCLUDE,
    orderBy: { updatedAt: "desc" },
    take: 200,
  });
  return rows.flatMap((raw) => {
    const kind = RECORD_KINDS.find((k) => k.model === raw.kind);
    if (!kind) return [];
    const r = flatten(raw);
    const title = printed(r[kind.columns[0]!.field] ?? "");
    return [
      {
        id: r.id,
        label: `${kind.zh}「${title || "（无标题）"}」`,
        href: `/admin/records/${kind.slug}/${r.id}`,
        reason: raw.returnReason,
        year: raw.year,
      },
    ];
  });
}

const writableYears = async (prisma: PrismaClient) =>
  (await prisma.reportYear.findMany({ where: { state: { not: "ARCHIVED" } }, select: { year: true } })).map((y) => y.year);

const section = (id: string, title: string, items: TodoItem[], empty: string, more?: TodoItem): TodoSection => ({
  id,
  title,
  items: items.slice(0, SHOWN),
  empty,
  more: items.length > SHOWN ? more : undefined,
});

async function staffSections(actor: Actor, prisma: PrismaClient): Promise<TodoSection[]> {
  const departmentId = actor.departmentId!;
  const out: TodoSection[] = [];
  if (actor.role === "STAFF") {
    const returned = await departmentRecords(prisma, {
      departmentId,
      OR: [{ status: "RETURNED" }, { status: "APPROVED", revisionStatus: "RETURNED" }],
    });
    out.push(
      section(
        "returned",
        `被退回的记录（${returned.length}）`,
        returned.map((r) => ({ label: r.label, href: r.href, detail: `${r.year}年度${r.reason ? `；退回原因：${r.reason}` : ""}` })),
        "没有被退回的记录。",
        { label: "查看全部", href: "/admin/records" },
      ),
    );
    const carried = await departmentRecords(prisma, { departmentId, status: "DRAFT", carriedFromId: { not: null } });
    out.push(
      section(
        "carried",
        `沿用上年、待确认提交的记录（${carried.length}）`,
        carried.map((r) => ({ label: r.label, href: r.href, detail: `${r.year}年度：核对或更新后提交审核，不再适用的删除` })),
        "没有待确认的沿用记录。",
        { label: "查看全部", href: "/admin/records?carried=1" },
      ),
    );
  }
  if (may(actor, "tasks.own")) {
    const tasks = (await myTasks({ actor, prisma })).filter(
      (t) => t.state !== "DONE" && (t.writer?.id === actor.id || t.lead?.id === departmentId),
    );
    out.push(
      section(
        "tasks",
        `我的写作任务（${tasks.length}）`,
        tasks.map((t) => ({
          label: `${t.year}年度 ${t.title}`,
          href: "/admin/tasks/mine",
          detail: [t.stateLabel, t.dueDate ? `截止 ${t.dueDate}${t.dueWords ? `（${t.dueWords}）` : ""}` : null].filter(Boolean).join("；"),
        })),
        "没有未完成的写作任务。",
      ),
    );
  }
  if (actor.role === "STAFF") {
    // Sections this person writes (撰写人) whose draft the quality office has not taken yet.
    const drafts = await prisma.outlineSection.findMany({
      where: {
        year: { in: await writableYears(prisma) },
        writingTask: { is: { writerId: actor.id } },
        OR: [{ draftStatus: null }, { draftStatus: { in: ["WRITING", "RETURNED"] } }],
      },
      orderBy: [{ year: "desc" }, { sortOrder: "asc" }],
      select: { year: true, key: true, number: true, title: true, draftStatus: true, draftComment: true },
    });
    out.push(
      section(
        "drafts",
        `待我撰写或修改的章节草稿（${drafts.length}）`,
        drafts.map((d) => ({
          label: `${d.number}${d.title}`,
          href: draftHref(d.year, d.key),
          detail: `${d.year}年度；${d.draftStatus ? DRAFT_STATUS_LABELS[d.draftStatus as DraftStatus] : "尚未开始"}${d.draftComment && d.draftStatus === "RETURNED" ? `；意见：${d.draftComment}` : ""}`,
        })),
        "没有待撰写的章节草稿。",
      ),
    );
  }
  const year = await workingYear(prisma);
  if (year !== null) {
    const sections = await prisma.outlineSection.findMany({
      where: { year, departmentId, level: 2, narrative: "" },
      orderBy: { sortOrder: "asc" },
      select: { key: true, number: true, title: true },
    });
    out.push(
      section(
        "sections",
        `本部门负责、尚无叙述文字的章节（${sections.length}）`,
        sections.map((s) => ({ label: `${s.number}${s.title}`, href: "/admin/my-sections", detail: `${year}年度` })),
        "本部门负责的章节都已有叙述文字。",
      ),
    );
  }
  return out;
}

async function reviewSection(actor: Actor, prisma: PrismaClient): Promise<TodoSection> {
  const queue = await reviewQueue({ actor, prisma });
  const names = new Map((await prisma.department.findMany({ select: { id: true, name: true } })).map((d) => [d.id, d.name]));
  // One line per department and year, as the notices group them: the queue filtered to it.
  const groups = new Map<string, { departmentId: string; year: number; count: number }>();
  for (const q of queue) {
    const key = `${q.year}:${q.departmentId}`;
    const g = groups.get(key) ?? { departmentId: q.departmentId, year: q.year, count: 0 };
    g.count++;
    groups.set(key, g);
  }
  const head = actor.role === "DEPT_HEAD";
  return section(
    "review",
    head ? `待您部门审核的记录（${queue.length}）` : `待审核的记录（${queue.length}）`,
    [...groups.values()].map((g) => ({
      label: `${names.get(g.departmentId) ?? ""} ${g.count} 条`,
      href: `/admin/review?year=${g.year}&departmentId=${g.departmentId}`,
      detail: `${g.year}年度`,
    })),
    head && !(await reviewChain(prisma)).departmentReview ? "本校未启用部门负责人审核。" : "审核队列是空的。",
  );
}

async function officeSections(actor: Actor, prisma: PrismaClient, year: number | null): Promise<TodoSection[]> {
  const out = [await reviewSection(actor, prisma)];
  if (year === null) return out;
  const empty = await prisma.outlineSection.findMany({
    where: { year, level: 2, narrative: "" },
    orderBy: { sortOrder: "asc" },
    select: { key: true, number: true, title: true },
  });
  out.push(
    section(
      "narratives",
      `${year}年度尚无叙述文字的章节（${empty.length}）`,
      empty.map((s) => ({ label: `${s.number}${s.title}`, href: `/admin/report/${year}/sections#${anchorOf("sec", s.key)}` })),
      "每一节都已有叙述文字。",
      { label: "编辑各节叙述", href: `/admin/report/${year}/sections` },
    ),
  );
  const drafts = await prisma.outlineSection.findMany({
    where: { year: { in: await writableYears(prisma) }, draftStatus: "SUBMITTED" },
    orderBy: [{ year: "desc" }, { sortOrder: "asc" }],
    select: { year: true, key: true, number: true, title: true, writingTask: { select: { writer: { select: { displayName: true } } } } },
  });
  out.push(
    section(
      "drafts",
      `撰写人提交、待采用的章节草稿（${drafts.length}）`,
      drafts.map((d) => ({
        label: `${d.number}${d.title}`,
        href: draftHref(d.year, d.key),
        detail: `${d.year}年度；撰写人：${d.writingTask?.writer?.displayName ?? "—"}`,
      })),
      "没有待采用的章节草稿。",
    ),
  );
  const signoff = await currentSignoff({ year, prisma });
  const open = signoff && signoff.publishedVersion === null ? signoff : null;
  const items: TodoItem[] = [];
  if (open?.status === "RETURNED")
    items.push({
      label: `${year}年度报告被校领导退回`,
      href: `/admin/report/${year}/preview#signoff-h`,
      detail: `${open.decidedBy ?? "校领导"}的意见：${open.comment ?? ""}`,
    });
  if (open?.status === "SIGNED")
    items.push({
      label: `${year}年度报告已审定通过，可以发布`,
      href: `/admin/report/${year}/preview#signoff-h`,
      detail: `${open.decidedBy ?? "校领导"}于${open.decidedAt ? formatDateTime(open.decidedAt) : ""}审定`,
    });
  if (open?.status === "PENDING")
    items.push({
      label: `${year}年度报告正在待校领导审定`,
      href: `/admin/report/${year}/preview#signoff-h`,
      detail: `${formatDateTime(open.requestedAt)}提交`,
    });
  const required = await signoffRequired(prisma);
  if (!open && required)
    items.push({
      label: `${year}年度报告尚未提交校领导审定`,
      href: `/admin/report/${year}/preview#signoff-h`,
      detail: "审定通过后才能发布",
    });
  out.push(section("signoff", "校领导审定", items, required ? "尚未提交校领导审定。" : "本校未要求校领导审定。"));
  return out;
}

async function leaderSections(prisma: PrismaClient): Promise<TodoSection[]> {
  const pending = await prisma.reportSignoff.findMany({
    where: { status: "PENDING" },
    orderBy: { requestedAt: "desc" },
    select: { year: true, requestedAt: true, requestedBy: { select: { displayName: true } } },
  });
  return [
    section(
      "signoff",
      `待您审定的报告（${pending.length}）`,
      pending.map((p) => ({
        label: `${p.year}年度质量报告`,
        href: `/admin/report/${p.year}/preview#signoff-h`,
        detail: `${p.requestedBy?.displayName ?? "质量办"}于${formatDateTime(p.requestedAt)}提交审定`,
      })),
      "没有待您审定的报告。",
    ),
  ];
}

/** The admin's first year, step by step, each ticked from what the database holds. */
async function checklist(prisma: PrismaClient, year: number | null): Promise<ChecklistStep[]> {
  const [institution, departments, users, years, tasks, signed, editions, required] = await Promise.all([
    prisma.institution.findFirst({ orderBy: { createdAt: "asc" }, select: { name: true, shortName: true, city: true } }),
    prisma.department.count({ where: { active: true } }),
    prisma.user.count({ where: { active: true, role: { in: ["STAFF", "DEPT_HEAD"] } } }),
    prisma.reportYear.count(),
    // A task with a writer: someone was given a section or a case to write.
    prisma.writingTask.count({ where: { year: year ?? -1, writerId: { not: null } } }),
    prisma.reportSignoff.count({ where: { status: "SIGNED" } }),
    prisma.reportEdition.count(),
    signoffRequired(prisma),
  ]);
  const report = year === null ? "/admin/years" : `/admin/report/${year}/preview`;
  return [
    {
      key: "institution",
      label: "学校信息",
      done: Boolean(institution?.name && institution.city),
      href: "/admin/settings",
      detail: institution?.name ? `${institution.name}${institution.city ? "" : "（未填所在城市）"}` : "未填写",
    },
    { key: "departments", label: "部门", done: departments > 0, href: "/admin/departments", detail: `${departments} 个在用部门` },
    { key: "users", label: "用户", done: users > 0, href: "/admin/users", detail: `${users} 个系部账号（填报员、部门负责人）` },
    { key: "years", label: "年度", done: years > 0, href: "/admin/years", detail: year === null ? "尚未开启年度" : `当前 ${year}年度` },
    {
      key: "tasks",
      label: "任务",
      done: tasks > 0,
      href: year === null ? "/admin/years" : `/admin/tasks?year=${year}`,
      detail: `${tasks} 项已分派撰写人`,
    },
    {
      key: "signoff",
      label: "审定",
      done: required ? signed > 0 : true,
      href: report,
      detail: required ? (signed > 0 ? "已有校领导审定" : "尚无校领导审定") : "本校未要求校领导审定",
    },
    { key: "publish", label: "发布", done: editions > 0, href: report, detail: editions > 0 ? `已发布 ${editions} 个版本` : "尚未发布" },
  ];
}

export async function todoFor(options: { actor: MaybeActor; prisma?: PrismaClient }): Promise<Todo> {
  const actor = options.actor;
  if (!actor || actor.role === "PARTNER") deny(actor);
  const prisma = options.prisma ?? db();
  const year = await workingYear(prisma);
  const sections: TodoSection[] = [];
  if (actor.role === "LEADER") sections.push(...(await leaderSections(prisma)));
  else if (actor.role === "REVIEWER" || actor.role === "ADMIN") sections.push(...(await officeSections(actor, prisma, year)));
  else if (actor.departmentId) {
    if (actor.role === "DEPT_HEAD") sections.push(await reviewSection(actor, prisma));
    sections.push(...(await staffSections(actor, prisma)));
  }
  return { year, sections, checklist: actor.role === "ADMIN" ? await checklist(prisma, year) : null };
}
