// The public answer of every record kind holds only what the public may see: the kind's declared
// fields and a few facts about the record, never who worked on it or how it was reviewed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RECORD_KINDS } from "../../lib/records/kinds";
import { PUBLIC_RECORD_FIELDS, publicFields, publicListing } from "../../lib/records/public";
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
