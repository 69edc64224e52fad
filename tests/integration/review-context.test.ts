import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { usedModules } from "../../lib/admin/modules";
import { updateInstitution } from "../../lib/institution/service";
import { kindBySlug } from "../../lib/records/kinds";
import { createRecord } from "../../lib/records/write";
import { formatDateTimeWords } from "../../lib/time";
import { nextInQueue, reviewQueue } from "../../lib/workflow/queue";
import { transitionRecord } from "../../lib/workflow/transitions";
import { demoDatabase, migratedDatabase } from "../support/database";
import { outcome as code } from "../support/errors";

const hosted = kindBySlug("hosted-competitions")!;
const employment = kindBySlug("employment")!;

/**
 * The review queue gives each record its context: who submitted it and when (the latest 提交), and
 * its kind's key figures in words; 通过并下一条 finds the next record of the same queue.
 */
describe("review queue with context", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  const actors: Record<string, Actor> = {};
  const ctx = (name: string) => ({ actor: actors[name]!, prisma: database.prisma });
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await demoDatabase();
    Object.assign(actors, database.actors);
    const submit = async (name: string, kind: typeof hosted, input: Record<string, unknown>, by = "staff-a") => {
      const r = await createRecord({ ...ctx(by), kind, input, meta: { year: 2022 } });
      await transitionRecord({ ...ctx(by), kind, id: r.id, transition: "submit" });
      ids[name] = r.id;
    };
    await submit("first", hosted, { name: "语境测试赛一", level: "NATIONAL", contestants: "120" });
    await submit("second", hosted, { name: "语境测试赛二", level: "SCHOOL", contestants: "" });
    await submit("jobs", employment, { cohort: "2022", majorName: "语境专业", graduates: "40", placed: "38" }, "staff-b");
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("names the submitter, the time of the latest submission and the kind's key figures ('—' when empty)", async () => {
    const queue = await reviewQueue({ ...ctx("reviewer"), year: 2022 });
    const first = queue.find((i) => i.id === ids.first)!;
    expect(first.submitter).toBe(actors["staff-a"]!.displayName);
    const log = await database.prisma.auditLog.findFirstOrThrow({ where: { recordId: ids.first, action: "SUBMIT" } });
    expect(first.submittedAt).toEqual(log.at);
    expect(formatDateTimeWords(first.submittedAt)).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    expect(first.figures).toEqual([
      { field: "level", label: "级别", text: "国家级" },
      { field: "contestants", label: "参赛选手数", text: "120 人" },
    ]);
    expect(queue.find((i) => i.id === ids.second)!.figures[1]).toMatchObject({ field: "contestants", text: "—" });
    const jobs = queue.find((i) => i.id === ids.jobs)!;
    expect(jobs.submitter).toBe(actors["staff-b"]!.displayName);
    expect(jobs.figures.map((f) => f.text)).toEqual(["40 人", "38 人"]);
  });

  it("takes the submitter from the latest submission, not the author (a resubmission by a colleague)", async () => {
    const colleague = await database.prisma.user.create({
      data: { username: "staff-a2", displayName: "机电系另一位", role: "STAFF", departmentId: actors["staff-a"]!.departmentId },
    });
    actors["staff-a2"] = {
      id: colleague.id,
      username: "staff-a2",
      displayName: "机电系另一位",
      role: "STAFF",
      departmentId: colleague.departmentId,
    };
    const r = await createRecord({
      ...ctx("staff-a"),
      kind: hosted,
      input: { name: "语境测试赛三", level: "SCHOOL" },
      meta: { year: 2022 },
    });
    await transitionRecord({ ...ctx("staff-a2"), kind: hosted, id: r.id, transition: "submit" });
    const item = (await reviewQueue({ ...ctx("reviewer"), kindSlug: "hosted-competitions" })).find((i) => i.id === r.id)!;
    expect(item.submitter).toBe("机电系另一位");
    await transitionRecord({ ...ctx("staff-a"), kind: hosted, id: r.id, transition: "withdraw" });
  });

  it("通过并下一条: the next record of the same queue, its filters kept; none after the last", async () => {
    // The longest waiting first: after the first hosted competition comes the second.
    expect(await nextInQueue({ ...ctx("reviewer"), kindSlug: "hosted-competitions", after: ids.first! })).toEqual({
      id: ids.second,
      kindSlug: "hosted-competitions",
    });
    // Filtered to employment, the only record there has no next.
    expect(await nextInQueue({ ...ctx("reviewer"), kindSlug: "employment", after: ids.jobs! })).toBeNull();
    // Unfiltered, past the employment record the oldest other one is next.
    expect((await nextInQueue({ ...ctx("reviewer"), after: ids.jobs! }))?.id).toBe(ids.first);
    // A department head's queue is their department's, and only with the step on.
    expect(await nextInQueue({ ...ctx("head-a"), after: ids.first! })).toBeNull();
    await updateInstitution({
      ...ctx("admin"),
      input: { name: "天津城市职业学院", shortName: "城职", city: "天津", departmentReview: true },
    });
    expect((await nextInQueue({ ...ctx("head-a"), after: ids.first! }))?.id).toBe(ids.second);
    expect(await nextInQueue({ ...ctx("head-b"), after: ids.jobs! })).toBeNull();
    // Staff have no queue.
    expect(await code(nextInQueue({ ...ctx("staff-a"), after: ids.first! }))).toBe("FORBIDDEN");
  });

  it("shows optional modules only once used: the demo has partners, no pack of its own", async () => {
    expect(await usedModules(database.prisma)).toEqual({ partners: true, rulePacks: false });
  });
});

describe("a new college's optional modules", () => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  beforeAll(async () => {
    database = await migratedDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("are off until a partner enterprise or an own rule pack exists", async () => {
    expect(await usedModules(database.prisma)).toEqual({ partners: false, rulePacks: false });
    await database.prisma.partnerEnterprise.create({ data: { slug: "p1", name: "一家企业", contact: "王" } });
    await database.prisma.rulePack.create({ data: { key: "own-2025", name: "本校规则", body: {} } });
    expect(await usedModules(database.prisma)).toEqual({ partners: true, rulePacks: true });
  });
});
