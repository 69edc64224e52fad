import type { PrismaClient } from "../generated/prisma/client";
import { collegeClock } from "../time";
import { enqueue, type JobRow } from "./queue";

/**
 * Scheduled runs, checked by the worker loop (lib/jobs/worker.ts): once the college's clock has
 * passed DAILY_RUN_AT, the day's `daily.run` is enqueued under the key `daily:<date>`, so however
 * many workers check, and however often, it is enqueued once per day.
 */
export const DAILY_RUN_AT = { hour: 7, minute: 30 };

export const dailyKey = (date: string) => `daily:${date}`;

/** Enqueues the day's run when it is due; the job (new or already there), or null before DAILY_RUN_AT. */
export async function enqueueDueSchedules(options: { prisma?: PrismaClient; now?: Date } = {}): Promise<JobRow | null> {
  const { date, minutes } = collegeClock(options.now ?? new Date());
  if (minutes < DAILY_RUN_AT.hour * 60 + DAILY_RUN_AT.minute) return null;
  return enqueue({ client: options.prisma, name: "daily.run", key: dailyKey(date), payload: { date } });
}
