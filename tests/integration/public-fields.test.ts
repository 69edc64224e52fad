// The public answer of every record kind holds only what the public may see: the kind's declared
// fields and a few facts about the record, never who worked on it or how it was reviewed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RECORD_KINDS } from "../../lib/records/kinds";
import { listRecords, parseFilters, presentRecord } from "../../lib/records/access";
import { publicListing } from "../../lib/records/public";
import { PUBLIC_RECORD_FIELDS, publicFields } from "../../lib/records/public-fields";
import { demoDatabase } from "../support/database";

const YEAR = 2022;
// Names that must never reach the public, whatever the allow-list says.
const NEVER = /ById$|^authorId$|^author$|^version$|^pending$|^revisionStatus$|^returnReason$|^deletedAt$|^carriedFromId$|^recordKind$/;

describe("the public answer of every kind", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  beforeAll(async () => {
    database = await demoDatabase();
    const prisma = database.prisma;
    const someone = await prisma.user.findFirstOrThrow({ where: { role: "DEPT_HEAD" } });
    // Every workflow trace filled in on the approved records, so a leak of any of them shows.
    await prisma.record.updateMany({
      where: { year: YEAR, status: "APPROVED" },
      data: { deptApprovedById: someone.id, deptApprovedAt: new Date(), authorId: someone.id },
    });
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("has an allow-list that names no user id, version or review trace", () => {
    for (const kind of RECORD_KINDS) for (const key of publicFields(kind)) expect(key, `${kind.slug}.${key}`).not.toMatch(NEVER);
  });

  for (const kind of RECORD_KINDS) {
    it(`${kind.slug}: every key of every public item is on the kind's allow-list`, async () => {
      const allowed = publicFields(kind);
      const answer = await publicListing({ kind, year: YEAR, pageSize: "500", prisma: database.prisma });
      for (const item of answer.items) {
        const outside = Object.keys(item).filter((k) => !allowed.has(k) || NEVER.test(k));
        expect(outside, `${kind.slug} ${String(item.id)}`).toEqual([]);
        expect(item).toMatchObject({ kind: kind.slug, year: YEAR, status: "APPROVED" });
        expect(typeof item.department).toBe("string");
      }
    });
  }

  it("gives the same public fields through /api/v1/records to the anonymous and to another department; the record's own department sees more", async () => {
    const prisma = database.prisma;
    const employment = RECORD_KINDS.find((k) => k.slug === "employment")!;
    const filters = parseFilters({ year: String(YEAR), pageSize: "500" }, employment);
    const { rows } = await listRecords({ actor: null, kind: employment, filters, prisma });
    expect(rows.length).toBeGreaterThan(0);
    const users = await prisma.user.findMany({
      where: { role: "STAFF" },
      select: { id: true, username: true, role: true, departmentId: true, displayName: true },
    });
    const row = rows[0]!;
    const other = users.find((u) => u.departmentId && u.departmentId !== row.departmentId)!;
    const own = users.find((u) => u.departmentId === row.departmentId)!;
    const allowed = publicFields(employment);
    for (const actor of [null, other]) {
      const keys = Object.keys(presentRecord(row, actor));
      expect(keys.filter((k) => !allowed.has(k))).toEqual([]);
      expect(keys).not.toContain("deptApprovedById");
    }
    expect(Object.keys(presentRecord(row, own))).toContain("version");
  });

  it("covers kinds the demo has approved records of, with their declared fields present", async () => {
    let kindsWithItems = 0;
    for (const kind of RECORD_KINDS) {
      const { items } = await publicListing({ kind, year: YEAR, pageSize: "1", prisma: database.prisma });
      if (!items.length) continue;
      kindsWithItems++;
      const declared = Object.keys(kind.fields).filter((f) => !(PUBLIC_RECORD_FIELDS as readonly string[]).includes(f));
      expect(Object.keys(items[0]!), kind.slug).toEqual(expect.arrayContaining(declared));
    }
    expect(kindsWithItems).toBeGreaterThanOrEqual(10);
  });
});
