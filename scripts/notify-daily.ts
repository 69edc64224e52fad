// `npm run notify:digest` — the daily notification run (cron or a systemd timer, e.g. 07:30):
// deadline reminders (NIANBAO_REMIND_DAYS before a year's 填报截止日期), then mail: anything a
// failed send left behind, and one digest per user who chose 每日汇总. Without SMTP_URL only the
// reminders are written (they still show under the bell).
import { env } from "../lib/env";
import { resolveDatabase } from "../lib/runtime/database";
import { migrateDeploy } from "../lib/runtime/migrate";

async function main() {
  const database = await resolveDatabase();
  try {
    await migrateDeploy(database.url, { quiet: true });
    const { db } = await import("../lib/server/db");
    const { remindDeadlines } = await import("../lib/notifications/reminders");
    const { sendDigests, sendInstantMails } = await import("../lib/notifications/mail");
    const { remindOverdueTasks } = await import("../lib/tasks/reminders");
    const reminded = await remindDeadlines();
    const overdue = await remindOverdueTasks();
    const instant = await sendInstantMails();
    const digests = await sendDigests();
    console.log(
      `截止提醒 ${reminded} 条，逾期任务 ${overdue} 条，邮件 ${instant} 封，每日汇总 ${digests} 封` +
        (env().SMTP_URL ? "" : "（未配置 SMTP_URL，不发邮件 / no SMTP_URL: no mail）"),
    );
    await db().$disconnect();
  } finally {
    await database.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
