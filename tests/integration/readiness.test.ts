import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { kindBySlug } from "../../lib/records/kinds";
import { createRecord } from "../../lib/records/write";
import { transitionRecord } from "../../lib/workflow/transitions";
import { checkReadiness, summarise } from "../../lib/report/checks/readiness";
import { publishWithChecks } from "../../lib/report/editions/publish";
import { listEditions } from "../../lib/report/editions/editions";
import { findJob } from "../../lib/pdf/jobs";
import { editionPdfKey } from "../../lib/pdf/jobs";
import { demoDatabase } from "../support/database";
import { outcome } from "../support/errors";

const awards = kindBySlug("competition-awards")!;

describe("the report warns before it publishes", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  let actors: Record<string, Actor>;
  beforeAll(async () => {
    database = await demoDatabase();
    actors = database.actors;
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("names records under review, and publishes only once each warning is confirmed, with its note and a queued PDF", async () => {
    const prisma = database.prisma;
    const base = summarise(await checkReadiness({ year: 2022, prisma })).map((w) => w.code);
    expect(base).not.toContain("UNREVIEWED");

    const r = await createRecord({
      actor: actors["staff-a"]!,
      prisma,
      kind: awards,
      input: { competition: "发布前待审核", level: "DISTRICT", prizes: [{ prize: "一等奖", count: 1, unit: "人次" }] },
      meta: { year: 2022 },
    });
    await transitionRecord({ actor: actors["staff-a"]!, prisma, kind: awards, id: r.id, transition: "submit" });
    const issues = await checkReadiness({ year: 2022, prisma });
    const unreviewed = issues.find((i) => i.code === "UNREVIEWED")!;
    expect(unreviewed.message).toContain("竞赛获奖：1条待审核");
    expect(unreviewed.href).toBe("/admin/records/competition-awards?year=2022&status=SUBMITTED");

    const publish = (acknowledged: string[], note?: string) =>
      publishWithChecks({ actor: actors.reviewer!, year: 2022, note, acknowledged, startPdfWorker: false, prisma });
    expect(await outcome(publishWithChecks({ actor: actors["staff-a"]!, year: 2022, acknowledged: [], prisma }))).toBe("FORBIDDEN");
    await expect(publish(base, "缺一项确认")).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("仍有待审核或被退回的记录（1）"),
    });
    await expect(
      publishWithChecks({ actor: actors.reviewer!, year: 2022, acknowledged: [...base, "UNREVIEWED"], requireNote: true, prisma }),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { note: [expect.stringContaining("更新说明")] } });

    const edition = await publish([...base, "UNREVIEWED"], "补充两条记录");
    expect(edition.note).toBe("补充两条记录");
    const [latest] = await listEditions({ year: 2022, prisma });
    expect(latest).toMatchObject({ version: edition.version, note: "补充两条记录" });
    const job = await findJob({ prisma, key: editionPdfKey(edition) });
    expect(job?.state).toBe("created");
  });
});
