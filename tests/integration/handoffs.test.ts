import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { updateInstitution } from "../../lib/institution/service";
import { sendDigests } from "../../lib/notifications/mail";
import { openNotification, saveMailSettings } from "../../lib/notifications/service";
import { kindBySlug, RECORD_KINDS } from "../../lib/records/kinds";
import { createRecord, deleteRecord } from "../../lib/records/write";
import { publishEdition } from "../../lib/report/editions/editions";
import { decideSignoff, requestSignoff } from "../../lib/report/editions/signoff";
import { remindOverdueTasks } from "../../lib/tasks/reminders";
import { assignTask, completeTask } from "../../lib/tasks/service";
import { transitionMany, transitionRecord } from "../../lib/workflow/transitions";
import { openYear } from "../../lib/report/outline/open-year";
import { todoFor } from "../../lib/todo/service";
import { demoDatabase } from "../support/database";
import { outcome as code } from "../support/errors";
import { startSmtp } from "../support/smtp";

const awards = kindBySlug("competition-awards")!;
const award = (name: string) => ({ competition: name, level: "PROVINCIAL", prizes: [{ prize: "二等奖", count: 1, unit: "人次" }] });

/** Every hand-off leaves one grouped notice on the next person's desk, linking to where they act, cleared when done. */
describe("hand-off notices", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  const actors: Record<string, Actor> = {};
  const ctx = (name: string) => ({ actor: actors[name]!, prisma: database.prisma });
  /** The person's notices, newest first, as the bell counts them. */
  const notices = (name: string, where: Record<string, unknown> = {}) =>
    database.prisma.notification.findMany({ where: { userId: actors[name]!.id, ...where }, orderBy: { createdAt: "desc" } });
  const open = (name: string, type: string) => notices(name, { type, readAt: null });
  let deptA = "";

  beforeAll(async () => {
    database = await demoDatabase();
    Object.assign(actors, database.actors);
    deptA = actors["staff-a"]!.departmentId!;
    await updateInstitution({
      ...ctx("admin"),
      input: { name: "天津城市职业学院", shortName: "城职", city: "天津", departmentReview: true, leaderSignoff: true },
    });
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("submit → the department head, once for the batch; head passes → the quality office; return → the author; each cleared when handled", async () => {
    const records = [];
    for (const name of ["交接一", "交接二", "交接三"]) {
      const r = await createRecord({ ...ctx("staff-a"), kind: awards, input: award(name), meta: { year: 2022 } });
      records.push(await transitionRecord({ ...ctx("staff-a"), kind: awards, id: r.id, transition: "submit" }));
    }
    const queue = `/admin/review?year=2022&departmentId=${deptA}`;
    // One notice for three submissions, to the department's head only.
    const [head] = await open("head-a", "SUBMITTED");
    expect(await open("head-a", "SUBMITTED")).toHaveLength(1);
    expect(head).toMatchObject({ title: "机电与信息工程系提交了 3 条记录待您审核", href: queue });
    // Written in English too, for a reader who chose English: the same count, the kind's English name.
    expect(head).toMatchObject({ titleEn: "机电与信息工程系 submitted 3 records for your review" });
    expect(head!.bodyEn).toMatch(/^Latest: Competition awards “.+” \(submitted by .+, 2022\)$/);
    expect(head!.recordIds.sort()).toEqual(records.map((r) => r.id).sort());
    expect(await open("head-b", "SUBMITTED")).toHaveLength(0);
    expect(await open("reviewer", "SUBMITTED")).toHaveLength(0);

    // Opening the notice reads it; the work still clears it (below).
    expect(await openNotification({ ...ctx("head-a"), id: head!.id })).toBe(queue);
    expect(await open("head-a", "SUBMITTED")).toHaveLength(0);
    // The head passes two in one batch: their notice counts what is left; the office hears once.
    const items = records.slice(0, 2).map((r) => ({ kind: awards, id: r.id }));
    await transitionMany({ ...ctx("head-a"), transition: "deptApprove", items });
    const pending = (await notices("head-a", { type: "SUBMITTED", handledAt: null })).map((n) => n.title);
    expect(pending).toEqual(["机电与信息工程系提交了 1 条记录待您审核"]);
    // The English count follows the Chinese one as records leave the notice.
    const left = await notices("head-a", { type: "SUBMITTED", handledAt: null });
    expect(left.map((n) => n.titleEn)).toEqual(["机电与信息工程系 submitted 1 record for your review"]);
    for (const who of ["reviewer", "admin"]) {
      const office = await open(who, "SUBMITTED");
      expect(office).toHaveLength(1);
      expect(office[0]).toMatchObject({ title: "机电与信息工程系部门审核通过 2 条记录，待您审核", href: queue });
    }

    // The head returns the third: the head's notice is handled; the author hears with the reason and the record's link.
    await transitionRecord({ ...ctx("head-a"), kind: awards, id: records[2]!.id, transition: "return", reason: "请补充指导教师" });
    expect(await notices("head-a", { type: "SUBMITTED", handledAt: null })).toHaveLength(0);
    const handled = (await notices("head-a", { type: "SUBMITTED" }))[0]!;
    // Handled, it says how many it was about (all three), not the one left last.
    expect(handled).toMatchObject({
      id: head!.id,
      title: "机电与信息工程系提交了 3 条记录待您审核",
      titleEn: "机电与信息工程系 submitted 3 records for your review",
    });
    expect(handled.handledAt).not.toBeNull();
    const [returned] = await open("staff-a", "RETURNED");
    expect(returned).toMatchObject({
      title: "机电系主任退回了 1 条记录，请修改后重新提交",
      href: `/admin/records/competition-awards/${records[2]!.id}`,
    });
    expect(returned!.body).toContain("请补充指导教师");

    // The author resubmits: their notice is handled, and the head has a new one.
    await transitionRecord({ ...ctx("staff-a"), kind: awards, id: records[2]!.id, transition: "submit" });
    expect(await open("staff-a", "RETURNED")).toHaveLength(0);
    expect((await open("head-a", "SUBMITTED")).map((n) => n.title)).toEqual(["机电与信息工程系提交了 1 条记录待您审核"]);

    // The office approves what the head passed: its notice clears, the author hears once for both.
    await transitionMany({ ...ctx("reviewer"), transition: "approve", items });
    expect(await open("reviewer", "SUBMITTED")).toHaveLength(0);
    expect(await open("admin", "SUBMITTED")).toHaveLength(0);
    expect((await open("staff-a", "APPROVED")).map((n) => n.title)).toEqual(["2 条记录已审核通过"]);
  });

  it("a return of several goes to the to-do page; deleting a returned draft handles it too", async () => {
    const ids = [];
    for (const name of ["退回一", "退回二"]) {
      const r = await createRecord({ ...ctx("staff-b"), kind: awards, input: award(name), meta: { year: 2022 } });
      await transitionRecord({ ...ctx("staff-b"), kind: awards, id: r.id, transition: "submit" });
      await transitionRecord({ ...ctx("head-b"), kind: awards, id: r.id, transition: "return", reason: "重复填报" });
      ids.push(r.id);
    }
    const [returned] = await open("staff-b", "RETURNED");
    expect(returned).toMatchObject({ title: "教社系主任退回了 2 条记录，请修改后重新提交", href: "/admin/todo#returned" });
    const version = async (id: string) => (await database.prisma.record.findUniqueOrThrow({ where: { id } })).version;
    await deleteRecord({ ...ctx("staff-b"), kind: awards, id: ids[0]!, version: await version(ids[0]!) });
    expect((await open("staff-b", "RETURNED")).map((n) => n.title)).toEqual(["教社系主任退回了 1 条记录，请修改后重新提交"]);
    await deleteRecord({ ...ctx("staff-b"), kind: awards, id: ids[1]!, version: await version(ids[1]!) });
    expect(await open("staff-b", "RETURNED")).toHaveLength(0);
  });

  it("opening a notice reads it and answers where to act; another person's is not found", async () => {
    const [approved] = await open("staff-a", "APPROVED");
    expect(await code(openNotification({ ...ctx("staff-b"), id: approved!.id }))).toBe("NOT_FOUND");
    expect(await openNotification({ ...ctx("staff-a"), id: approved!.id })).toBe(approved!.href);
    expect(await open("staff-a", "APPROVED")).toHaveLength(0);
  });

  it("mails a digest user the grouped notice once, not one line per record, and nothing already handled", async () => {
    const smtp = await startSmtp();
    try {
      const mailer = nodemailer.createTransport(smtp.url);
      // A confirmed address (the confirmation link itself is tested in tests/security/mail-settings-…).
      await saveMailSettings({ ...ctx("head-b"), input: { email: "", digest: "daily" } });
      await database.prisma.user.update({ where: { id: actors["head-b"]!.id }, data: { email: "head-b@college.test" } });
      await sendDigests({ prisma: database.prisma, mailer }); // what is already due
      for (const name of ["汇总一", "汇总二", "汇总三"]) {
        const r = await createRecord({ ...ctx("staff-b"), kind: awards, input: award(name), meta: { year: 2022 } });
        await transitionRecord({ ...ctx("staff-b"), kind: awards, id: r.id, transition: "submit" });
      }
      expect(await sendDigests({ prisma: database.prisma, mailer })).toBe(1);
      const digest = await smtp.waitFor((m) => m.to === "head-b@college.test");
      expect(digest.subject).toBe("【年报】每日汇总：1 条通知");
      expect(digest.text).toContain("教育与社会事业系提交了 3 条记录待您审核");
      expect(digest.text).toContain(`/admin/review?year=2022&departmentId=${actors["staff-b"]!.departmentId}`);
    } finally {
      await smtp.close();
    }
  });

  it("提交审定 → the leader; 退回 / 审定通过 → the quality office; publishing clears it", async () => {
    await requestSignoff({ ...ctx("reviewer"), year: 2022 });
    const [request] = await open("leader", "SIGNOFF");
    expect(request).toMatchObject({ title: "2022年度质量报告待您审定", href: "/admin/report/2022/preview#signoff-h" });
    expect(await open("reviewer", "SIGNOFF")).toHaveLength(0);

    await decideSignoff({ ...ctx("leader"), year: 2022, input: { decision: "return", comment: "第一章数字请核对" } });
    expect(await open("leader", "SIGNOFF")).toHaveLength(0);
    for (const who of ["reviewer", "admin"]) {
      const [back] = await open(who, "SIGNOFF_RETURNED");
      expect(back).toMatchObject({
        title: "2022年度质量报告被校领导退回，请修改后重新提交审定",
        href: "/admin/report/2022/preview#signoff-h",
      });
      expect(back!.body).toContain("第一章数字请核对");
    }
    // Marking it again is the office's answer: its notice is handled, the leader has a new one.
    await requestSignoff({ ...ctx("reviewer"), year: 2022 });
    expect(await open("reviewer", "SIGNOFF_RETURNED")).toHaveLength(0);
    expect(await open("leader", "SIGNOFF")).toHaveLength(1);

    await decideSignoff({ ...ctx("leader"), year: 2022, input: { decision: "sign" } });
    expect(await open("leader", "SIGNOFF")).toHaveLength(0);
    expect((await open("reviewer", "SIGNED")).map((n) => n.title)).toEqual(["2022年度质量报告已审定通过，可以发布"]);
    await publishEdition({ ...ctx("reviewer"), year: 2022 });
    expect(await open("reviewer", "SIGNED")).toHaveLength(0);
    expect(await open("admin", "SIGNED")).toHaveLength(0);
  }, 120_000);

  it("carried drafts (沿用上年) → the department, one notice, cleared draft by draft", async () => {
    await openYear({ ...ctx("admin"), input: { year: 2023, academicYear: "2022-2023", source: "previous" } });
    const carried = await database.prisma.record.findMany({ where: { year: 2023, departmentId: deptA, carriedFromId: { not: null } } });
    expect(carried.length).toBeGreaterThan(1);
    const [notice] = await open("staff-a", "CARRIED");
    expect(await open("staff-a", "CARRIED")).toHaveLength(1);
    expect(notice).toMatchObject({ title: `2023年度有 ${carried.length} 条记录沿用上年，请确认后提交`, href: "/admin/todo#carried" });
    // Another department's notice holds only its own drafts.
    const other = (await open("staff-b", "CARRIED")).flatMap((n) => n.recordIds);
    expect(other.some((id) => carried.some((c) => c.id === id))).toBe(false);
    expect(await open("reviewer", "CARRIED")).toHaveLength(0);
    const first = carried[0]!;
    const firstKind = RECORD_KINDS.find((k) => k.model === first.kind)!;
    await transitionRecord({ ...ctx("staff-a"), kind: firstKind, id: first.id, transition: "submit" });
    expect((await open("staff-a", "CARRIED")).map((n) => n.title)).toEqual([
      `2023年度有 ${carried.length - 1} 条记录沿用上年，请确认后提交`,
    ]);
  });

  it("task assigned or overdue → the writer, one notice per task, cleared when the task is done", async () => {
    const target = "section:student.employment";
    // Assigned in June 2023 (a due date already past is refused).
    await assignTask({
      ...ctx("reviewer"),
      now: new Date("2023-06-01T04:00:00Z"),
      year: 2023,
      target,
      input: { writerId: actors["staff-a"]!.id, dueDate: "2023-06-30" },
    });
    const [assigned] = await open("staff-a", "TASK");
    expect(assigned).toMatchObject({ href: "/admin/tasks/mine" });
    expect(assigned!.title).toMatch(/^新任务：2023年度 .*就业质量$/);
    expect(assigned!.body).toContain("截止 2023-06-30");
    // The daily job: overdue joins the same notice, once.
    expect(await remindOverdueTasks({ prisma: database.prisma, now: new Date("2023-07-05T02:00:00Z") })).toBeGreaterThan(0);
    await remindOverdueTasks({ prisma: database.prisma, now: new Date("2023-07-05T02:00:00Z") });
    const overdue = await open("staff-a", "TASK");
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.title).toMatch(/^任务已逾期：2023年度 .*就业质量$/);
    await completeTask({ ...ctx("staff-a"), year: 2023, target, input: { done: true } });
    expect(await open("staff-a", "TASK")).toHaveLength(0);
  });

  it("待办: each role's landing page lists what waits for it, from the data, linking to where it is done", async () => {
    const todo = (name: string) => todoFor(ctx(name));
    const itemsOf = async (name: string, id: string) => (await todo(name)).sections.find((s) => s.id === id)?.items ?? [];

    // Staff: a returned record (with the reason) and the carried drafts still to confirm.
    const r = await createRecord({ ...ctx("staff-b"), kind: awards, input: award("待办退回"), meta: { year: 2023 } });
    await transitionRecord({ ...ctx("staff-b"), kind: awards, id: r.id, transition: "submit" });
    const queue2023 = `/admin/review?year=2023&departmentId=${actors["staff-b"]!.departmentId}`;
    expect(await itemsOf("head-b", "review")).toContainEqual({ label: "教育与社会事业系 1 条", href: queue2023, detail: "2023年度" });
    await transitionRecord({ ...ctx("head-b"), kind: awards, id: r.id, transition: "return", reason: "请补充证书" });
    expect((await itemsOf("head-b", "review")).map((i) => i.href)).not.toContain(queue2023);
    expect(await itemsOf("staff-b", "returned")).toContainEqual({
      label: "竞赛获奖「待办退回」",
      href: `/admin/records/competition-awards/${r.id}`,
      detail: "2023年度；退回原因：请补充证书",
    });
    expect(await itemsOf("staff-a", "returned")).not.toContainEqual(expect.objectContaining({ label: "竞赛获奖「待办退回」" }));
    const carried = await itemsOf("staff-a", "carried");
    expect(carried.length).toBeGreaterThan(0);
    expect(carried.every((i) => i.href.startsWith("/admin/records/"))).toBe(true);

    // The leader: the report awaiting sign-off, on its preview.
    expect(await itemsOf("leader", "signoff")).toEqual([]);
    await requestSignoff({ ...ctx("reviewer"), year: 2023 });
    expect((await itemsOf("leader", "signoff")).map((i) => [i.label, i.href])).toEqual([
      ["2023年度质量报告", "/admin/report/2023/preview#signoff-h"],
    ]);
    expect((await itemsOf("reviewer", "signoff")).map((i) => i.label)).toEqual(["2023年度报告正在待校领导审定"]);

    // The admin: the first year's checklist, ticked from the data.
    const steps = (await todo("admin")).checklist!;
    expect(steps.map((s) => s.label)).toEqual(["学校信息", "部门", "用户", "年度", "任务", "审定", "发布"]);
    expect(steps.filter((s) => !s.done).map((s) => s.key)).toEqual([]);
    expect((await todo("staff-a")).checklist).toBeNull();
    expect(await code(todoFor({ actor: null, prisma: database.prisma }))).toBe("UNAUTHENTICATED");
  }, 120_000);
});
