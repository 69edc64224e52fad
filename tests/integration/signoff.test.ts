import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { may, mayOnRecord } from "../../lib/auth/policy";
import { kindBySlug } from "../../lib/records/kinds";
import { createRecord, findReadable } from "../../lib/records/write";
import { getEdition, listEditions, publishEdition } from "../../lib/report/editions/editions";
import { updateNarrative } from "../../lib/report/outline/narratives";
import { publishWithChecks } from "../../lib/report/editions/publish";
import { contentHash, currentSignoff, decideSignoff, requestSignoff } from "../../lib/report/editions/signoff";
import { reviewQueue } from "../../lib/workflow/queue";
import { availableTransitions, transitionMany, transitionRecord } from "../../lib/workflow/transitions";
import { updateInstitution } from "../../lib/institution/service";
import { demoDatabase } from "../support/database";
import { outcome as code } from "../support/errors";

const awards = kindBySlug("competition-awards")!;
const award = (name: string) => ({ competition: name, level: "PROVINCIAL", prizes: [{ prize: "二等奖", count: 1, unit: "人次" }] });

describe("the policy's new roles", () => {
  const head: Actor = { id: "h", username: "h", displayName: "h", role: "DEPT_HEAD", departmentId: "d1" };
  const leader: Actor = { id: "l", username: "l", displayName: "l", role: "LEADER", departmentId: null };
  const staff: Actor = { id: "s", username: "s", displayName: "s", role: "STAFF", departmentId: "d1" };
  const reviewer: Actor = { id: "r", username: "r", displayName: "r", role: "REVIEWER", departmentId: null };
  const own = { departmentId: "d1", status: "SUBMITTED" as const };
  const other = { departmentId: "d2", status: "SUBMITTED" as const };

  it("lets a department head pass or return only their own department's records, and never create or approve", () => {
    expect(mayOnRecord(head, "deptApprove", own)).toBe(true);
    expect(mayOnRecord(head, "return", own)).toBe(true);
    expect(mayOnRecord(head, "read", own)).toBe(true);
    expect(mayOnRecord(head, "deptApprove", other)).toBe(false);
    expect(mayOnRecord(head, "return", other)).toBe(false);
    expect(mayOnRecord(head, "read", other)).toBe(false);
    expect(mayOnRecord(head, "approve", own)).toBe(false);
    expect(mayOnRecord(head, "create", own)).toBe(false);
    expect(mayOnRecord(staff, "deptApprove", own)).toBe(false);
    expect(mayOnRecord(reviewer, "deptApprove", own)).toBe(false);
    expect(mayOnRecord(null, "deptApprove", own)).toBe(false);
  });

  it("lets a leader read everything and sign off, but not approve, edit or publish", () => {
    expect(mayOnRecord(leader, "read", other)).toBe(true);
    expect(mayOnRecord(leader, "history", other)).toBe(true);
    expect(mayOnRecord(leader, "approve", other)).toBe(false);
    expect(mayOnRecord(leader, "update", other)).toBe(false);
    expect(may(leader, "report.preview")).toBe(true);
    expect(may(leader, "report.signoff")).toBe(true);
    expect(may(leader, "report.publish")).toBe(false);
    expect(may(leader, "narrative.edit")).toBe(false);
    expect(may(reviewer, "report.signoff")).toBe(false);
    expect(may(head, "report.preview")).toBe(false);
  });

  it("offers the department step only while the chain has it, and the office step only after it", () => {
    const submitted = { status: "SUBMITTED", revisionStatus: null, deptApprovedAt: null };
    const on = { departmentReview: true };
    expect(availableTransitions(submitted)).toEqual(["withdraw", "approve", "return"]);
    expect(availableTransitions(submitted, on)).toEqual(["withdraw", "deptApprove", "return"]);
    expect(availableTransitions({ ...submitted, deptApprovedAt: new Date() }, on)).toEqual(["withdraw", "approve", "return"]);
    expect(availableTransitions({ status: "APPROVED", revisionStatus: "SUBMITTED", deptApprovedAt: null }, on)).toEqual([
      "withdraw",
      "deptApprove",
      "return",
    ]);
  });
});

describe("review chain and leader sign-off", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  const actors: Record<string, Actor> = {};
  const ctx = (name: string) => ({ actor: actors[name]!, prisma: database.prisma });
  const setChain = (input: Record<string, unknown>) =>
    updateInstitution({ ...ctx("admin"), input: { name: "天津城市职业学院", shortName: "城职", city: "天津", ...input } });

  beforeAll(async () => {
    database = await demoDatabase();
    Object.assign(actors, database.actors);
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("with the department step off (the demo), a department head has nothing to do and reviewers approve directly", async () => {
    const r = await createRecord({ ...ctx("staff-a"), kind: awards, input: award("一步审核"), meta: { year: 2022 } });
    await transitionRecord({ ...ctx("staff-a"), kind: awards, id: r.id, transition: "submit" });
    expect(await reviewQueue({ ...ctx("head-a") })).toEqual([]);
    expect(await code(transitionRecord({ ...ctx("head-a"), kind: awards, id: r.id, transition: "deptApprove" }))).toBe("CONFLICT");
    const done = await transitionRecord({ ...ctx("reviewer"), kind: awards, id: r.id, transition: "approve" });
    expect(done.status).toBe("APPROVED");
  });

  it("with the step on: head passes (own department only), reviewer sees who passed; a return at either step goes to the author", async () => {
    await setChain({ departmentReview: true });
    const r = await createRecord({ ...ctx("staff-a"), kind: awards, input: award("两步审核"), meta: { year: 2022 } });
    await transitionRecord({ ...ctx("staff-a"), kind: awards, id: r.id, transition: "submit" });
    // the submission is news for its department's head, not yet for the reviewers or the other head
    const told = async () =>
      (await database.prisma.notification.findMany({ where: { recordId: r.id }, select: { userId: true } })).map((n) => n.userId);
    expect(await told()).toEqual([actors["head-a"]!.id]);

    // reviewers neither see nor approve it before the department head
    expect((await reviewQueue({ ...ctx("reviewer") })).map((i) => i.id)).not.toContain(r.id);
    expect(await code(transitionRecord({ ...ctx("reviewer"), kind: awards, id: r.id, transition: "approve" }))).toBe("CONFLICT");
    // the other department's head cannot see it
    expect((await reviewQueue({ ...ctx("head-b") })).map((i) => i.id)).not.toContain(r.id);
    expect(await code(transitionRecord({ ...ctx("head-b"), kind: awards, id: r.id, transition: "deptApprove" }))).toBe("NOT_FOUND");
    expect((await reviewQueue({ ...ctx("head-a") })).map((i) => i.id)).toContain(r.id);

    // the head returns it with a reason; the author fixes and resubmits; the head passes it
    let rec = await transitionRecord({ ...ctx("head-a"), kind: awards, id: r.id, transition: "return", reason: "请补充指导教师" });
    expect(rec).toMatchObject({ status: "RETURNED", returnReason: "请补充指导教师" });
    await transitionRecord({ ...ctx("staff-a"), kind: awards, id: r.id, transition: "submit" });
    rec = await transitionRecord({ ...ctx("head-a"), kind: awards, id: r.id, transition: "deptApprove" });
    expect(rec).toMatchObject({ status: "SUBMITTED", deptApprovedById: actors["head-a"]!.id });
    // passed: now the quality office hears of it
    expect(await told()).toEqual(expect.arrayContaining([actors["reviewer"]!.id, actors["admin"]!.id]));
    expect(await code(transitionRecord({ ...ctx("head-a"), kind: awards, id: r.id, transition: "deptApprove" }))).toBe("CONFLICT");
    // once passed, the head cannot return it any more; the reviewer sees it with the head's name
    expect(await code(transitionRecord({ ...ctx("head-a"), kind: awards, id: r.id, transition: "return", reason: "x" }))).toBe("CONFLICT");
    const item = (await reviewQueue({ ...ctx("reviewer") })).find((i) => i.id === r.id);
    expect(item?.deptApproved?.by).toBe("机电系主任");
    expect((await reviewQueue({ ...ctx("head-a") })).map((i) => i.id)).not.toContain(r.id);

    // the reviewer returns it: back to the author, and the department step starts over
    rec = await transitionRecord({ ...ctx("reviewer"), kind: awards, id: r.id, transition: "return", reason: "金额有误" });
    expect(rec).toMatchObject({ status: "RETURNED", deptApprovedAt: null });
    await transitionRecord({ ...ctx("staff-a"), kind: awards, id: r.id, transition: "submit" });
    expect(await code(transitionRecord({ ...ctx("reviewer"), kind: awards, id: r.id, transition: "approve" }))).toBe("CONFLICT");

    // bulk actions at each step
    const more = await createRecord({ ...ctx("staff-a"), kind: awards, input: award("批量两步"), meta: { year: 2022 } });
    await transitionRecord({ ...ctx("staff-a"), kind: awards, id: more.id, transition: "submit" });
    const items = [r, more].map((x) => ({ kind: awards, id: x.id }));
    expect((await transitionMany({ ...ctx("head-a"), transition: "deptApprove", items })).every((o) => o.ok)).toBe(true);
    expect((await transitionMany({ ...ctx("reviewer"), transition: "approve", items })).every((o) => o.ok)).toBe(true);
    expect(await findReadable({ actor: null, prisma: database.prisma }, awards, r.id)).toMatchObject({ competition: "两步审核" });

    const log = await database.prisma.auditLog.findMany({ where: { entityId: r.id }, orderBy: { id: "asc" } });
    expect(log.map((l) => [l.action, l.actorName])).toEqual([
      ["CREATE", "机电系填报员"],
      ["SUBMIT", "机电系填报员"],
      ["RETURN", "机电系主任"],
      ["SUBMIT", "机电系填报员"],
      ["DEPT_APPROVE", "机电系主任"],
      ["RETURN", "质量办审核员"],
      ["SUBMIT", "机电系填报员"],
      ["DEPT_APPROVE", "机电系主任"],
      ["APPROVE", "质量办审核员"],
    ]);
    await setChain({ departmentReview: false });
  });

  it("the seeded edition was signed off by the demo leader and carries the dated declaration", async () => {
    const [first] = await listEditions({ year: 2022, prisma: database.prisma });
    expect(first?.signoff?.by).toBe("分管校领导");
    const edition = await getEdition({ year: 2022, prisma: database.prisma });
    expect(edition?.document.declaration).toMatchObject({ representative: "陈立华" });
    expect(edition?.document.declaration?.signedAt).toBeTruthy();
  });

  it("publishes only what a leader signed off, while the setting asks for it", async () => {
    await setChain({ leaderSignoff: true, legalRepresentative: "周承远" });
    expect(await code(publishEdition({ ...ctx("reviewer"), year: 2022 }))).toBe("CONFLICT");
    // The page's and the API's path says so first, before the change note and the warnings.
    const early = await publishWithChecks({ ...ctx("reviewer"), year: 2022, acknowledged: [], requireNote: true }).catch((e: Error) => e);
    expect((early as Error).message).toContain("须经校领导审定后才能发布");
    expect(await code(publishWithChecks({ ...ctx("leader"), year: 2022, acknowledged: [] }))).toBe("FORBIDDEN");
    // only reviewers mark, only leaders decide
    expect(await code(requestSignoff({ ...ctx("leader"), year: 2022 }))).toBe("FORBIDDEN");
    expect(await code(requestSignoff({ ...ctx("staff-a"), year: 2022 }))).toBe("FORBIDDEN");
    const pending = await requestSignoff({ ...ctx("reviewer"), year: 2022 });
    expect(pending.status).toBe("PENDING");
    expect(await code(publishEdition({ ...ctx("reviewer"), year: 2022 }))).toBe("CONFLICT");
    expect(await code(decideSignoff({ ...ctx("reviewer"), year: 2022, input: { decision: "sign" } }))).toBe("FORBIDDEN");
    expect(await code(decideSignoff({ ...ctx("leader"), year: 2022, input: { decision: "return" } }))).toBe("INVALID");
    const back = await decideSignoff({ ...ctx("leader"), year: 2022, input: { decision: "return", comment: "第一章数字请核对" } });
    expect(back).toMatchObject({ status: "RETURNED", comment: "第一章数字请核对", decidedBy: "分管校领导" });
    expect(await code(publishEdition({ ...ctx("reviewer"), year: 2022 }))).toBe("CONFLICT");

    // the office changes a narrative and marks it again; the content hash moves with it
    const section = await database.prisma.outlineSection.findFirstOrThrow({
      where: { year: 2022, level: 2 },
      orderBy: { sortOrder: "asc" },
    });
    await updateNarrative({
      ...ctx("reviewer"),
      year: String(2022),
      sectionKey: section.key,
      narrative: `${section.narrative}\n\n审定前补充的一句话。`,
      version: String(section.version),
    });
    const again = await requestSignoff({ ...ctx("reviewer"), year: 2022 });
    expect(again.contentHash).not.toBe(pending.contentHash);
    const signed = await decideSignoff({ ...ctx("leader"), year: 2022, input: { decision: "sign" } });
    expect(signed.status).toBe("SIGNED");

    const edition = await publishEdition({ ...ctx("reviewer"), year: 2022 });
    expect(edition.signoff).toMatchObject({ by: "分管校领导", contentHash: signed.contentHash });
    const stored = await getEdition({ year: 2022, version: edition.version, prisma: database.prisma });
    expect(stored?.document.declaration).toMatchObject({ representative: "周承远", signedAt: signed.decidedAt!.toISOString() });
    expect(contentHash(stored!.document)).toBe(signed.contentHash);
    // one sign-off, one publication
    expect(await code(publishEdition({ ...ctx("reviewer"), year: 2022 }))).toBe("CONFLICT");
    expect((await currentSignoff({ year: 2022, prisma: database.prisma }))?.publishedVersion).toBe(edition.version);
    await setChain({ leaderSignoff: false });
  });

  it("refuses to publish a signed-off report whose content changed afterwards", async () => {
    await setChain({ leaderSignoff: true });
    await requestSignoff({ ...ctx("reviewer"), year: 2022 });
    await decideSignoff({ ...ctx("leader"), year: 2022, input: { decision: "sign" } });
    const r = await createRecord({ ...ctx("staff-a"), kind: awards, input: award("审定后新增"), meta: { year: 2022 } });
    await transitionRecord({ ...ctx("staff-a"), kind: awards, id: r.id, transition: "submit" });
    await transitionRecord({ ...ctx("reviewer"), kind: awards, id: r.id, transition: "approve" });
    const refused = await publishEdition({ ...ctx("reviewer"), year: 2022 }).catch((e: Error) => e);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toContain("审定后已有变化");
    await setChain({ leaderSignoff: false });
  });
});
