import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmMailAddress, mailSettings, saveMailSettings } from "../../lib/notifications/service";
import { demoDatabase } from "../support/database";
import { outcome } from "../support/errors";
import { startSmtp } from "../support/smtp";

/**
 * Issue #21 finding 10: 邮件设置 answered "another account uses this e-mail address" (so anyone
 * signed in could test which addresses have accounts), and saved any free address at once (so
 * anyone could claim a colleague's address before they did). Now a new address waits for the
 * link mailed to it (a real SMTP server here), and the answer is the same whether it is taken or not.
 */
const tokenOf = (text: string) => /confirm\?token=([\w-]+)/.exec(text)![1]!;

describe("mail settings", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    database = await demoDatabase();
    smtp = await startSmtp();
  }, 180_000);
  afterAll(async () => {
    await smtp?.close();
    await database?.dispose();
  });

  const as = (name: string) => ({ actor: database.actors[name]!, prisma: database.prisma });
  const save = (name: string, email: string) =>
    saveMailSettings({ ...as(name), input: { email, digest: "each" }, mailer: nodemailer.createTransport(smtp.url) });
  const mailTo = (email: string, after: number) => smtp.waitFor((m) => smtp.mails.indexOf(m) >= after && m.to === email);

  it("use an address only after its owner followed the mailed link", async () => {
    const sent = smtp.mails.length;
    await save("staff-a", "zhang.san@college.test");
    // Not used yet: mail still goes nowhere.
    expect((await mailSettings(as("staff-a"))).email).toBeNull();
    expect((await mailSettings(as("staff-a"))).pendingEmail).toBe("zhang.san@college.test");
    const mail = await mailTo("zhang.san@college.test", sent);
    expect(mail.text).toContain("/admin/notifications/confirm?token=");
    // The link is the proof: a guess, or another account using it, finds nothing.
    expect(await outcome(confirmMailAddress({ ...as("staff-a"), token: "guessed-token" }))).toBe("NOT_FOUND");
    expect(await outcome(confirmMailAddress({ ...as("staff-b"), token: tokenOf(mail.text) }))).toBe("NOT_FOUND");
    await confirmMailAddress({ ...as("staff-a"), token: tokenOf(mail.text) });
    expect((await mailSettings(as("staff-a"))).email).toBe("zhang.san@college.test");
    // Spent.
    expect(await outcome(confirmMailAddress({ ...as("staff-a"), token: tokenOf(mail.text) }))).toBe("NOT_FOUND");
  });

  it("answer the same for an address another account uses as for a free one, and let nobody claim it", async () => {
    const taken = await save("staff-b", "zhang.san@college.test");
    const free = await save("reviewer", "li.si@college.test");
    expect(taken).toEqual(free);
    // staff-b cannot take staff-a's address: it is not staff-b's, and the link went to staff-a's mailbox.
    expect((await mailSettings(as("staff-b"))).email).toBeNull();
    const user = await database.prisma.user.findUniqueOrThrow({ where: { username: "staff-a" } });
    expect(user.email).toBe("zhang.san@college.test");
  });

  it("a link works for a limited time", async () => {
    const sent = smtp.mails.length;
    await save("head-a", "wang.wu@college.test");
    const mail = await mailTo("wang.wu@college.test", sent);
    await database.prisma.user.update({
      where: { username: "head-a" },
      data: { emailTokenExpires: new Date(Date.now() - 1000) },
    });
    expect(await outcome(confirmMailAddress({ ...as("head-a"), token: tokenOf(mail.text) }))).toBe("NOT_FOUND");
    expect((await mailSettings(as("head-a"))).email).toBeNull();
  });
});
