import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { kindBySlug } from "../../lib/records/kinds";
import { listRecords, parseFilters } from "../../lib/records/access";
import { createRecord, deleteRecord, findReadable, updateRecord } from "../../lib/records/write";
import {
  approveRecord,
  returnRecord,
  submitRecord,
  transitionMany,
  transitionRecord,
  withdrawRecord,
} from "../../lib/workflow/transitions";
import { demoDatabase } from "../support/database";
import { outcome as code } from "../support/errors";

const awards = kindBySlug("competition-awards")!;
const award = (name: string) => ({ competition: name, level: "PROVINCIAL", prizes: [{ prize: "一等奖", count: 2, unit: "人次" }] });

describe("approval workflow", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  const actors: Record<string, Actor> = {};
  const ctx = (name: string) => ({ actor: actors[name]!, prisma: database.prisma });

  beforeAll(async () => {
    database = await demoDatabase();
    Object.assign(actors, database.actors);
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("runs draft → submitted → returned → resubmitted → approved, with audit rows by the right people", async () => {
    const created = await createRecord({ ...ctx("staff-a"), kind: awards, input: award("工作流测试赛"), meta: { year: 2022 } });
    expect(created).toMatchObject({ status: "DRAFT", version: 1, departmentId: actors["staff-a"]!.departmentId });

    expect(await code(findReadable(ctx("staff-b"), awards, created.id))).toBe("NOT_FOUND");
    expect(await code(findReadable({ actor: null, prisma: database.prisma }, awards, created.id))).toBe("NOT_FOUND");
    expect(await code(transitionRecord({ ...ctx("reviewer"), kind: awards, id: created.id, transition: "approve" }))).toBe("CONFLICT");

    let r = await transitionRecord({ ...ctx("staff-a"), kind: awards, id: created.id, transition: "submit", version: 1 });
    expect(r.status).toBe("SUBMITTED");
    expect(await code(updateRecord({ ...ctx("staff-a"), kind: awards, id: r.id, version: r.version, input: award("x") }))).toBe("CONFLICT");
    expect(await code(transitionRecord({ ...ctx("reviewer"), kind: awards, id: r.id, transition: "return", reason: "  " }))).toBe(
      "INVALID",
    );
    r = await transitionRecord({ ...ctx("reviewer"), kind: awards, id: r.id, transition: "return", reason: "请补充获奖日期" });
    expect(r).toMatchObject({ status: "RETURNED", returnReason: "请补充获奖日期" });

    r = await updateRecord({
      ...ctx("staff-a"),
      kind: awards,
      id: r.id,
      version: r.version,
      input: { ...award("工作流测试赛"), awardedOn: "2022-05-20" },
    });
    r = await transitionRecord({ ...ctx("staff-a"), kind: awards, id: r.id, transition: "submit" });
    r = await transitionRecord({ ...ctx("reviewer"), kind: awards, id: r.id, transition: "approve" });
    expect(r).toMatchObject({ status: "APPROVED", returnReason: null });
    expect(await findReadable({ actor: null, prisma: database.prisma }, awards, r.id)).toMatchObject({ competition: "工作流测试赛" });

    const log = await database.prisma.auditLog.findMany({ where: { entityId: r.id }, orderBy: { id: "asc" } });
    expect(log.map((l) => [l.action, l.actorName])).toEqual([
      ["CREATE", "机电系填报员"],
      ["SUBMIT", "机电系填报员"],
      ["RETURN", "质量办审核员"],
      ["UPDATE", "机电系填报员"],
      ["SUBMIT", "机电系填报员"],
      ["APPROVE", "质量办审核员"],
    ]);
    expect(log[2]!.reason).toBe("请补充获奖日期");
    expect(log[3]!.changes).toMatchObject({ awardedOn: { before: null, after: "2022-05-20" } });
  });

  it("refuses a save based on a stale version and keeps the newer data", async () => {
    const created = await createRecord({ ...ctx("staff-a"), kind: awards, input: award("乐观锁测试"), meta: { year: 2022 } });
    await updateRecord({ ...ctx("staff-a"), kind: awards, id: created.id, version: 1, input: award("第一次保存") });
    expect(await code(updateRecord({ ...ctx("staff-a"), kind: awards, id: created.id, version: 1, input: award("过时的保存") }))).toBe(
      "CONFLICT",
    );
    expect(await findReadable(ctx("staff-a"), awards, created.id)).toMatchObject({ competition: "第一次保存", version: 2 });
  });

  it("keeps the approved version public while a revision is pending, and applies it on approval", async () => {
    const { competitionAward, ...record } = await database.prisma.record.findFirstOrThrow({
      where: { kind: "competitionAward", departmentId: actors["staff-a"]!.departmentId!, status: "APPROVED" },
      orderBy: { sortOrder: "asc" },
      include: { competitionAward: true },
    });
    const original = { ...record, ...competitionAward! };
    const input = {
      competition: `${original.competition}（修订）`,
      level: original.level,
      prizes: original.prizes,
      participantType: original.participantType,
      entryType: original.entryType,
    };
    let r = await updateRecord({ ...ctx("staff-a"), kind: awards, id: original.id, version: original.version, input });
    expect(r).toMatchObject({ status: "APPROVED", revisionStatus: "DRAFT", competition: original.competition });
    r = await transitionRecord({ ...ctx("staff-a"), kind: awards, id: r.id, transition: "submit" });
    expect(r).toMatchObject({ status: "APPROVED", revisionStatus: "SUBMITTED" });
    const publicView = await findReadable({ actor: null, prisma: database.prisma }, awards, r.id);
    expect(publicView.competition).toBe(original.competition);

    const [result] = await transitionMany({ ...ctx("reviewer"), transition: "approve", items: [{ kind: awards, id: r.id }] });
    expect(result!.ok).toBe(true);
    const after = await findReadable({ actor: null, prisma: database.prisma }, awards, r.id);
    expect(after).toMatchObject({
      competition: `${original.competition}（修订）`,
      revisionStatus: null,
      pending: null,
      status: "APPROVED",
    });
  });

  it("lets only the own department's staff write, and only reviewers review", async () => {
    const created = await createRecord({ ...ctx("staff-a"), kind: awards, input: award("权限测试"), meta: { year: 2022 } });
    expect(await code(updateRecord({ ...ctx("staff-b"), kind: awards, id: created.id, version: 1, input: award("x") }))).toBe("NOT_FOUND");
    expect(await code(updateRecord({ ...ctx("reviewer"), kind: awards, id: created.id, version: 1, input: award("x") }))).toBe("FORBIDDEN");
    expect(
      await code(updateRecord({ actor: null, prisma: database.prisma, kind: awards, id: created.id, version: 1, input: award("x") })),
    ).toBe("UNAUTHENTICATED");
    await transitionRecord({ ...ctx("staff-a"), kind: awards, id: created.id, transition: "submit" });
    expect(await code(transitionRecord({ ...ctx("staff-a"), kind: awards, id: created.id, transition: "approve" }))).toBe("FORBIDDEN");
    expect(
      await code(
        createRecord({
          ...ctx("reviewer"),
          kind: awards,
          input: award("x"),
          meta: { year: 2022, departmentId: actors["staff-a"]!.departmentId },
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(await code(createRecord({ ...ctx("staff-a"), kind: awards, input: award("x"), meta: { year: 1999 } }))).toBe("INVALID");
  });

  it("records only the fields a save changed: an untouched date is not logged as changed", async () => {
    const honours = kindBySlug("honours")!;
    const input = { title: "日期审计测试", category: "学校荣誉", awardedOn: "2022-05-04", recipient: "张三" };
    const created = await createRecord({ ...ctx("staff-a"), kind: honours, input, meta: { year: 2022 } });
    const saved = await updateRecord({
      ...ctx("staff-a"),
      kind: honours,
      id: created.id,
      version: 1,
      input: { ...input, recipient: "李四" },
    });
    const [entry] = await database.prisma.auditLog.findMany({ where: { recordId: saved.id, action: "UPDATE" } });
    expect(entry!.changes).toEqual({ recipient: { before: "张三", after: "李四" } });
  });

  it("has one function per transition, each taking a client, and soft-deletes a draft", async () => {
    const created = await createRecord({ ...ctx("staff-a"), kind: awards, input: award("单项操作测试"), meta: { year: 2022 } });
    let r = await submitRecord({ ...ctx("staff-a"), kind: awards, id: created.id, version: 1 });
    r = await withdrawRecord({ ...ctx("staff-a"), kind: awards, id: r.id, version: r.version });
    r = await submitRecord({ ...ctx("staff-a"), kind: awards, id: r.id });
    r = await returnRecord({ ...ctx("reviewer"), kind: awards, id: r.id, reason: "补充材料" });
    expect(r).toMatchObject({ status: "RETURNED", returnReason: "补充材料" });
    r = await submitRecord({ ...ctx("staff-a"), kind: awards, id: r.id });
    expect(r.returnReason).toBeNull();
    r = await approveRecord({ ...ctx("reviewer"), kind: awards, id: r.id });
    expect(r.status).toBe("APPROVED");
    expect(await code(deleteRecord({ ...ctx("staff-a"), kind: awards, id: r.id, version: r.version }))).toBe("CONFLICT");

    const draft = await createRecord({ ...ctx("staff-a"), kind: awards, input: award("软删除测试"), meta: { year: 2022 } });
    expect(await code(deleteRecord({ ...ctx("staff-b"), kind: awards, id: draft.id, version: 1 }))).toBe("NOT_FOUND");
    await deleteRecord({ ...ctx("staff-a"), kind: awards, id: draft.id, version: 1 });
    expect(await code(findReadable(ctx("staff-a"), awards, draft.id))).toBe("NOT_FOUND");
    // The row and its history stay: soft delete keeps the audit trail's subject.
    expect(await database.prisma.record.findUnique({ where: { id: draft.id } })).toMatchObject({ deletedAt: expect.any(Date) });
    expect(await database.prisma.auditLog.count({ where: { recordId: draft.id } })).toBe(2);
  });

  it("refuses a bad list filter as INVALID naming the parameter", async () => {
    const honours = kindBySlug("honours")!;
    await expect(listRecords({ actor: null, kind: honours, filters: parseFilters({}), prisma: database.prisma })).resolves.toBeTruthy();
    for (const [params, field] of [
      [{ level: "foo" }, "level"],
      [{ page: "abc" }, "page"],
      [{ dir: "sideways" }, "dir"],
    ] as const) {
      let error: unknown;
      try {
        parseFilters(params, honours);
      } catch (err) {
        error = err;
      }
      expect(error, field).toMatchObject({ code: "INVALID", fieldErrors: { [field]: [expect.stringContaining(field)] } });
    }
    // listRecords checks too, whoever built the filters.
    expect(
      await code(listRecords({ actor: null, kind: honours, filters: { ...parseFilters({}), level: "foo" }, prisma: database.prisma })),
    ).toBe("INVALID");
  });
});
