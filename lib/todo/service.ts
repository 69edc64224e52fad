import "server-only";
import type { Actor, MaybeActor } from "../auth/actor";
import { deny, may } from "../auth/policy";
import type { PrismaClient } from "../generated/prisma/client";
import { RECORD_KINDS } from "../records/kinds";
import { ALL_KINDS_INCLUDE, flatten } from "../records/store";
import { anchorOf } from "../report/model/document";
import { currentSignoff, signoffRequired } from "../report/editions/signoff";
import { DRAFT_STATUS_LABELS, type DraftStatus, draftHref } from "../report/outline/drafts";
import { db } from "../server/db";
import { myTasks } from "../tasks/service";
import { taskStateLabel } from "../tasks/state";
import { tasks as taskMessages } from "../i18n/messages/tasks";
import { fill, type Lang } from "../i18n/define";
import { todo as todoMessages } from "../i18n/messages/todo";
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

type Words = { lang: Lang; t: (typeof todoMessages)["zh"] };

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
  { lang, t }: Words,
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
        label: fill(t.recordLabel, { kind: kind[lang], title: title || t.untitled }),
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

async function staffSections(actor: Actor, prisma: PrismaClient, words: Words): Promise<TodoSection[]> {
  const { lang, t: m } = words;
  const departmentId = actor.departmentId!;
  const out: TodoSection[] = [];
  if (actor.role === "STAFF") {
    const returned = await departmentRecords(
      prisma,
      {
        departmentId,
        OR: [{ status: "RETURNED" }, { status: "APPROVED", revisionStatus: "RETURNED" }],
      },
      words,
    );
    out.push(
      section(
        "returned",
        fill(m.returnedTitle, { n: returned.length }),
        returned.map((r) => ({
          label: r.label,
          href: r.href,
          detail: `${fill(m.year, { year: r.year })}${r.reason ? fill(m.returnReason, { reason: r.reason }) : ""}`,
        })),
        m.returnedEmpty,
        { label: m.seeAll, href: "/admin/records" },
      ),
    );
    const carried = await departmentRecords(prisma, { departmentId, status: "DRAFT", carriedFromId: { not: null } }, words);
    out.push(
      section(
        "carried",
        fill(m.carriedTitle, { n: carried.length }),
        carried.map((r) => ({ label: r.label, href: r.href, detail: fill(m.carriedDetail, { year: r.year }) })),
        m.carriedEmpty,
        { label: m.seeAll, href: "/admin/records?carried=1" },
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
        fill(m.tasksTitle, { n: tasks.length }),
        tasks.map((t) => ({
          label: fill(m.taskLabel, { year: t.year, title: t.title }),
          href: "/admin/tasks/mine",
          detail: [
            taskStateLabel(t.state, lang),
            t.dueDate
              ? `${fill(m.due, { date: t.dueDate })}${t.dueWords && t.daysLeft !== null ? fill(m.dueWords, { words: taskMessages[lang].dueIn(t.daysLeft) }) : ""}`
              : null,
          ]
            .filter(Boolean)
            .join(m.separator),
        })),
        m.tasksEmpty,
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
        fill(m.draftsTitle, { n: drafts.length }),
        drafts.map((d) => ({
          label: `${d.number}${d.title}`,
          href: draftHref(d.year, d.key),
          detail: `${fill(m.year, { year: d.year })}${m.separator}${d.draftStatus ? DRAFT_STATUS_LABELS[d.draftStatus as DraftStatus][lang] : m.notStarted}${d.draftComment && d.draftStatus === "RETURNED" ? fill(m.draftComment, { comment: d.draftComment }) : ""}`,
        })),
        m.draftsEmpty,
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
        fill(m.sectionsTitle, { n: sections.length }),
        sections.map((s) => ({ label: `${s.number}${s.title}`, href: "/admin/my-sections", detail: fill(m.year, { year }) })),
        m.sectionsEmpty,
      ),
    );
  }
  return out;
}

async function reviewSection(actor: Actor, prisma: PrismaClient, { t: m }: Words): Promise<TodoSection> {
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
    fill(head ? m.reviewHeadTitle : m.reviewTitle, { n: queue.length }),
    [...groups.values()].map((g) => ({
      label: fill(m.reviewGroup, { department: names.get(g.departmentId) ?? "", n: g.count }),
      href: `/admin/review?year=${g.year}&departmentId=${g.departmentId}`,
      detail: fill(m.year, { year: g.year }),
    })),
    head && !(await reviewChain(prisma)).departmentReview ? m.reviewNoHeadStep : m.reviewEmpty,
  );
}

async function officeSections(actor: Actor, prisma: PrismaClient, year: number | null, words: Words): Promise<TodoSection[]> {
  const m = words.t;
  const out = [await reviewSection(actor, prisma, words)];
  if (year === null) return out;
  const empty = await prisma.outlineSection.findMany({
    where: { year, level: 2, narrative: "" },
    orderBy: { sortOrder: "asc" },
    select: { key: true, number: true, title: true },
  });
  out.push(
    section(
      "narratives",
      fill(m.narrativesTitle, { year, n: empty.length }),
      empty.map((s) => ({ label: `${s.number}${s.title}`, href: `/admin/report/${year}/sections#${anchorOf("sec", s.key)}` })),
      m.narrativesEmpty,
      { label: m.editNarratives, href: `/admin/report/${year}/sections` },
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
      fill(m.officeDraftsTitle, { n: drafts.length }),
      drafts.map((d) => ({
        label: `${d.number}${d.title}`,
        href: draftHref(d.year, d.key),
        detail: fill(m.writer, { year: d.year, name: d.writingTask?.writer?.displayName ?? "—" }),
      })),
      m.officeDraftsEmpty,
    ),
  );
  const signoff = await currentSignoff({ year, prisma });
  const open = signoff && signoff.publishedVersion === null ? signoff : null;
  const items: TodoItem[] = [];
  if (open?.status === "RETURNED")
    items.push({
      label: fill(m.signoffReturned, { year }),
      href: `/admin/report/${year}/preview#signoff-h`,
      detail: fill(m.signoffReturnedDetail, { who: open.decidedBy ?? m.leader, comment: open.comment ?? "" }),
    });
  if (open?.status === "SIGNED")
    items.push({
      label: fill(m.signoffSigned, { year }),
      href: `/admin/report/${year}/preview#signoff-h`,
      detail: fill(m.signoffSignedDetail, { who: open.decidedBy ?? m.leader, at: open.decidedAt ? formatDateTime(open.decidedAt) : "" }),
    });
  if (open?.status === "PENDING")
    items.push({
      label: fill(m.signoffPending, { year }),
      href: `/admin/report/${year}/preview#signoff-h`,
      detail: fill(m.signoffPendingDetail, { at: formatDateTime(open.requestedAt) }),
    });
  const required = await signoffRequired(prisma);
  if (!open && required)
    items.push({
      label: fill(m.signoffNotAsked, { year }),
      href: `/admin/report/${year}/preview#signoff-h`,
      detail: m.signoffNotAskedDetail,
    });
  out.push(section("signoff", m.signoffTitle, items, required ? m.signoffEmpty : m.signoffNotRequired));
  return out;
}

async function leaderSections(prisma: PrismaClient, { t: m }: Words): Promise<TodoSection[]> {
  const pending = await prisma.reportSignoff.findMany({
    where: { status: "PENDING" },
    orderBy: { requestedAt: "desc" },
    select: { year: true, requestedAt: true, requestedBy: { select: { displayName: true } } },
  });
  return [
    section(
      "signoff",
      fill(m.leaderTitle, { n: pending.length }),
      pending.map((p) => ({
        label: fill(m.leaderReport, { year: p.year }),
        href: `/admin/report/${p.year}/preview#signoff-h`,
        detail: fill(m.leaderDetail, { who: p.requestedBy?.displayName ?? m.office, at: formatDateTime(p.requestedAt) }),
      })),
      m.leaderEmpty,
    ),
  ];
}

/** The admin's first year, step by step, each ticked from what the database holds. */
async function checklist(prisma: PrismaClient, year: number | null, { t: m }: Words): Promise<ChecklistStep[]> {
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
      label: m.stepInstitution,
      done: Boolean(institution?.name && institution.city),
      href: "/admin/settings",
      detail: institution?.name ? `${institution.name}${institution.city ? "" : m.institutionNoCity}` : m.notFilled,
    },
    {
      key: "departments",
      label: m.stepDepartments,
      done: departments > 0,
      href: "/admin/departments",
      detail: m.departmentsDetail(departments),
    },
    { key: "users", label: m.stepUsers, done: users > 0, href: "/admin/users", detail: m.usersDetail(users) },
    {
      key: "years",
      label: m.stepYears,
      done: years > 0,
      href: "/admin/years",
      detail: year === null ? m.noYear : fill(m.currentYear, { year }),
    },
    {
      key: "tasks",
      label: m.stepTasks,
      done: tasks > 0,
      href: year === null ? "/admin/years" : `/admin/tasks?year=${year}`,
      detail: m.tasksDetail(tasks),
    },
    {
      key: "signoff",
      label: m.stepSignoff,
      done: required ? signed > 0 : true,
      href: report,
      detail: required ? (signed > 0 ? m.signedYes : m.signedNo) : m.signoffNotRequired,
    },
    {
      key: "publish",
      label: m.stepPublish,
      done: editions > 0,
      href: report,
      detail: editions > 0 ? m.published(editions) : m.notPublished,
    },
  ];
}

/** The to-do list in the reader's language (Chinese unless told). */
export async function todoFor(options: { actor: MaybeActor; prisma?: PrismaClient; lang?: Lang }): Promise<Todo> {
  const actor = options.actor;
  const lang = options.lang ?? "zh";
  const words: Words = { lang, t: todoMessages[lang] };
  if (!actor || actor.role === "PARTNER") deny(actor);
  const prisma = options.prisma ?? db();
  const year = await workingYear(prisma);
  const sections: TodoSection[] = [];
  if (actor.role === "LEADER") sections.push(...(await leaderSections(prisma, words)));
  else if (actor.role === "REVIEWER" || actor.role === "ADMIN") sections.push(...(await officeSections(actor, prisma, year, words)));
  else if (actor.departmentId) {
    if (actor.role === "DEPT_HEAD") sections.push(await reviewSection(actor, prisma, words));
    sections.push(...(await staffSections(actor, prisma, words)));
  }
  return { year, sections, checklist: actor.role === "ADMIN" ? await checklist(prisma, year, words) : null };
}
