import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CARRIED_KINDS, carryStandingRecords } from "../../lib/records/carry";
import { kindBySlug } from "../../lib/records/kinds";
import { flatten, includeKind } from "../../lib/records/store";
import { createRecord, deleteRecord, findReadable, updateRecord } from "../../lib/records/write";
import { transitionRecord } from "../../lib/workflow/transitions";
import { openYear } from "../../lib/report/outline/open-year";
import { demoDatabase } from "../support/database";
import { outcome } from "../support/errors";

const majors = kindBySlug("majors")!;
const workshops = kindBySlug("luban-workshops")!;
const pilots = kindBySlug("certificate-pilots")!;

describe("沿用上年: continuing last year carries its standing records forward as drafts", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  const as = (name: string) => ({ actor: database.actors[name]!, prisma: database.prisma });
  let majorId = "";
  let draftMajorId = "";
  let deletedMajorId = "";
  let workshopId = "";

  beforeAll(async () => {
    database = await demoDatabase();
    const approve = async (kind: typeof majors, input: Record<string, unknown>) => {
      const r = await createRecord({ ...as("staff-a"), kind, input, meta: { year: 2022 } });
      await transitionRecord({ ...as("staff-a"), kind, id: r.id, transition: "submit" });
      await transitionRecord({ ...as("reviewer"), kind, id: r.id, transition: "approve" });
      return r.id;
    };
    majorId = await approve(majors, {
      code: "460305",
      name: "工业机器人技术（沿用测试）",
      group: "智能制造专业群",
      industry: "高端装备",
      change: "NEW",
      changeYear: 2022,
      note: "当年新增",
    });
    workshopId = await approve(workshops, {
      name: "沿用测试鲁班工坊",
      partner: "某合作学院",
      country: "泰国",
      city: "曼谷",
      majors: ["机电一体化技术"],
      enrolled: 37,
      trained: 120,
      teachers: 5,
      foundedOn: "2019-03-01",
    });
    // Not carried: a draft, a deleted approved record, and a kind that is not standing.
    draftMajorId = (
      await createRecord({ ...as("staff-a"), kind: majors, input: { code: "460306", name: "草稿专业" }, meta: { year: 2022 } })
    ).id;
    deletedMajorId = await approve(majors, { code: "460307", name: "已删除专业" });
    await database.prisma.record.update({ where: { id: deletedMajorId }, data: { deletedAt: new Date() } });
    await approve(pilots, {
      certificate: "不沿用证书",
      level: "中级",
      pilotMajors: ["机电一体化技术"],
      planned: 10,
      trained: 9,
      examined: 8,
      passed: 7,
    });
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("declares majors, Luban Workshops, courses and textbooks as carried; what is not copied is the year's own", () => {
    expect(CARRIED_KINDS.map((k) => k.slug).sort()).toEqual(["courses", "luban-workshops", "majors", "textbooks"]);
    for (const kind of CARRIED_KINDS) {
      for (const [name, decl] of Object.entries(kind.fields)) {
        // A required field that is not copied is a figure of the year: the draft leaves it empty
        // for the department to state before it submits (tests/integration/carried-year-figures.test.ts).
        if (decl.required && !decl.carried && name !== "topic") expect(decl.yearly, `${kind.slug}.${name}`).toBe(true);
      }
    }
  });

  it("copies every approved, live record of a carried kind into a draft of the same department and author, once", async () => {
    const origins = await database.prisma.record.findMany({
      where: { year: 2022, status: "APPROVED", deletedAt: null, kind: { in: CARRIED_KINDS.map((k) => k.model) } },
    });
    expect(await outcome(openYear({ ...as("staff-a"), input: { year: 2023, academicYear: "2022-2023", source: "previous" } }))).toBe(
      "FORBIDDEN",
    );
    const opened = await openYear({ ...as("admin"), input: { year: 2023, academicYear: "2022-2023", source: "previous" } });
    expect(opened.carried).toBe(origins.length);
    const copies = await database.prisma.record.findMany({ where: { year: 2023 } });
    expect(copies).toHaveLength(origins.length);
    for (const origin of origins) {
      const copy = copies.find((c) => c.carriedFromId === origin.id);
      expect(copy, origin.id).toMatchObject({
        kind: origin.kind,
        departmentId: origin.departmentId,
        authorId: origin.authorId,
        status: "DRAFT",
        highlight: false,
        topic: origin.topic,
        deletedAt: null,
      });
    }
    const carriedFrom = new Set(copies.map((c) => c.carriedFromId));
    expect(carriedFrom.has(majorId)).toBe(true);
    expect(carriedFrom.has(draftMajorId)).toBe(false);
    expect(carriedFrom.has(deletedMajorId)).toBe(false);
    expect(copies.some((c) => c.kind === pilots.model)).toBe(false);

    const audits = await database.prisma.auditLog.count({ where: { action: "CARRY", recordId: { in: copies.map((c) => c.id) } } });
    expect(audits).toBe(copies.length);

    // Opening the same year again is refused and carries nothing twice; nor does a second carry.
    expect(await outcome(openYear({ ...as("admin"), input: { year: 2023, academicYear: "2022-2023", source: "previous" } }))).toBe(
      "CONFLICT",
    );
    const again = await database.prisma.$transaction((tx) =>
      carryStandingRecords({ tx, actor: database.actors.admin!, fromYear: 2022, toYear: 2023 }),
    );
    expect(again).toBe(0);
    expect(await database.prisma.record.count({ where: { year: 2023 } })).toBe(origins.length);
  });

  it("copies the standing fields and leaves the year's own figures empty (not 0, not 保留)", async () => {
    const load = async (kind: typeof majors, from: string) =>
      flatten(await database.prisma.record.findFirstOrThrow({ where: { carriedFromId: from }, include: includeKind(kind) }));
    const major = await load(majors, majorId);
    expect(major).toMatchObject({
      code: "460305",
      name: "工业机器人技术（沿用测试）",
      group: "智能制造专业群",
      industry: "高端装备",
      change: null,
      changeYear: null,
      note: null,
    });
    const workshop = await load(workshops, workshopId);
    expect(workshop).toMatchObject({
      name: "沿用测试鲁班工坊",
      partner: "某合作学院",
      country: "泰国",
      city: "曼谷",
      enrolled: null,
      trained: null,
      teachers: null,
      teachersTrained: null,
    });
    expect(workshop.majors).toEqual(["机电一体化技术"]);
    expect((workshop.foundedOn as Date).toISOString().slice(0, 10)).toBe("2019-03-01");
    // The origin is untouched.
    expect(await load(majors, majorId).then(() => database.prisma.major.findUniqueOrThrow({ where: { id: majorId } }))).toMatchObject({
      change: "NEW",
      note: "当年新增",
    });
  });

  it("the department enters the year's figures and submits a carried draft, updates it or drops it; another department cannot touch it", async () => {
    const copies = await database.prisma.record.findMany({
      where: { year: 2023, carriedFromId: { in: [majorId, workshopId] } },
      orderBy: { kind: "asc" },
    });
    const workshopCopy = copies.find((c) => c.kind === workshops.model)!;
    const majorCopy = copies.find((c) => c.kind === majors.model)!;
    // Confirming it as it is is refused while this year's figures are empty; entered, it submits.
    expect(await outcome(transitionRecord({ ...as("staff-a"), kind: workshops, id: workshopCopy.id, transition: "submit" }))).toBe(
      "INVALID",
    );
    const workshop = await findReadable(as("staff-a"), workshops, workshopCopy.id);
    const figures = { enrolled: 41, trained: 110, teachers: 6, teachersTrained: 2 };
    const input = { ...Object.fromEntries(Object.keys(workshops.fields).map((f) => [f, workshop[f]])), ...figures };
    await updateRecord({ ...as("staff-a"), kind: workshops, id: workshopCopy.id, version: workshop.version, input });
    expect(await outcome(transitionRecord({ ...as("staff-a"), kind: workshops, id: workshopCopy.id, transition: "submit" }))).toBe("OK");
    // Update, then submit.
    const current = await findReadable(as("staff-a"), majors, majorCopy.id);
    const values = { code: current.code, name: current.name, group: current.group, industry: "智能制造", change: "UNCHANGED" };
    expect(await outcome(updateRecord({ ...as("staff-b"), kind: majors, id: majorCopy.id, version: current.version, input: values }))).toBe(
      "NOT_FOUND",
    );
    const updated = await updateRecord({ ...as("staff-a"), kind: majors, id: majorCopy.id, version: current.version, input: values });
    expect(updated).toMatchObject({ industry: "智能制造", carriedFromId: majorId });
    // Or drop it: a carried draft is deleted like any draft.
    expect(await outcome(deleteRecord({ ...as("staff-a"), kind: majors, id: majorCopy.id, version: updated.version }))).toBe("OK");
  });
});
