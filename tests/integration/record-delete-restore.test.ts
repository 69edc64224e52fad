import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listRecords, parseFilters } from "../../lib/records/access";
import { kindBySlug } from "../../lib/records/kinds";
import { changeRecordMeta, createRecord, deleteRecord, findReadable, restoreRecord } from "../../lib/records/write";
import { transitionRecord } from "../../lib/workflow/transitions";
import { openYear } from "../../lib/report/outline/open-year";
import { changeYear } from "../../lib/years/service";
import { demoDatabase } from "../support/database";
import { outcome } from "../support/errors";

const honours = kindBySlug("honours")!;
const input = { title: "删除恢复测试荣誉", category: "学生工作", level: "PROVINCIAL" };

describe("records: delete, restore, year and highlight by policy", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  const as = (name: string) => ({ actor: database.actors[name]!, prisma: database.prisma });
  const draft = () => createRecord({ ...as("staff-a"), kind: honours, input, meta: { year: 2022 } });
  beforeAll(async () => {
    database = await demoDatabase();
    await openYear({ ...as("admin"), input: { year: 2023, academicYear: "2022-2023", source: "2024" } });
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("staff delete their own draft (audited); other departments, reviewers and stale versions are refused", async () => {
    const r = await draft();
    expect(await outcome(deleteRecord({ ...as("staff-b"), kind: honours, id: r.id, version: r.version }))).toBe("NOT_FOUND");
    expect(await outcome(deleteRecord({ ...as("reviewer"), kind: honours, id: r.id, version: r.version }))).toBe("FORBIDDEN");
    expect(await outcome(deleteRecord({ ...as("staff-a"), kind: honours, id: r.id, version: r.version + 1 }))).toBe("CONFLICT");
    expect(await outcome(deleteRecord({ ...as("staff-a"), kind: honours, id: r.id, version: r.version }))).toBe("OK");
    expect(await outcome(findReadable(as("staff-a"), honours, r.id))).toBe("NOT_FOUND");
    expect(await outcome(findReadable(as("admin"), honours, r.id))).toBe("NOT_FOUND");
    const audit = await database.prisma.auditLog.findMany({ where: { recordId: r.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["CREATE", "DELETE"]);
    expect(audit[1]!.actorId).toBe(database.actors["staff-a"]!.id);
  });

  it("a submitted or approved record cannot be deleted; a returned one can", async () => {
    const r = await draft();
    const submitted = await transitionRecord({ ...as("staff-a"), kind: honours, id: r.id, transition: "submit" });
    expect(await outcome(deleteRecord({ ...as("staff-a"), kind: honours, id: r.id, version: submitted.version }))).toBe("CONFLICT");
    const returned = await transitionRecord({ ...as("reviewer"), kind: honours, id: r.id, transition: "return", reason: "请补充" });
    expect(await outcome(deleteRecord({ ...as("staff-a"), kind: honours, id: r.id, version: returned.version }))).toBe("OK");
  });

  it("admins list the deleted records and restore them (audited); nobody else may", async () => {
    const r = await draft();
    await deleteRecord({ ...as("staff-a"), kind: honours, id: r.id, version: r.version });
    const deleted = parseFilters({ deleted: "1", year: "2022" });
    expect(await outcome(listRecords({ ...as("staff-a"), kind: honours, filters: deleted }))).toBe("FORBIDDEN");
    expect(await outcome(listRecords({ ...as("reviewer"), kind: honours, filters: deleted }))).toBe("FORBIDDEN");
    expect(await outcome(listRecords({ actor: null, prisma: database.prisma, kind: honours, filters: deleted }))).toBe("UNAUTHENTICATED");
    const listed = await listRecords({ ...as("admin"), kind: honours, filters: deleted });
    expect(listed.rows.map((x) => x.id)).toContain(r.id);
    const live = await listRecords({ ...as("admin"), kind: honours, filters: parseFilters({ year: "2022", pageSize: "500" }) });
    expect(live.rows.map((x) => x.id)).not.toContain(r.id);

    expect(await outcome(restoreRecord({ ...as("staff-a"), kind: honours, id: r.id }))).toBe("NOT_FOUND");
    expect(await outcome(restoreRecord({ ...as("reviewer"), kind: honours, id: r.id }))).toBe("NOT_FOUND");
    const restored = await restoreRecord({ ...as("admin"), kind: honours, id: r.id });
    expect(restored).toMatchObject({ id: r.id, status: "DRAFT", deletedAt: null, title: input.title });
    expect(await outcome(restoreRecord({ ...as("admin"), kind: honours, id: r.id }))).toBe("NOT_FOUND");
    expect((await findReadable(as("staff-a"), honours, r.id)).id).toBe(r.id);
    const actions = (await database.prisma.auditLog.findMany({ where: { recordId: r.id }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["CREATE", "DELETE", "RESTORE"]);
  });

  it("an archived year refuses deleting and restoring", async () => {
    const kept = await draft();
    const gone = await draft();
    await deleteRecord({ ...as("staff-a"), kind: honours, id: gone.id, version: gone.version });
    await changeYear({ ...as("admin"), year: 2022, input: { state: "ARCHIVED" } });
    try {
      expect(await outcome(deleteRecord({ ...as("staff-a"), kind: honours, id: kept.id, version: kept.version }))).toBe("CONFLICT");
      expect(await outcome(restoreRecord({ ...as("admin"), kind: honours, id: gone.id }))).toBe("CONFLICT");
    } finally {
      await changeYear({ ...as("admin"), year: 2022, input: { state: "OPEN" } });
    }
  });

  it("reviewers set 主要成果; staff may not, neither at creation nor later", async () => {
    const r = await draft();
    expect(
      await outcome(changeRecordMeta({ ...as("staff-a"), kind: honours, id: r.id, version: r.version, input: { highlight: true } })),
    ).toBe("FORBIDDEN");
    expect(await outcome(createRecord({ ...as("staff-a"), kind: honours, input, meta: { year: 2022, highlight: true } }))).toBe(
      "FORBIDDEN",
    );
    const marked = await changeRecordMeta({ ...as("reviewer"), kind: honours, id: r.id, version: r.version, input: { highlight: true } });
    expect(marked.highlight).toBe(true);
    expect(
      await outcome(changeRecordMeta({ ...as("reviewer"), kind: honours, id: r.id, version: r.version, input: { highlight: false } })),
    ).toBe("CONFLICT");
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { recordId: r.id, action: "HIGHLIGHT" } });
    expect(audit.changes).toEqual({ highlight: { before: false, after: true } });
  });

  it("moves a record to another open year: its department while a draft, reviewers unless under review; never into an archived year", async () => {
    const r = await draft();
    expect(await outcome(changeRecordMeta({ ...as("staff-b"), kind: honours, id: r.id, version: r.version, input: { year: 2023 } }))).toBe(
      "NOT_FOUND",
    );
    const moved = await changeRecordMeta({ ...as("staff-a"), kind: honours, id: r.id, version: r.version, input: { year: 2023 } });
    expect(moved.year).toBe(2023);
    const submitted = await transitionRecord({ ...as("staff-a"), kind: honours, id: r.id, transition: "submit" });
    expect(
      await outcome(changeRecordMeta({ ...as("reviewer"), kind: honours, id: r.id, version: submitted.version, input: { year: 2022 } })),
    ).toBe("CONFLICT");
    const approved = await transitionRecord({ ...as("reviewer"), kind: honours, id: r.id, transition: "approve" });
    expect(
      await outcome(changeRecordMeta({ ...as("staff-a"), kind: honours, id: r.id, version: approved.version, input: { year: 2022 } })),
    ).toBe("CONFLICT");
    await changeYear({ ...as("admin"), year: 2022, input: { state: "ARCHIVED" } });
    try {
      expect(
        await outcome(changeRecordMeta({ ...as("reviewer"), kind: honours, id: r.id, version: approved.version, input: { year: 2022 } })),
      ).toBe("CONFLICT");
    } finally {
      await changeYear({ ...as("admin"), year: 2022, input: { state: "OPEN" } });
    }
    const back = await changeRecordMeta({ ...as("reviewer"), kind: honours, id: r.id, version: approved.version, input: { year: 2022 } });
    expect(back).toMatchObject({ year: 2022, status: "APPROVED" });
    const moves = await database.prisma.auditLog.findMany({ where: { recordId: r.id, action: "RECORD_MOVE" }, orderBy: { at: "asc" } });
    expect(moves.map((m) => m.changes)).toEqual([{ year: { before: 2022, after: 2023 } }, { year: { before: 2023, after: 2022 } }]);
  });
});
