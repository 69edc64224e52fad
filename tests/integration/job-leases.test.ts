// Job leases on the real database: a job of a worker that died is taken again once its lease runs
// out, a job is never run by two workers at once (also while a long job renews its lease), a
// stopping worker puts its job back, and a worker that lost its lease cannot overwrite the result.
process.env.NIANBAO_JOB_LEASE_SECONDS = "6";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findJob, insertJob, nextDue, releaseJobs, runNextJob } from "../../lib/jobs/queue";
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
        `SELECT state, "lockedBy" AS locked_by, attempts, EXTRACT(EPOCH FROM "leaseUntil" - now())::float8 AS lease_left FROM "Job" WHERE "dedupeKey" = $1`,
        key,
      )
      .then((r) => r[0]);

  it("never hands one job to two workers at the same time", async () => {
    const q = queue();
    await insertJob({ client: database.prisma, name: q, key: `${q}-a`, payload: {}, maxAttempts: 4, dedupe: "export" });
    let runs = 0;
    const handler = async () => {
      runs++;
      await sleep(300);
    };
    const results = await Promise.all(
      ["w1", "w2", "w3"].map((workerId) => runNextJob({ prisma: database.prisma, names: [q], handler, workerId, exclusive: false })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(runs).toBe(1);
    expect((await row(`${q}-a`))!.state).toBe("completed");
  });

  it("takes the job of a dead worker again after its lease expires, not before", async () => {
    const q = queue();
    const key = `${q}-dead`;
    await insertJob({ client: database.prisma, name: q, key, payload: {}, maxAttempts: 4, dedupe: "export" });
    // Worker "dead" claims it and never comes back: its handler never ends and nothing renews the lease.
    await database.prisma.$executeRawUnsafe(
      `UPDATE "Job" SET state = 'active', attempts = 1, "lockedBy" = 'dead', "leaseUntil" = now() + interval '2 seconds' WHERE "dedupeKey" = $1`,
      key,
    );
    let runs = 0;
    const handler = () => {
      runs++;
      return Promise.resolve();
    };
    expect(await runNextJob({ prisma: database.prisma, names: [q], handler, workerId: "alive", exclusive: false })).toBe(false);
    await sleep(2_500);
    expect(await runNextJob({ prisma: database.prisma, names: [q], handler, workerId: "alive", exclusive: false })).toBe(true);
    expect(runs).toBe(1);
    expect(await row(key)).toMatchObject({ state: "completed", locked_by: "alive", attempts: 2 });
  });

  it("renews the lease of a long job so that nobody else takes it", async () => {
    const q = queue();
    const key = `${q}-long`;
    await insertJob({ client: database.prisma, name: q, key, payload: {}, maxAttempts: 4, dedupe: "export" });
    let runs = 0;
    let release!: () => void;
    const long = runNextJob({
      prisma: database.prisma,
      names: [q],
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
        names: [q],
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
    await insertJob({ client: database.prisma, name: q, key, payload: {}, maxAttempts: 4, dedupe: "export" });
    let release!: () => void;
    const running = runNextJob({
      prisma: database.prisma,
      names: [q],
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
        names: [q],
        workerId: "next",
        exclusive: false,
        handler: () => {
          runs++;
          return Promise.resolve();
        },
      }),
    ).toBe(true);
    expect(runs).toBe(1);
    expect((await findJob({ prisma: database.prisma, key }))?.state).toBe("completed");
  });

  it("gives up a job whose every attempt ended with its worker's death, instead of claiming it again", async () => {
    const q = queue();
    const key = `${q}-doomed`;
    await insertJob({ client: database.prisma, name: q, key, payload: {}, maxAttempts: 4, dedupe: "export" });
    await database.prisma.$executeRawUnsafe(
      `UPDATE "Job" SET state = 'active', attempts = "maxAttempts", "lockedBy" = 'dead', "leaseUntil" = now() - interval '1 second' WHERE "dedupeKey" = $1`,
      key,
    );
    expect(
      await runNextJob({ prisma: database.prisma, names: [q], workerId: "alive", exclusive: false, handler: () => Promise.resolve() }),
    ).toBe(false);
    expect(await nextDue(database.prisma)).toBeNull();
    expect((await row(key))!.state).toBe("failed");
  });
});
