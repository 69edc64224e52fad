// 与上一版相比 beside the sign-off (issue 22): a leader decides knowing what publishing now would change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kindBySlug } from "../../lib/records/kinds";
import { createRecord } from "../../lib/records/write";
import { changesSinceLastEdition } from "../../lib/report/admin";
import { transitionRecord } from "../../lib/workflow/transitions";
import { demoDatabase } from "../support/database";
import { outcome } from "../support/errors";

const awards = kindBySlug("competition-awards")!;

describe("what changed since the last edition", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  beforeAll(async () => {
    database = await demoDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("names a record approved since the edition, not one still under review; a year without an edition has none to compare", async () => {
    const { prisma, actors } = database;
    const changes = async () => (await changesSinceLastEdition(actors.leader!, 2022, prisma))!;
    const mentions = (list: Awaited<ReturnType<typeof changes>>["changes"], name: string) =>
      list.filter((c) => `${c.what} ${c.after ?? ""}`.includes(name));
    const name = "版本比较新增赛";
    const input = { competition: name, level: "PROVINCIAL", prizes: [{ prize: "一等奖", count: 2, unit: "人次" }] };
    const r = await createRecord({ actor: actors["staff-a"]!, prisma, kind: awards, input, meta: { year: 2022 } });
    await transitionRecord({ actor: actors["staff-a"]!, prisma, kind: awards, id: r.id, transition: "submit" });

    const before = await changes();
    expect(before.version).toBe(1);
    expect(mentions(before.changes, name)).toEqual([]);

    await transitionRecord({ actor: actors.reviewer!, prisma, kind: awards, id: r.id, transition: "approve" });
    const after = await changes();
    expect(mentions(after.changes, name).map((c) => c.type)).toContain("added");
    expect(after.changes.length).toBeGreaterThan(before.changes.length);

    expect(await changesSinceLastEdition(actors.leader!, 2021, prisma)).toBeNull();
  }, 120_000);

  it("is for those who may preview the report, not staff", async () => {
    expect(await outcome(changesSinceLastEdition(database.actors["staff-a"]!, 2022, database.prisma))).toBe("FORBIDDEN");
  });
});
