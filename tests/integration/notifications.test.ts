import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { sendDigests, sendInstantMails } from "../../lib/notifications/mail";
import { remindDeadlines } from "../../lib/notifications/reminders";
import { confirmMailAddress, listNotifications, markRead, saveMailSettings, unreadCount } from "../../lib/notifications/service";
import { kindBySlug } from "../../lib/records/kinds";
import { createRecord } from "../../lib/records/write";
import { reviewQueue } from "../../lib/workflow/queue";
import { transitionRecord } from "../../lib/workflow/transitions";
import { demoDatabase } from "../support/database";
import { outcome as code } from "../support/errors";
import { startSmtp } from "../support/smtp";

const awards = kindBySlug("competition-awards")!;
const award = (name: string) => ({ competition: name, level: "PROVINCIAL", prizes: [{ prize: "二等奖", count: 5, unit: "人次" }] });

describe("notifications", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const actors: Record<string, Actor> = {};
  const ctx = (name: string) => ({ actor: actors[name]!, prisma: database.prisma });
  const mine = (name: string) => listNotifications(ctx(name));
  const mailer = () => nodemailer.createTransport(smtp.url);

  beforeAll(async () => {
    database = await demoDatabase();
    Object.assign(actors, database.actors);
    smtp = await startSmtp();
  }, 180_000);
  afterAll(async () => {
    await smtp?.close();
    await database?.dispose();
  });

  /** Sets an address and follows the link mailed to it, as its owner does (an unconfirmed address is never used). */
  async function confirmedAddress(name: string, email: string, digest: "each" | "daily") {
    const before = smtp.mails.length;
    await saveMailSettings({ ...ctx(name), input: { email, digest }, mailer: mailer() });
    const mail = await smtp.waitFor((m) => smtp.mails.indexOf(m) >= before && m.to === email);
    const token = /confirm\?token=([\w-]+)/.exec(mail.text)![1]!;
    await confirmMailAddress({ ...ctx(name), token });
  }

  async function submitted(name: string, by = "staff-a") {
    const r = await createRecord({ ...ctx(by), kind: awards, input: award(name), meta: { year: 2022 } });
    return transitionRecord({ ...ctx(by), kind: awards, id: r.id, transition: "submit" });
  }

  it("tells reviewers of a submission, and the author of a return (with the reason) and an approval — nobody else", async () => {
    const r = await submitted("通知测试赛");
    // A grouped notice per department (lib/notifications/handoff.ts): its body names the latest record.
    for (const who of ["reviewer", "admin"]) {
      const n = (await mine(who)).find((x) => x.recordId === r.id);
      expect(n).toMatchObject({ type: "SUBMITTED", title: "机电与信息工程系提交了 1 条记录待您审核" });
      expect(n!.body).toContain("竞赛获奖「通知测试赛（二等奖 5人次）」");
    }
    expect((await mine("staff-a")).some((n) => n.recordId === r.id)).toBe(false);
    expect((await mine("staff-b")).some((n) => n.recordId === r.id)).toBe(false);

    await transitionRecord({ ...ctx("reviewer"), kind: awards, id: r.id, transition: "return", reason: "请补充获奖日期" });
    const returned = (await mine("staff-a")).find((n) => n.recordId === r.id);
    expect(returned).toMatchObject({
      type: "RETURNED",
      title: "质量办审核员退回了 1 条记录，请修改后重新提交",
      href: `/admin/records/competition-awards/${r.id}`,
    });
    expect(returned!.body).toContain("请补充获奖日期");
    expect((await mine("staff-b")).some((n) => n.recordId === r.id)).toBe(false);

    await transitionRecord({ ...ctx("staff-a"), kind: awards, id: r.id, transition: "submit" });
    await transitionRecord({ ...ctx("reviewer"), kind: awards, id: r.id, transition: "approve" });
    expect((await mine("staff-a")).filter((n) => n.recordId === r.id).map((n) => n.type)).toEqual(["APPROVED", "RETURNED"]);
  });

  it("names a record by its kind's declared title, never by a raw field: a funding item, two employment records", async () => {
    const funding = kindBySlug("funding")!;
    const employment = kindBySlug("employment")!;
    const submit = async (kind: typeof funding, input: Record<string, unknown>) => {
      const r = await createRecord({ ...ctx("staff-a"), kind, input, meta: { year: 2022 } });
      return transitionRecord({ ...ctx("staff-a"), kind, id: r.id, transition: "submit" });
    };
    // The reviewer's grouped notice names the latest record of its batch in its body.
    const latest = async (id: string) => (await mine("reviewer")).find((n) => n.recordIds.includes(id))?.body ?? "";
    const fee = await submit(funding, { direction: "INCOME", category: "OPERATING", name: "标题测试学费收入", amount: "12.5" });
    expect(await latest(fee.id)).toContain("经费收支「标题测试学费收入」");
    const first = await submit(employment, { cohort: 2022, majorName: "标题测试机电一体化技术", graduates: 40, placed: 38 });
    expect(await latest(first.id)).toContain("毕业生就业「2022届 标题测试机电一体化技术」");
    const second = await submit(employment, { cohort: 2022, majorName: "标题测试会计", graduates: 30, placed: 29 });
    expect(await latest(second.id)).toContain("毕业生就业「2022届 标题测试会计」");
    expect((await mine("reviewer")).map((n) => `${n.title} ${n.body ?? ""}`).join("\n")).not.toMatch(/「INCOME」|「2022」/);
    // The reviewer's queue names them the same way.
    const queue = await reviewQueue(ctx("reviewer"));
    const named = (id: string) => queue.find((q) => q.id === id)?.title;
    expect([named(fee.id), named(first.id), named(second.id)]).toEqual([
      "标题测试学费收入",
      "2022届 标题测试机电一体化技术",
      "2022届 标题测试会计",
    ]);
    // Reviewed, so the department's grouped notice is handled and the next submission opens a new one.
    for (const [kind, r] of [
      [funding, fee],
      [employment, first],
      [employment, second],
    ] as const)
      await transitionRecord({ ...ctx("reviewer"), kind, id: r.id, transition: "approve" });
  });

  it("counts unread, marks read only the actor's own, and refuses the anonymous", async () => {
    const before = await unreadCount(ctx("staff-a"));
    expect(before).toBeGreaterThan(0);
    const [first] = await mine("staff-a");
    expect(await code(markRead({ ...ctx("staff-b"), id: first!.id }))).toBe("NOT_FOUND");
    expect(await unreadCount(ctx("staff-a"))).toBe(before);
    await markRead({ ...ctx("staff-a"), id: first!.id });
    expect(await unreadCount(ctx("staff-a"))).toBe(before - 1);
    await markRead(ctx("staff-a"));
    expect(await unreadCount(ctx("staff-a"))).toBe(0);
    expect(await code(listNotifications({ actor: null, prisma: database.prisma }))).toBe("UNAUTHENTICATED");
  });

  it("mails each event to a user with an address, once, through a real SMTP server", async () => {
    await confirmedAddress("staff-a", "staff-a@college.test", "each");
    expect(await code(saveMailSettings({ ...ctx("staff-b"), input: { email: "not-an-address", digest: "each" } }))).toBe("INVALID");
    await sendInstantMails({ prisma: database.prisma, mailer: mailer() }); // what is already due
    const r = await submitted("邮件测试赛");
    await transitionRecord({ ...ctx("reviewer"), kind: awards, id: r.id, transition: "return", reason: "证书扫描件不清晰" });
    expect(await sendInstantMails({ prisma: database.prisma, mailer: mailer() })).toBe(1);
    const mail = await smtp.waitFor((m) => m.text.includes("邮件测试赛"));
    expect(mail.to).toBe("staff-a@college.test");
    expect(mail.subject).toBe("【年报】质量办审核员退回了 1 条记录，请修改后重新提交");
    expect(mail.text).toContain("证书扫描件不清晰");
    expect(mail.text).toContain(`/admin/records/competition-awards/${r.id}`);
    // Nothing twice, and nothing for users without an address (staff-b, reviewer here).
    expect(await sendInstantMails({ prisma: database.prisma, mailer: mailer() })).toBe(0);
    expect(smtp.mails.filter((m) => m.text.includes("邮件测试赛"))).toHaveLength(1);
  });

  it("keeps a mail due when the SMTP server refuses, and sends it on the next run", async () => {
    const down = nodemailer.createTransport("smtp://127.0.0.1:9"); // nothing listens on the discard port
    const r = await submitted("重试测试赛");
    await transitionRecord({ ...ctx("reviewer"), kind: awards, id: r.id, transition: "approve" });
    expect(await sendInstantMails({ prisma: database.prisma, mailer: down })).toBe(0);
    expect((await mine("staff-a")).find((n) => n.recordId === r.id)!.emailedAt).toBeNull();
    expect(await sendInstantMails({ prisma: database.prisma, mailer: mailer() })).toBe(1);
    await smtp.waitFor((m) => m.text.includes("重试测试赛"));
  });

  it("gives a digest user one mail with everything instead of one per event", async () => {
    await confirmedAddress("reviewer", "review@college.test", "daily");
    await sendDigests({ prisma: database.prisma, mailer: mailer() }); // what is already due
    const sentBefore = smtp.mails.length;
    await submitted("汇总测试一");
    await submitted("汇总测试二", "staff-b");
    await sendInstantMails({ prisma: database.prisma, mailer: mailer() });
    expect(smtp.mails.slice(sentBefore).filter((m) => m.to === "review@college.test")).toHaveLength(0);
    expect(await sendDigests({ prisma: database.prisma, mailer: mailer() })).toBe(1);
    const digest = await smtp.waitFor((m) => smtp.mails.indexOf(m) >= sentBefore && m.to === "review@college.test");
    expect(digest.subject).toBe("【年报】每日汇总：2 条通知");
    expect(digest.text).toContain("汇总测试一");
    expect(digest.text).toContain("汇总测试二");
    expect(await sendDigests({ prisma: database.prisma, mailer: mailer() })).toBe(0);
  });

  it("reminds departments with unsubmitted work N days before an open year's deadline, once", async () => {
    const prisma = database.prisma;
    const now = new Date("2030-06-27T02:00:00Z"); // 10:00 in Beijing
    await prisma.reportYear.create({
      data: { year: 2030, academicYear: "2029-2030", state: "OPEN", deadline: new Date("2030-06-30T00:00:00Z") },
    });
    await createRecord({ ...ctx("staff-a"), kind: awards, input: award("截止提醒草稿"), meta: { year: 2030 } });
    const reminders = async () =>
      (await prisma.notification.findMany({ where: { type: "DEADLINE" }, include: { user: true } })).map((n) => [
        n.user.username,
        n.title,
        n.body,
      ]);

    expect(await remindDeadlines({ prisma, now, days: 2 })).toBe(0); // three days left: not yet
    expect(await remindDeadlines({ prisma, now, days: 3 })).toBeGreaterThan(0);
    const sent = await reminders();
    expect(sent).toContainEqual([
      "staff-a",
      "2030年度填报将于 2030-06-30 截止（还有 3 天）",
      "机电与信息工程系尚有未提交审核的记录：竞赛获奖 1 条。",
    ]);
    expect(sent.find(([u]) => u === "staff-b")?.[2]).toMatch(/尚未填报本年度的任何记录/);
    expect(sent.some(([u]) => u === "reviewer" || u === "admin")).toBe(false);
    // Once per user and deadline, however often the job runs.
    expect(await remindDeadlines({ prisma, now, days: 3 })).toBe(0);
    // Not after the deadline, nor for an archived year.
    await prisma.notification.deleteMany({ where: { type: "DEADLINE" } });
    expect(await remindDeadlines({ prisma, now: new Date("2030-07-01T02:00:00Z"), days: 3 })).toBe(0);
    await prisma.reportYear.update({ where: { year: 2030 }, data: { state: "ARCHIVED" } });
    expect(await remindDeadlines({ prisma, now, days: 3 })).toBe(0);
  });
});
