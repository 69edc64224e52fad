import type { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client";
import { sendDigests, sendInstantMails, type Mailer } from "../notifications/mail";
import { remindDeadlines } from "../notifications/reminders";
import { mailAddressConfirmation } from "../notifications/service";
import { partnerPdfJobHandler } from "../pdf/partner-job";
import { editionJobHandler } from "../pdf/jobs";
import type { FileStorage } from "../storage";
import { remindOverdueTasks } from "../tasks/reminders";
import { isJobName, JOB_DEFINITIONS, type JobName } from "./definitions";
import { PermanentJobError, pruneJobs, type JobHandler, type JobRow } from "./queue";

/**
 * What each job does, by name: the one place a job's name meets its handler. The payload is parsed
 * with the definition's schema before the handler sees it (a payload it cannot take fails the job
 * at once, without retries). What the worker runs with, tests replace: the database, the file
 * storage, the mail transport.
 */
export type JobContext = { prisma?: PrismaClient; files?: FileStorage; mailer?: Mailer | null };

type Payload<N extends JobName> = z.output<(typeof JOB_DEFINITIONS)[N]["payload"]>;
type Handlers = { [N in JobName]: (payload: Payload<N>, ctx: JobContext, job: JobRow) => Promise<unknown> };

/**
 * The daily run: old finished jobs pruned first (a refused mail below must not keep them), then
 * reminders (they write notices), then every mail due, then the digests.
 */
export async function runDaily(ctx: JobContext = {}) {
  const { prisma, mailer } = ctx;
  const pruned = await pruneJobs({ prisma });
  const reminded = await remindDeadlines({ prisma });
  const overdue = await remindOverdueTasks({ prisma });
  const instant = await sendInstantMails({ prisma, mailer, strict: true });
  const digests = await sendDigests({ prisma, mailer, strict: true });
  return { pruned, reminded, overdue, instant, digests };
}

export const JOB_HANDLERS: Handlers = {
  "export.edition": (_payload, ctx, job) => editionJobHandler(ctx)(job),
  "export.partner-pdf": (_payload, ctx, job) => partnerPdfJobHandler(ctx)(job),
  "mail.instant": (payload, ctx) => sendInstantMails({ prisma: ctx.prisma, mailer: ctx.mailer, userId: payload.userId, strict: true }),
  "mail.confirm-address": (payload, ctx) =>
    mailAddressConfirmation({ prisma: ctx.prisma, mailer: ctx.mailer, userId: payload.userId, strict: true }),
  "daily.run": (_payload, ctx) => runDaily(ctx),
};

/** The worker's handler: the registered one for the job's name, with its payload checked. */
export function registeredHandler(ctx: JobContext = {}): JobHandler {
  return async (job) => {
    if (!isJobName(job.name)) throw new PermanentJobError(`no job named ${job.name}`);
    const parsed = JOB_DEFINITIONS[job.name].payload.safeParse(job.data);
    if (!parsed.success) throw new PermanentJobError(`payload of ${job.name} refused: ${parsed.error.message}`);
    const handler = JOB_HANDLERS[job.name] as (payload: unknown, ctx: JobContext, job: JobRow) => Promise<unknown>;
    return handler(parsed.data, ctx, job);
  };
}
