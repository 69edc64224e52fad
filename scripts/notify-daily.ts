// `npm run notify:digest` — the daily notification run by hand (or from cron, as before the job
// system): deadline reminders (NIANBAO_REMIND_DAYS before a year's 填报截止日期), overdue tasks, then
// mail: anything due, and one digest per user who chose 每日汇总. The run is the `daily.run` job
// (lib/jobs), which every worker also enqueues by itself once a day (lib/jobs/schedule.ts); this
// enqueues today's (again, if it already ran) and runs it here, unless a worker has it already.
// `--enqueue-only` leaves it to the workers. Without SMTP_URL only the reminders are written.
import { env } from "../lib/env";
import { resolveDatabase } from "../lib/runtime/database";
import { migrateDeploy } from "../lib/runtime/migrate";

async function main() {
  const database = await resolveDatabase();
  try {
    await migrateDeploy(database.url, { quiet: true });
    const { db } = await import("../lib/server/db");
    const { enqueue, runNextJob } = await import("../lib/jobs/queue");
    const { registeredHandler } = await import("../lib/jobs/registry");
    const { dailyKey } = await import("../lib/jobs/schedule");
    const { formatDate } = await import("../lib/time");
    const date = formatDate(new Date());
    const key = dailyKey(date);
    await enqueue({ name: "daily.run", key, payload: { date }, force: true });
    if (process.argv.includes("--enqueue-only")) {
      console.log(`已加入后台任务：${date} 每日提醒（queued the daily run of ${date}）`);
    } else {
      let counts: { reminded: number; overdue: number; instant: number; digests: number } | undefined;
      const ran = await runNextJob({ key, handler: registeredHandler(), onResult: (_job, r) => (counts = r as typeof counts) });
      if (!ran) console.log(`后台进程正在运行 ${date} 的每日提醒（a worker is running it）`);
      else if (!counts) throw new Error("每日提醒未完成，将自动重试（the daily run failed; it will be retried）");
      else
        console.log(
          `截止提醒 ${counts.reminded} 条，逾期任务 ${counts.overdue} 条，邮件 ${counts.instant} 封，每日汇总 ${counts.digests} 封` +
            (env().SMTP_URL ? "" : "（未配置 SMTP_URL，不发邮件 / no SMTP_URL: no mail）"),
        );
    }
    await db().$disconnect();
  } finally {
    await database.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
