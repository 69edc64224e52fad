import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { kindBySlug } from "../../lib/records/kinds";
import { createRecord } from "../../lib/records/write";
import { remindTasks } from "../../lib/tasks/reminders";
import { assignableWriters, assignTask, completeTask, myTasks, taskBoard } from "../../lib/tasks/service";
import nodemailer from "nodemailer";
import { demoDatabase } from "../support/database";
import { startSmtp } from "../support/smtp";
import { outcome as code } from "../support/errors";

/**
 * The task board on the demo 2022 outline (prisma/demo/tasks.ts): the overdue state in the college's
 * time zone, who sees and completes which task, and who a reminder reaches.
 */
describe("task board", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  const actors: Record<string, Actor> = {};
  const ctx = (name: string, now?: Date) => ({ actor: actors[name]!, prisma: database.prisma, now });
  const dept = async (code: string) => (await database.prisma.department.findUniqueOrThrow({ where: { code } })).id;

  beforeAll(async () => {
    database = await demoDatabase();
    Object.assign(actors, database.actors);
    // Someone in the lead department of the demo's overdue task (招生就业处), and a deactivated colleague.
    const zsjy = await dept("ZSJY");
    for (const [username, active] of [
      ["staff-zsjy", true],
      ["staff-zsjy-gone", false],
    ] as const) {
      const u = await database.prisma.user.create({ data: { username, displayName: username, role: "STAFF", departmentId: zsjy, active } });
      actors[username] = { id: u.id, username, displayName: username, role: "STAFF", departmentId: zsjy };
    }
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("lists every section and case of the year, with the demo's overdue one counted at the top", async () => {
    const board = await taskBoard({ ...ctx("reviewer"), year: 2022 });
    const sections = await database.prisma.outlineSection.count({ where: { year: 2022 } });
    const cases = await database.prisma.record.count({ where: { year: 2022, kind: "case", deletedAt: null } });
    expect(board.total).toBe(sections + cases);
    const employment = board.rows.find((r) => r.target === "section:student.employment")!;
    expect(employment).toMatchObject({
      state: "OVERDUE",
      stateLabel: "已逾期",
      lead: { name: "招生就业处" },
      writer: { name: "教社系填报员" },
    });
    expect(employment.supporting.map((d) => d.name)).toEqual(["机电与信息工程系", "教育与社会事业系"]);
    expect(board.rows.find((r) => r.target === "section:service.community")!.state).toBe("DONE");
    expect(board.rows.find((r) => r.target === "section:teaching.majors")!.state).toBe("IN_PROGRESS");
    expect(board.overdue).toBe(board.rows.filter((r) => r.state === "OVERDUE").length);
    expect(board.overdue).toBeGreaterThanOrEqual(1);
    expect(await code(taskBoard({ ...ctx("staff-a"), year: 2022 }))).toBe("FORBIDDEN");
    expect(await code(taskBoard({ ...ctx("leader"), year: 2022 }))).toBe("FORBIDDEN");
  });

  it("derives overdue from the college's calendar day: due today until midnight in Beijing, overdue after", async () => {
    await assignTask({
      ...ctx("admin", new Date("2026-11-30T04:00:00Z")),
      year: 2022,
      target: "section:policy.funding",
      input: { dueDate: "2026-12-01" },
    });
    const at = async (iso: string) =>
      (await taskBoard({ ...ctx("admin", new Date(iso)), year: 2022 })).rows.find((r) => r.target === "section:policy.funding")!;
    expect(await at("2026-12-01T15:59:00Z")).toMatchObject({ state: "IN_PROGRESS", dueWords: "今天到期" }); // 23:59 in Beijing
    expect(await at("2026-12-01T16:01:00Z")).toMatchObject({ state: "OVERDUE", dueWords: "已逾期1天" }); // 00:01 next day
  });

  it("assigns a section: its lead is the section's department (我的章节), audited; a stale version is a conflict", async () => {
    const jdxx = await dept("JDXX");
    const jysh = await dept("JYSH");
    // Assigned before its due date (a past one is refused: see below).
    const row = await assignTask({
      ...ctx("admin", new Date("2022-06-01T04:00:00Z")),
      year: 2022,
      target: "section:teaching.digital",
      input: {
        leadDepartmentId: jdxx,
        supportingDepartmentIds: [jysh, jdxx],
        writerId: actors["staff-a"]!.id,
        dueDate: "2022-07-01",
        version: 0,
      },
    });
    // the lead is not also a supporter
    expect(row).toMatchObject({
      lead: { id: jdxx },
      supporting: [{ id: jysh }],
      writer: { id: actors["staff-a"]!.id },
      dueDate: "2022-07-01",
    });
    const section = await database.prisma.outlineSection.findUniqueOrThrow({
      where: { year_key: { year: 2022, key: "teaching.digital" } },
    });
    expect(section.departmentId).toBe(jdxx);
    const log = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "TASK_ASSIGN", entityId: row.taskId } });
    expect(log.actorId).toBe(actors.admin!.id);
    expect(log.changes).toMatchObject({ target: "section:teaching.digital", leadDepartmentId: { after: jdxx } });

    const stale = assignTask({ ...ctx("admin"), year: 2022, target: "section:teaching.digital", input: { note: "x", version: 0 } });
    expect(await code(stale)).toBe("CONFLICT");
    expect(await code(assignTask({ ...ctx("staff-a"), year: 2022, target: "section:teaching.digital", input: {} }))).toBe("FORBIDDEN");
    expect(await code(assignTask({ ...ctx("admin"), year: 2022, target: "section:nope", input: {} }))).toBe("NOT_FOUND");
    expect(await code(assignTask({ ...ctx("admin"), year: 2022, target: "chapter:x", input: {} }))).toBe("INVALID");
    expect(await code(assignTask({ ...ctx("admin"), year: 2022, target: "section:teaching.digital", input: { dueDate: "1.7." } }))).toBe(
      "INVALID",
    );
    const partner = assignTask({
      ...ctx("admin"),
      year: 2022,
      target: "section:teaching.digital",
      input: { writerId: actors["partner-a"]!.id },
    });
    expect(await code(partner)).toBe("INVALID");
    // a case's lead is the department that entered it
    const caseLead = assignTask({ ...ctx("admin"), year: 2022, target: "case:demo-case-3", input: { leadDepartmentId: jysh } });
    expect(await code(caseLead)).toBe("INVALID");
  });

  it("refuses a due date before today (the college's day) in both languages, but lets a task keep the date it has", async () => {
    const target = "section:teaching.methods";
    const on = (iso: string) => ctx("admin", new Date(iso));
    // 2026-12-06 01:00 in Beijing is still 12-05 in UTC: today is the college's 12-06.
    const past = await assignTask({ ...on("2026-12-05T17:00:00Z"), year: 2022, target, input: { dueDate: "2026-12-05" } }).catch(
      (e: unknown) => e,
    );
    expect(past).toMatchObject({
      code: "INVALID",
      message: "截止日期不能早于今天（2026-12-06）（the due date cannot be in the past (today is 2026-12-06)）",
      fieldErrors: { dueDate: [expect.stringContaining("截止日期不能早于今天")] },
    });
    // Every field's error in one answer: a past date and a note too long together.
    const both = await assignTask({
      ...on("2026-12-05T17:00:00Z"),
      year: 2022,
      target,
      input: { dueDate: "2026-12-01", note: "长".repeat(501) },
    }).catch((e: unknown) => e);
    expect(Object.keys((both as { fieldErrors: object }).fieldErrors).sort()).toEqual(["dueDate", "note"]);
    const today = await assignTask({ ...on("2026-12-05T17:00:00Z"), year: 2022, target, input: { dueDate: "2026-12-06" } });
    expect(today.dueDate).toBe("2026-12-06");
    // A week later it is overdue; changing its note keeps the date, moving it further into the past is refused.
    const later = { ...on("2026-12-13T04:00:00Z"), year: 2022, target };
    expect((await assignTask({ ...later, input: { dueDate: "2026-12-06", note: "催一下" } })).state).toBe("OVERDUE");
    expect(await code(assignTask({ ...later, input: { dueDate: "2026-12-01" } }))).toBe("INVALID");
    await assignTask({ ...later, input: { dueDate: "" } });
  });

  it("offers as writers only active college accounts of active departments, never the leader or a partner, and refuses them", async () => {
    const writers = await assignableWriters({ ...ctx("admin") });
    const ids = writers.map((w) => w.id);
    expect(ids).toContain(actors["staff-a"]!.id);
    expect(ids).toContain(actors["staff-zsjy"]!.id);
    expect(ids).not.toContain(actors["staff-zsjy-gone"]!.id);
    expect(ids).not.toContain(actors.leader!.id);
    expect(ids).not.toContain(actors["partner-a"]!.id);
    const leader = assignTask({ ...ctx("admin"), year: 2022, target: "section:teaching.methods", input: { writerId: actors.leader!.id } });
    expect(await code(leader)).toBe("INVALID");
    const gone = assignTask({
      ...ctx("admin"),
      year: 2022,
      target: "section:teaching.methods",
      input: { writerId: actors["staff-zsjy-gone"]!.id },
    });
    expect(await code(gone)).toBe("INVALID");
    // Someone in a deactivated department is not offered either.
    const dept = await database.prisma.department.create({ data: { code: "OLD", name: "已撤销系", active: false } });
    const old = await database.prisma.user.create({
      data: { username: "staff-old", displayName: "staff-old", role: "STAFF", departmentId: dept.id },
    });
    expect((await assignableWriters({ ...ctx("admin") })).map((w) => w.id)).not.toContain(old.id);
  });

  it("shows staff the tasks they write, lead or support, and lets only the writer or the lead mark one done", async () => {
    const mineA = (await myTasks({ ...ctx("staff-a") })).map((r) => r.target);
    expect(mineA).toEqual(
      expect.arrayContaining(["section:student.employment", "section:teaching.majors", "section:teaching.digital", "case:demo-case-3"]),
    );
    expect(mineA).not.toContain("section:service.community");
    const mineB = (await myTasks({ ...ctx("staff-b") })).map((r) => r.target);
    expect(mineB).toEqual(expect.arrayContaining(["section:student.employment", "section:service.community", "section:teaching.digital"]));
    expect(mineB).not.toContain("section:teaching.majors");
    expect(mineB).not.toContain("case:demo-case-3");
    expect(await code(myTasks({ ...ctx("leader") }))).toBe("FORBIDDEN");
    expect(await code(myTasks({ ...ctx("partner-a") }))).toBe("FORBIDDEN");

    const employment = { year: 2022, target: "section:student.employment", input: { done: true } };
    // staff-a's department only supports it; staff-b writes it
    expect(await code(completeTask({ ...ctx("staff-a"), ...employment }))).toBe("FORBIDDEN");
    expect(await code(completeTask({ ...ctx("leader"), ...employment }))).toBe("FORBIDDEN");
    const done = await completeTask({ ...ctx("staff-b"), ...employment });
    expect(done).toMatchObject({ state: "DONE", completedBy: "教社系填报员" });
    expect(await database.prisma.auditLog.count({ where: { action: "TASK_DONE", actorId: actors["staff-b"]!.id } })).toBe(1);
    // a section without a narrative is not done
    await database.prisma.outlineSection.update({ where: { year_key: { year: 2022, key: "teaching.digital" } }, data: { narrative: "" } });
    const empty = completeTask({ ...ctx("staff-a"), year: 2022, target: "section:teaching.digital", input: { done: true } });
    expect(await code(empty)).toBe("INVALID");
    const back = await completeTask({ ...ctx("staff-b"), ...employment, input: { done: false } });
    expect(back.state).toBe("OVERDUE");
  });

  it("never shows a supporting department another department's draft case", async () => {
    const draft = await createRecord({
      ...ctx("staff-a"),
      kind: kindBySlug("cases")!,
      input: { title: "机电系草稿案例-不应外泄", topic: "student.moral", body: "草稿正文。" },
      meta: { year: 2022 },
    });
    await assignTask({ ...ctx("admin"), year: 2022, target: `case:${draft.id}`, input: { supportingDepartmentIds: [await dept("JYSH")] } });
    const forB = (await myTasks({ ...ctx("staff-b") })).find((r) => r.target === `case:${draft.id}`)!;
    expect(forB.title).not.toContain("不应外泄");
    expect(forB.href).toBeNull();
    const forA = (await myTasks({ ...ctx("staff-a") })).find((r) => r.target === `case:${draft.id}`)!;
    expect(forA).toMatchObject({ title: "案例：机电系草稿案例-不应外泄", href: `/admin/records/cases/${draft.id}` });
    // A writer from another department is reminded without the draft's title; its own department with it.
    await assignTask({ ...ctx("admin"), year: 2022, target: `case:${draft.id}`, input: { writerId: actors["staff-b"]!.id } });
    await remindTasks({ ...ctx("admin"), year: 2022, input: { targets: [`case:${draft.id}`] } });
    const titles = await database.prisma.notification.findMany({
      where: { type: "TASK", title: { contains: "案例" } },
      include: { user: true },
    });
    expect(titles.find((n) => n.user.username === "staff-b")!.title).toBe("任务提醒：2022年度 案例（牵头部门的草稿，暂不可见）");
    expect(titles.find((n) => n.user.username === "staff-a")!.title).toBe("任务提醒：2022年度 案例：机电系草稿案例-不应外泄");
  });

  it("reminds the writer and the lead department's active staff, never a supporter or the sender, and audits it", async () => {
    const before = new Date();
    await database.prisma.user.update({ where: { username: "staff-zsjy" }, data: { email: "zsjy@college.test" } });
    const smtp = await startSmtp();
    const mailer = nodemailer.createTransport(smtp.url);
    const result = await remindTasks({ ...ctx("reviewer"), year: 2022, input: { targets: ["section:student.employment"] }, mailer });
    // with SMTP configured, the reminder goes out by mail as well (to those with an address)
    const mail = await smtp.waitFor((m) => m.to === "zsjy@college.test").finally(() => smtp.close());
    expect(mail.subject).toMatch(/^【年报】任务已逾期：2022年度 .*就业质量$/);
    expect(mail.text).toContain("/admin/tasks/mine");
    expect(result).toMatchObject({ tasks: 1, notified: 2, nobody: [] });
    const told = await database.prisma.notification.findMany({
      where: { type: "TASK", createdAt: { gte: before } },
      include: { user: true },
    });
    expect(told.map((n) => n.user.username).sort()).toEqual(["staff-b", "staff-zsjy"]);
    expect(told[0]!.title).toMatch(/^任务已逾期：2022年度 .*就业质量$/);
    expect(told[0]!.body).toMatch(/^截止 \d{4}-\d\d-\d\d（已逾期5天）；牵头：招生就业处；撰写人：教社系填报员；提醒人：/);
    expect(told[0]!.href).toBe("/admin/tasks/mine");
    expect(await database.prisma.auditLog.count({ where: { action: "TASK_REMIND", actorId: actors.reviewer!.id } })).toBe(1);

    // 提醒全部逾期: every overdue task; done ones are refused by name
    const all = await remindTasks({ ...ctx("admin"), year: 2022, input: {} });
    const board = await taskBoard({ ...ctx("admin"), year: 2022 });
    expect(all.tasks + all.nobody.length).toBe(board.overdue);
    const community = remindTasks({ ...ctx("admin"), year: 2022, input: { targets: ["section:service.community"] } });
    expect(await code(community)).toBe("CONFLICT");
    expect(await code(remindTasks({ ...ctx("staff-b"), year: 2022, input: {} }))).toBe("FORBIDDEN");
    expect(await code(taskBoard({ ...ctx("admin"), year: Number("abc") }))).toBe("INVALID");
  });
});
