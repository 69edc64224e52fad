import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import type { Actor } from "../../lib/auth/actor";
import { addCasePhoto, listCasePhotos, removeCasePhoto } from "../../lib/evidence/service";
import { kindBySlug } from "../../lib/records/kinds";
import { createRecord, findReadable, updateRecord } from "../../lib/records/write";
import { transitionRecord } from "../../lib/workflow/transitions";
import { demoDatabase } from "../support/database";
import { outcome as code } from "../support/errors";

const awards = kindBySlug("competition-awards")!;
const cases = kindBySlug("cases")!;
const award = (name: string, awardedOn?: string) => ({
  competition: name,
  level: "PROVINCIAL",
  prizes: [{ prize: "一等奖", count: 2, unit: "人次" }],
  ...(awardedOn ? { awardedOn } : {}),
});

describe("safe defaults, reviewer corrections and case photos", () => {
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

  it("refuses a date outside the report's academic year, naming the range", async () => {
    const refused = createRecord({ ...ctx("staff-a"), kind: awards, input: award("日期越界赛", "2022-09-02"), meta: { year: 2022 } });
    await expect(refused).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { awardedOn: [expect.stringContaining("2021-09-01 至 2022-08-31")] },
    });
    const ok = await createRecord({ ...ctx("staff-a"), kind: awards, input: award("日期界内赛", "2022-08-31"), meta: { year: 2022 } });
    expect(ok.status).toBe("DRAFT");
    expect(
      await code(updateRecord({ ...ctx("staff-a"), kind: awards, id: ok.id, version: ok.version, input: award("x", "2021-08-31") })),
    ).toBe("INVALID");
  });

  it("lets a reviewer correct a submitted record, audited as a correction; staff and other roles may not", async () => {
    const created = await createRecord({ ...ctx("staff-a"), kind: awards, input: award("错字技能大塞"), meta: { year: 2022 } });
    const submitted = await transitionRecord({ ...ctx("staff-a"), kind: awards, id: created.id, transition: "submit" });
    expect(
      await code(updateRecord({ ...ctx("staff-a"), kind: awards, id: created.id, version: submitted.version, input: award("x") })),
    ).toBe("CONFLICT");
    expect(
      await code(updateRecord({ ...ctx("staff-b"), kind: awards, id: created.id, version: submitted.version, input: award("x") })),
    ).toBe("NOT_FOUND");
    const corrected = await updateRecord({
      ...ctx("reviewer"),
      kind: awards,
      id: created.id,
      version: submitted.version,
      input: award("错字技能大赛"),
    });
    expect(corrected).toMatchObject({ status: "SUBMITTED", competition: "错字技能大赛" });
    const log = await database.prisma.auditLog.findFirst({ where: { recordId: created.id, action: "CORRECT" } });
    expect(log?.actorName).toBe(actors.reviewer!.displayName);
    expect(log?.changes).toMatchObject({ competition: { before: "错字技能大塞", after: "错字技能大赛" } });
  });

  it("submits, returns and approves a case's photos with the case; a photo is removable until approved", async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#2a6" } })
      .png()
      .toBuffer();
    const c = await createRecord({
      ...ctx("staff-a"),
      kind: cases,
      input: { title: "照片随案例审核", topic: "teaching.industry", body: "正文" },
      meta: { year: 2022 },
    });
    const { figure } = await addCasePhoto({ ...ctx("staff-a"), caseId: c.id, bytes: png, name: "a.png", caption: "随案例的照片" });
    const extra = await addCasePhoto({ ...ctx("staff-a"), caseId: c.id, bytes: png, name: "b.png", caption: "多余的照片" });
    await removeCasePhoto({ ...ctx("staff-a"), caseId: c.id, figureId: extra.figure.id });
    const status = async () => (await listCasePhotos({ ...ctx("reviewer"), caseId: c.id })).map((p) => p.status);

    let r = await transitionRecord({ ...ctx("staff-a"), kind: cases, id: c.id, transition: "submit" });
    expect(await status()).toEqual(["SUBMITTED"]);
    // under review: staff may not remove, another department cannot even see it
    expect(await code(removeCasePhoto({ ...ctx("staff-a"), caseId: c.id, figureId: figure.id }))).toBe("FORBIDDEN");
    expect(await code(removeCasePhoto({ ...ctx("staff-b"), caseId: c.id, figureId: figure.id }))).toBe("NOT_FOUND");
    r = await transitionRecord({ ...ctx("reviewer"), kind: cases, id: c.id, transition: "return", reason: "照片不清晰" });
    expect(await status()).toEqual(["RETURNED"]);
    r = await transitionRecord({ ...ctx("staff-a"), kind: cases, id: c.id, transition: "submit" });
    r = await transitionRecord({ ...ctx("reviewer"), kind: cases, id: c.id, transition: "approve", version: r.version });
    expect(r.status).toBe("APPROVED");
    expect(await status()).toEqual(["APPROVED"]);
    const publicPhoto = await findReadable({ actor: null, prisma: database.prisma }, kindBySlug("figures")!, figure.id);
    expect(publicPhoto.caption).toBe("随案例的照片");
    expect(await code(removeCasePhoto({ ...ctx("staff-a"), caseId: c.id, figureId: figure.id }))).toBe("CONFLICT");

    // a photo for the approved case opens its revision and is approved with it
    const later = await addCasePhoto({ ...ctx("staff-a"), caseId: c.id, bytes: png, name: "c.png", caption: "后补的照片" });
    const revised = await findReadable(ctx("staff-a"), cases, c.id);
    expect(revised.revisionStatus).toBe("DRAFT");
    await transitionRecord({ ...ctx("staff-a"), kind: cases, id: c.id, transition: "submit" });
    await transitionRecord({ ...ctx("reviewer"), kind: cases, id: c.id, transition: "approve" });
    expect((await findReadable({ actor: null, prisma: database.prisma }, kindBySlug("figures")!, later.figure.id)).status).toBe("APPROVED");
  });
});
