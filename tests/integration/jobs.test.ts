// The one job system (lib/jobs) on the real database: retries after growing delays, the failed
// state after the last attempt, one job per document version, a mail that outlives the worker that
// should have sent it, a web instance with NIANBAO_WORKER=off that only enqueues, and the daily run
// enqueued once per day however often and by however many workers the schedule is checked; the
// e-mail confirmation mail as a job of its own; finished jobs pruned by the daily run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import nodemailer from "nodemailer";
import { enqueue, findJob, insertJob, KEEP_COMPLETED_DAYS, KEEP_FAILED_DAYS, runNextJob } from "../../lib/jobs/queue";
import { registeredHandler } from "../../lib/jobs/registry";
import { enqueueDueSchedules } from "../../lib/jobs/schedule";
import { ensureWorker, runWorker, webWorkerRunning } from "../../lib/jobs/worker";
import { handOff } from "../../lib/notifications/handoff";
import { confirmMailAddress, mailSettings, saveMailSettings } from "../../lib/notifications/service";
import { editionFileKey, requestEditionExport } from "../../lib/pdf/jobs";
import { closePrismaClient, createPrismaClient } from "../../lib/server/db";
import { LocalStorage } from "../../lib/storage";
import { migratedDatabase } from "../support/database";
import { startSmtp } from "../support/smtp";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SAVED = { worker: process.env.NIANBAO_WORKER, smtp: process.env.SMTP_URL };

describe("one job system", () => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let dir: string;
  beforeAll(async () => {
    database = await migratedDatabase();
    smtp = await startSmtp();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-one-job-"));
  }, 180_000);
  afterAll(async () => {
    process.env.NIANBAO_WORKER = SAVED.worker;
    if (SAVED.smtp === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = SAVED.smtp;
    await smtp?.close();
    await database?.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const unique = (p: string) => `${p}-${Math.random().toString(36).slice(2)}`;
  const timing = (key: string) =>
    database.prisma
      .$queryRawUnsafe<{ wait: number; state: string; attempts: number; last_error: string | null }[]>(
        `SELECT EXTRACT(EPOCH FROM "runAfter" - "updatedAt")::float8 AS wait, state, attempts, "lastError" AS last_error FROM "Job" WHERE "dedupeKey" = $1`,
        key,
      )
      .then((r) => r[0]!);
  const makeDue = (key: string) => database.prisma.$executeRawUnsafe(`UPDATE "Job" SET "runAfter" = now() WHERE "dedupeKey" = $1`, key);

  it("retries a handler that fails twice after 15 s and then 60 s, and completes on the third attempt", async () => {
    const name = unique("test.flaky");
    await insertJob({ client: database.prisma, name, key: name, payload: {}, maxAttempts: 4, dedupe: "export" });
    let calls = 0;
    const handler = () => (++calls <= 2 ? Promise.reject(new Error(`refused ${calls}`)) : Promise.resolve());
    const run = () => runNextJob({ prisma: database.prisma, names: [name], handler, exclusive: false });

    expect(await run()).toBe(true);
    expect(await timing(name)).toMatchObject({ state: "created", attempts: 1, last_error: "refused 1" });
    expect((await timing(name)).wait).toBeCloseTo(15, 0);
    expect(await run()).toBe(false); // not due before its delay
    await makeDue(name);
    expect(await run()).toBe(true);
    expect(await timing(name)).toMatchObject({ state: "created", attempts: 2, last_error: "refused 2" });
    expect((await timing(name)).wait).toBeCloseTo(60, 0);
    await makeDue(name);
    expect(await run()).toBe(true);
    expect(await timing(name)).toMatchObject({ state: "completed", attempts: 3, last_error: null });
    expect(calls).toBe(3);
  });

  it("after its last attempt a job is failed, keeps its error and is not taken again", async () => {
    const name = unique("test.broken");
    await insertJob({ client: database.prisma, name, key: name, payload: {}, maxAttempts: 2, dedupe: "export" });
    const handler = () => Promise.reject(new Error("mail server says no"));
    expect(await runNextJob({ prisma: database.prisma, names: [name], handler, exclusive: false })).toBe(true);
    await makeDue(name);
    expect(await runNextJob({ prisma: database.prisma, names: [name], handler, exclusive: false })).toBe(true);
    expect(await findJob({ prisma: database.prisma, key: name })).toMatchObject({
      state: "failed",
      attempts: 2,
      lastError: "mail server says no",
    });
    await makeDue(name);
    expect(await runNextJob({ prisma: database.prisma, names: [name], handler, exclusive: false })).toBe(false);
  });

  it("a job whose payload its definition refuses fails at once, without retries", async () => {
    const key = unique("bad-payload");
    await insertJob({ client: database.prisma, name: "mail.instant", key, payload: { user: 1 }, maxAttempts: 6, dedupe: "again" });
    expect(await runNextJob({ prisma: database.prisma, key, handler: registeredHandler({ prisma: database.prisma, mailer: null }) })).toBe(
      true,
    );
    expect(await findJob({ prisma: database.prisma, key })).toMatchObject({ state: "failed", attempts: 1 });
    await expect(enqueue({ client: database.prisma, name: "mail.instant", key, payload: { userId: "" } })).rejects.toThrow();
  });

  it("makes one job per document and version, however many ask at once", async () => {
    await database.prisma.reportYear.create({ data: { year: 2022, academicYear: "2021-2022" } });
    const editions = await Promise.all(
      [1, 2].map((version) =>
        database.prisma.reportEdition.create({
          data: { year: 2022, version, title: "2022年度质量报告", document: { format: 1, year: 2022 } },
          select: { id: true, year: true, version: true, publishedAt: true },
        }),
      ),
    );
    const files = new LocalStorage(dir);
    const ask = (edition: (typeof editions)[number], format: "pdf" | "docx") =>
      requestEditionExport({ edition, format, prisma: database.prisma, files, startWorker: false });
    await Promise.all([...Array.from({ length: 5 }, () => ask(editions[0]!, "pdf")), ask(editions[1]!, "pdf"), ask(editions[0]!, "docx")]);
    const rows = await database.prisma.$queryRawUnsafe<{ key: string; n: number }[]>(
      `SELECT "dedupeKey" AS key, count(*)::int AS n FROM "Job" WHERE name = 'export.edition' GROUP BY 1 ORDER BY 1`,
    );
    expect(rows).toEqual(
      [editionFileKey(editions[0]!, "docx"), editionFileKey(editions[0]!, "pdf"), editionFileKey(editions[1]!, "pdf")]
        .sort()
        .map((key) => ({ key, n: 1 })),
    );
  });

  it("a job enqueued again while it runs runs once more (a notice written during the mail's send is mailed too)", async () => {
    const key = unique("again");
    await insertJob({ client: database.prisma, name: "test.again", key, payload: {}, maxAttempts: 3, dedupe: "again" });
    let runs = 0;
    const handler = async () => {
      if (++runs === 1) await insertJob({ client: database.prisma, name: "test.again", key, payload: {}, maxAttempts: 3, dedupe: "again" });
    };
    expect(await runNextJob({ prisma: database.prisma, key, handler, exclusive: false })).toBe(true);
    expect(await findJob({ prisma: database.prisma, key })).toMatchObject({ state: "created", attempts: 0 });
    expect(await runNextJob({ prisma: database.prisma, key, handler, exclusive: false })).toBe(true);
    expect(await findJob({ prisma: database.prisma, key })).toMatchObject({ state: "completed" });
    expect(runs).toBe(2);
  });

  it("a mail enqueued with its notice is sent by a new worker after the one that claimed it died", async () => {
    process.env.SMTP_URL = smtp.url;
    const user = await database.prisma.user.create({
      data: { username: unique("staff"), displayName: "王老师", role: "STAFF", email: "wang@example.edu.cn" },
    });
    await database.prisma.$transaction((tx) =>
      handOff(tx, {
        userIds: [user.id],
        type: "TASK",
        groupKey: unique("task"),
        title: () => "任务提醒：撰写第一章",
        href: () => "/admin/tasks/mine",
      }),
    );
    const key = `mail:${user.id}`;
    expect(await findJob({ prisma: database.prisma, key })).toMatchObject({ name: "mail.instant", state: "created" });
    // The worker that took it died mid-send: its lease has run out.
    await database.prisma.$executeRawUnsafe(
      `UPDATE "Job" SET state = 'active', attempts = 1, "lockedBy" = 'died', "leaseUntil" = now() - interval '1 second' WHERE "dedupeKey" = $1`,
      key,
    );
    // (The exports the other tests queued are not printed here.)
    await database.prisma.$executeRawUnsafe(`UPDATE "Job" SET state = 'completed' WHERE name LIKE 'export.%'`);
    // A new process: its own client, its own worker id; it drains what is due and stops.
    const fresh = createPrismaClient(database.url, 1);
    try {
      await runWorker({ prisma: fresh, workerId: "restarted", schedules: false });
    } finally {
      await closePrismaClient(fresh);
    }
    const mail = await smtp.waitFor((m) => m.to.includes("wang@example.edu.cn"));
    expect(mail.subject).toBe("【年报】任务提醒：撰写第一章");
    expect(await findJob({ prisma: database.prisma, key })).toMatchObject({ state: "completed" });
    expect(await database.prisma.notification.count({ where: { userId: user.id, emailedAt: null } })).toBe(0);
  }, 30_000);

  it("a web instance with NIANBAO_WORKER=off only enqueues", async () => {
    process.env.NIANBAO_WORKER = "off";
    const edition = await database.prisma.reportEdition.create({
      data: { year: 2022, version: 3, title: "2022年度质量报告", document: { format: 1, year: 2022 } },
      select: { id: true, year: true, version: true, publishedAt: true },
    });
    const answer = await requestEditionExport({ edition, format: "xlsx", prisma: database.prisma, files: new LocalStorage(dir) });
    expect(answer.status).toBe("generating");
    ensureWorker({ prisma: database.prisma });
    await new Promise((r) => setTimeout(r, 1500));
    expect(webWorkerRunning()).toBe(false);
    expect(await findJob({ prisma: database.prisma, key: editionFileKey(edition, "xlsx") })).toMatchObject({
      state: "created",
      attempts: 0,
    });
  });

  it("enqueues the daily run once per day, after 07:30 at the college, however often and by however many it is checked", async () => {
    const at = (iso: string) => new Date(iso);
    // 2026-12-08 07:00 in Shanghai: too early.
    expect(await enqueueDueSchedules({ prisma: database.prisma, now: at("2026-12-07T23:00:00Z") })).toBeNull();
    const checks = await Promise.all(
      ["2026-12-07T23:31:00Z", "2026-12-07T23:31:00Z", "2026-12-08T03:00:00Z", "2026-12-08T15:59:00Z"].map((iso) =>
        enqueueDueSchedules({ prisma: database.prisma, now: at(iso) }),
      ),
    );
    expect(new Set(checks.map((j) => j?.id)).size).toBe(1);
    expect(checks[0]).toMatchObject({ name: "daily.run", key: "daily:2026-12-08", data: { date: "2026-12-08" } });
    // It runs (no mail transport: reminders only), and a later check that day does not bring it back.
    expect(
      await runNextJob({
        prisma: database.prisma,
        key: "daily:2026-12-08",
        handler: registeredHandler({ prisma: database.prisma, mailer: null }),
      }),
    ).toBe(true);
    await enqueueDueSchedules({ prisma: database.prisma, now: at("2026-12-08T12:00:00Z") });
    expect(await findJob({ prisma: database.prisma, key: "daily:2026-12-08" })).toMatchObject({ state: "completed", attempts: 1 });
    // The next day has its own.
    expect(await enqueueDueSchedules({ prisma: database.prisma, now: at("2026-12-08T23:45:00Z") })).toMatchObject({
      key: "daily:2026-12-09",
    });
    const [{ n } = { n: 0 }] = await database.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "Job" WHERE name = 'daily.run'`,
    );
    expect(n).toBe(2);
  });

  it("mails an address's confirmation link from a job: a refused send is retried, and only the mailed link confirms", async () => {
    const user = await database.prisma.user.create({ data: { username: unique("staff"), displayName: "赵老师", role: "STAFF" } });
    const actor = { id: user.id, username: user.username, displayName: user.displayName, role: user.role, departmentId: null };
    const key = `mail-confirm:${user.id}`;
    await saveMailSettings({ actor, prisma: database.prisma, input: { email: "zhao@example.edu.cn", digest: "each" } });
    // Saved and waiting, the mail not sent by the request but queued with it.
    expect((await mailSettings({ actor, prisma: database.prisma })).pendingEmail).toBe("zhao@example.edu.cn");
    expect(await findJob({ prisma: database.prisma, key })).toMatchObject({ name: "mail.confirm-address", state: "created" });
    const run = (mailer: ReturnType<typeof nodemailer.createTransport>) =>
      runNextJob({ prisma: database.prisma, key, handler: registeredHandler({ prisma: database.prisma, mailer }) });
    // The mail server is down (nothing listens on the discard port): retried later, not lost.
    expect(await run(nodemailer.createTransport("smtp://127.0.0.1:9"))).toBe(true);
    expect(await findJob({ prisma: database.prisma, key })).toMatchObject({ state: "created", attempts: 1 });
    await makeDue(key);
    const sent = smtp.mails.length;
    expect(await run(nodemailer.createTransport(smtp.url))).toBe(true);
    expect(await findJob({ prisma: database.prisma, key })).toMatchObject({ state: "completed", attempts: 2 });
    const mail = await smtp.waitFor((m) => smtp.mails.indexOf(m) >= sent && m.to === "zhao@example.edu.cn");
    const token = /confirm\?token=([\w-]+)/.exec(mail.text)![1]!;
    await confirmMailAddress({ actor, prisma: database.prisma, token });
    expect((await mailSettings({ actor, prisma: database.prisma })).email).toBe("zhao@example.edu.cn");
  }, 30_000);

  it("the daily run prunes jobs finished over a week ago (failed ones after a month), never waiting or running ones", async () => {
    const ago = (days: number) => `now() - make_interval(days => ${days})`;
    const rows: [string, string, string | null][] = [
      ["completed", "old-done", ago(KEEP_COMPLETED_DAYS + 1)],
      ["completed", "recent-done", ago(KEEP_COMPLETED_DAYS - 1)],
      ["failed", "failed-past-a-week", ago(KEEP_COMPLETED_DAYS + 1)],
      ["failed", "old-failed", ago(KEEP_FAILED_DAYS + 1)],
      ["created", "old-waiting", null],
      ["active", "old-running", ago(KEEP_FAILED_DAYS + 1)],
    ];
    const prefix = unique("prune");
    for (const [state, name, finished] of rows)
      await database.prisma.$executeRawUnsafe(
        `INSERT INTO "Job" (name, "dedupeKey", state, "createdAt", "finishedAt") VALUES ('test.prune', $1, $2, ${ago(60)}, ${finished ?? "NULL"})`,
        `${prefix}:${name}`,
        state,
      );
    const key = `daily:${unique("prune-day")}`;
    await enqueue({ client: database.prisma, name: "daily.run", key, payload: { date: "2026-12-10" } });
    let result: unknown;
    expect(
      await runNextJob({
        prisma: database.prisma,
        key,
        handler: registeredHandler({ prisma: database.prisma, mailer: null }),
        onResult: (_job, r) => (result = r),
      }),
    ).toBe(true);
    expect(result).toMatchObject({ pruned: { completed: 1, failed: 1 } });
    const left = await database.prisma.$queryRawUnsafe<{ key: string }[]>(
      `SELECT "dedupeKey" AS key FROM "Job" WHERE "dedupeKey" LIKE $1 ORDER BY 1`,
      `${prefix}:%`,
    );
    expect(left.map((r) => r.key.slice(prefix.length + 1))).toEqual(["failed-past-a-week", "old-running", "old-waiting", "recent-done"]);
  });
});
