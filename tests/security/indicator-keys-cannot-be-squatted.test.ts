import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findDuplicates } from "../../lib/import/validate";
import { kindBySlug } from "../../lib/records/kinds";
import { createRecord } from "../../lib/records/write";
import { transitionRecord } from "../../lib/workflow/transitions";
import { outcome } from "../support/errors";
import { demoDatabase } from "../support/database";

/**
 * Finding 13: indicator keys were unique per year across departments, so one department could
 * squat a key another needs, and learn of another's hidden draft from the refusal and from the
 * import preview (which even gave its id). Now only APPROVED indicators claim a key.
 */
describe("indicator keys", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  const indicators = kindBySlug("indicators")!;
  beforeAll(async () => {
    database = await demoDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  const ctx = (who: string) => ({ actor: database.actors[who]!, prisma: database.prisma });
  const indicator = (key: string) => ({ key, label: "测试指标", value: "1", unit: "" });

  it("a department's draft neither blocks nor reveals another department's draft with the same key", async () => {
    const key = `squat.t${Date.now()}`;
    const draftA = await createRecord({ ...ctx("staff-a"), kind: indicators, meta: { year: 2022 }, input: indicator(key) });
    expect(await outcome(createRecord({ ...ctx("staff-b"), kind: indicators, meta: { year: 2022 }, input: indicator(key) }))).toBe("OK");

    const preview = await findDuplicates({
      prisma: database.prisma,
      kind: indicators,
      year: 2022,
      departmentId: database.actors["staff-b"]!.departmentId!,
      valid: [{ row: 3, data: indicator(key) }] as never,
    });
    expect(JSON.stringify(preview)).not.toContain(draftA.id);
  });

  it("only one indicator per key is approved: the second approval is a conflict for the reviewer", async () => {
    const key = `claim.t${Date.now()}`;
    const a = await createRecord({ ...ctx("staff-a"), kind: indicators, meta: { year: 2022 }, input: indicator(key) });
    const b = await createRecord({ ...ctx("staff-b"), kind: indicators, meta: { year: 2022 }, input: indicator(key) });
    await transitionRecord({ ...ctx("staff-a"), kind: indicators, id: a.id, transition: "submit" });
    await transitionRecord({ ...ctx("staff-b"), kind: indicators, id: b.id, transition: "submit" });
    expect(await outcome(transitionRecord({ ...ctx("reviewer"), kind: indicators, id: a.id, transition: "approve" }))).toBe("OK");
    expect(await outcome(transitionRecord({ ...ctx("reviewer"), kind: indicators, id: b.id, transition: "approve" }))).toBe("CONFLICT");

    // The approved key is public, so the import preview may name it.
    const preview = await findDuplicates({
      prisma: database.prisma,
      kind: indicators,
      year: 2022,
      departmentId: database.actors["staff-b"]!.departmentId!,
      valid: [{ row: 3, data: indicator(key) }] as never,
    });
    expect(preview.map((d) => d.existingId)).toEqual([a.id]);
  });
});
