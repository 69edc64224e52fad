// Job leases on the real database: a job of a worker that died is taken again once its lease runs
// out, a job is never run by two workers at once (also while a long job renews its lease), a
// stopping worker puts its job back, and a worker that lost its lease cannot overwrite the result.
process.env.NIANBAO_JOB_LEASE_SECONDS = "6";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueJob, findJob, nextDue, releaseJobs, runNextJob } from "../../lib/pdf/jobs";
import { migratedDatabase } from "../support/database";

describe("job leases", () => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  beforeAll(async () => {
    database = await migratedDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  const queue = () => `test-${Math.random().toString(36).slice(2)}`;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const row = (key: string) =>
    database.prisma
      .$queryRawUnsafe<{ state: string; locked_by: string | null; attempts: number; lease_left: number | null }[]>(
        `SELECT state, locked_by, attempts, EXTRACT(EPOCH FROM lease_until - now())::float8 AS lease_left FROM nianbao_jobs.job WHERE key = $1`,
        key,
      )
      .then((r) => r[0]);

  it("never hands one job to two workers at the same time", async () => {
    const q = queue();
    await enqueueJob({ prisma: database.prisma, queue: q, key: `${q}-a`, data: {} });
    let runs = 0;
    const handler = async () => {
      runs++;
      await sleep(300);
    };
    const results = await Promise.all(
      ["w1", "w2", "w3"].map((workerId) => runNextJob({ prisma: database.prisma, queue: q, handler, workerId, exclusive: false })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(runs).toBe(1);
    expect((await row(`${q}-a`))!.state).toBe("completed");
  });

  it("takes the job of a dead worker again after its lease expires, not before", async () => {
    const q = queue();
    const key = `${q}-dead`;
    await enqueueJob({ prisma: database.prisma, queue: q, key, data: {} });
    // Worker "dead" claims it and never comes back: its handler never ends and nothing renews the lease.
    await database.prisma.$executeRawUnsafe(
      `UPDATE nianbao_jobs.job SET state = 'active', attempts = 1, locked_by = 'dead', lease_until = now() + interval '2 seconds' WHERE key = $1`,
      key,
    );
    let runs = 0;
    const handler = () => {
      runs++;
      return Promise.resolve();
    };
    expect(await runNextJob({ prisma: database.prisma, queue: q, handler, workerId: "alive", exclusive: false })).toBe(false);
    await sleep(2_500);
    expect(await runNextJob({ prisma: database.prisma, queue: q, handler, workerId: "alive", exclusive: false })).toBe(true);
    expect(runs).toBe(1);
    expect(await row(key)).toMatchObject({ state: "completed", locked_by: "alive", attempts: 2 });
  });

  it("renews the lease of a long job so that nobody else takes it", async () => {
    const q = queue();
    const key = `${q}-long`;
    await enqueueJob({ prisma: database.prisma, queue: q, key, data: {} });
    let runs = 0;
    let release!: () => void;
    const long = runNextJob({
      prisma: database.prisma,
      queue: q,
      workerId: "long",
      exclusive: false,
      handler: () => {
        runs++;
        return new Promise<void>((r) => {
          release = r;
        });
      },
    });
    await sleep(8_000); // longer than the 6 s lease: only the heartbeat keeps it
    expect((await row(key))!.lease_left).toBeGreaterThan(0);
    expect(
      await runNextJob({
        prisma: database.prisma,
        queue: q,
        workerId: "other",
        exclusive: false,
        handler: () => {
          runs++;
          return Promise.resolve();
        },
      }),
    ).toBe(false);
    release();
    expect(await long).toBe(true);
    expect(runs).toBe(1);
    expect((await row(key))!.state).toBe("completed");
  }, 30_000);

  it("a stopping worker puts its claimed job back without counting the attempt", async () => {
    const q = queue();
    const key = `${q}-stop`;
    await enqueueJob({ prisma: database.prisma, queue: q, key, data: {} });
    let release!: () => void;
    const running = runNextJob({
      prisma: database.prisma,
      queue: q,
      workerId: "stopping",
      exclusive: false,
      handler: () =>
        new Promise<void>((r) => {
          release = r;
        }),
    });
    await sleep(300);
    expect(await releaseJobs({ prisma: database.prisma, workerId: "stopping" })).toBe(1);
    expect(await row(key)).toMatchObject({ state: "created", locked_by: null, attempts: 0 });
    // The interrupted handler ending later changes nothing: the job is no longer its own.
    release();
    await running;
    expect((await row(key))!.state).toBe("created");
    let runs = 0;
    expect(
      await runNextJob({
        prisma: database.prisma,
        queue: q,
        workerId: "next",
        exclusive: false,
        handler: () => {
          runs++;
          return Promise.resolve();
        },
      }),
    ).toBe(true);
    expect(runs).toBe(1);
    expect((await findJob({ prisma: database.prisma, queue: q, key }))?.state).toBe("completed");
  });

  it("gives up a job whose every attempt ended with its worker's death, instead of claiming it again", async () => {
    const q = queue();
    const key = `${q}-doomed`;
    await enqueueJob({ prisma: database.prisma, queue: q, key, data: {} });
    await database.prisma.$executeRawUnsafe(
      `UPDATE nianbao_jobs.job SET state = 'active', attempts = max_attempts, locked_by = 'dead', lease_until = now() - interval '1 second' WHERE key = $1`,
      key,
    );
    expect(
      await runNextJob({ prisma: database.prisma, queue: q, workerId: "alive", exclusive: false, handler: () => Promise.resolve() }),
    ).toBe(false);
    expect(await nextDue(database.prisma, q)).toBeNull();
    expect((await row(key))!.state).toBe("failed");
  });
});
