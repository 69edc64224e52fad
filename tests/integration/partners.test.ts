import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { may, mayOnRecord, readableWhere } from "../../lib/auth/policy";
import { readableFile } from "../../lib/evidence/service";
import { listRecords, parseFilters } from "../../lib/records/access";
import { kindBySlug } from "../../lib/records/kinds";
import { findReadable } from "../../lib/records/write";
import { buildReportDocument } from "../../lib/report/engine/build";
import type { TableBlock } from "../../lib/report/model/document";
import { reviewQueue } from "../../lib/workflow/queue";
import {
  addOwnPhoto,
  findPartnerReport,
  invitePartner,
  listPartners,
  ownReport,
  partnerPhotoReadable,
  publishedPartnerReport,
  saveOwnReport,
  transitionPartnerReport,
} from "../../lib/partners/service";
import { partnerTotals } from "../../lib/partners/totals";
import { passwordProblem } from "../../lib/auth/password-strength";
import { demoDatabase } from "../support/database";
import { outcome as code } from "../support/errors";
import sharp from "sharp";

const report = (students: number, equipment = "10.50") => ({
  industry: "制造业",
  profile: "测试企业简介",
  studentsTaken: String(students),
  jointProgrammes: "1",
  programmes: "",
  equipmentInvestment: equipment,
  trainingInvestment: "2.25",
  jobsOffered: "7",
  results: "测试成效",
  caseTitle: "测试案例",
  caseBody: "测试案例正文",
});

const partnerTable = (doc: { chapters: { sections: { blocks: { type: string }[] }[]; blocks: { type: string }[] }[] }) =>
  doc.chapters
    .flatMap((c) => [...c.blocks, ...c.sections.flatMap((s) => s.blocks)])
    .find((b): b is TableBlock => b.type === "table" && (b as TableBlock).key === "table:partner-enterprises");

describe("partner enterprises", () => {
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

  it("lets only an admin invite, with a one-time password that passes the strength rule", async () => {
    const input = { name: "测试邀请企业", slug: "invite-test", contact: "王五", username: "invite-test-user", password: "" };
    expect(await code(invitePartner({ ...ctx("reviewer"), input }))).toBe("FORBIDDEN");
    expect(await code(invitePartner({ ...ctx("partner-a"), input }))).toBe("FORBIDDEN");
    expect(await code(invitePartner({ actor: null, prisma: database.prisma, input }))).toBe("UNAUTHENTICATED");
    expect(await code(invitePartner({ ...ctx("admin"), input: { ...input, password: "short" } }))).toBe("INVALID");
    const invited = await invitePartner({ ...ctx("admin"), input });
    expect(invited.oneTimePassword).toBeTruthy();
    expect(passwordProblem(invited.oneTimePassword!, input.username)).toBeNull();
    const user = await database.prisma.user.findUniqueOrThrow({ where: { username: "invite-test-user" } });
    expect(user.role).toBe("PARTNER");
    expect(user.passwordHash).not.toContain(invited.oneTimePassword!);
    expect(await code(invitePartner({ ...ctx("admin"), input: { ...input, username: "another-user" } }))).toBe("CONFLICT");
    expect((await listPartners(ctx("reviewer"))).map((p) => p.slug)).toContain("invite-test");
    expect(await code(listPartners(ctx("partner-a")))).toBe("FORBIDDEN");
  });

  it("a partner sees no record, no admin action and no other enterprise's report", async () => {
    const partner = actors["partner-a"]!;
    const approved = await database.prisma.record.findFirstOrThrow({ where: { status: "APPROVED", kind: "competitionAward" } });
    expect(mayOnRecord(partner, "read", approved)).toBe(false);
    expect(mayOnRecord(null, "read", approved)).toBe(true); // the public still reads it; the partner sign-in does not
    expect(await code(findReadable(ctx("partner-a"), kindBySlug("competition-awards")!, approved.id))).toBe("NOT_FOUND");
    const listed = await listRecords({ ...ctx("partner-a"), kind: kindBySlug("competition-awards")!, filters: parseFilters({}) });
    expect(listed.total).toBe(0);
    expect(await database.prisma.record.count({ where: readableWhere(partner) })).toBe(0);
    for (const action of [
      "users.manage",
      "review.queue",
      "report.preview",
      "report.publish",
      "partners.review",
      "partners.manage",
    ] as const) {
      expect(may(partner, action), action).toBe(false);
    }
    expect(await code(reviewQueue(ctx("partner-a")))).toBe("FORBIDDEN");

    // partner-b's approved demo report: public, but partner-a may not act on it; a draft of b is hidden from a.
    const bReport = await database.prisma.partnerReport.findFirstOrThrow({ where: { enterprise: { slug: "jinmen-care" } } });
    expect(await code(transitionPartnerReport({ ...ctx("partner-a"), id: bReport.id, transition: "withdraw" }))).toBe("FORBIDDEN");
    await database.prisma.partnerReport.update({ where: { id: bReport.id }, data: { status: "DRAFT" } });
    try {
      expect(await code(findPartnerReport({ ...ctx("partner-a"), id: bReport.id }))).toBe("NOT_FOUND");
      expect(await code(findPartnerReport({ actor: null, prisma: database.prisma, id: bReport.id }))).toBe("UNAUTHENTICATED");
      expect(await code(findPartnerReport({ ...ctx("staff-a"), id: bReport.id }))).toBe("NOT_FOUND");
      expect((await findPartnerReport({ ...ctx("partner-b"), id: bReport.id })).id).toBe(bReport.id);
      expect((await findPartnerReport({ ...ctx("reviewer"), id: bReport.id })).id).toBe(bReport.id);
      expect(await code(publishedPartnerReport({ year: 2022, slug: "jinmen-care", prisma: database.prisma }))).toBe("NOT_FOUND");
    } finally {
      await database.prisma.partnerReport.update({ where: { id: bReport.id }, data: { status: "APPROVED" } });
    }
    // Staff and reviewers have no own report: only partners have one.
    expect(await code(ownReport({ ...ctx("staff-a"), year: 2022 }))).toBe("FORBIDDEN");
  });

  it("runs draft → submitted → returned → resubmitted → approved, and the college report's totals follow", async () => {
    const before = partnerTable((await buildReportDocument({ prisma: database.prisma, year: 2022, mode: "approved" }))!)!;
    expect(before).toBeTruthy();
    const demoTotals = partnerTotals(await database.prisma.partnerReport.findMany({ where: { year: 2022, status: "APPROVED" } }));
    expect(demoTotals.enterprises).toBeGreaterThanOrEqual(3);
    expect(before.rows.at(-1)!.cells).toEqual([
      "合计",
      `${demoTotals.enterprises}家企业`,
      "",
      String(demoTotals.studentsTaken),
      String(demoTotals.jointProgrammes),
      demoTotals.investment,
      String(demoTotals.jobsOffered),
    ]);

    const invited = await invitePartner({
      ...ctx("admin"),
      input: { name: "工作流测试企业", slug: "flow-test", contact: "李四", username: "flow-test-user", password: "Flow-Test-2026!" },
    });
    const partner: Actor = {
      id: invited.enterprise.userId!,
      username: "flow-test-user",
      displayName: "工作流测试企业",
      role: "PARTNER",
      departmentId: null,
    };
    const p = { actor: partner, prisma: database.prisma };

    expect(await code(saveOwnReport({ ...p, year: 2022, input: { ...report(12), studentsTaken: "-1" } }))).toBe("INVALID");
    expect(await code(saveOwnReport({ ...p, year: 2022, input: { ...report(12), equipmentInvestment: "1.234" } }))).toBe("INVALID");
    let r = await saveOwnReport({ ...p, year: 2022, input: report(12) });
    expect(r).toMatchObject({ status: "DRAFT", version: 1, studentsTaken: 12 });
    expect(await code(saveOwnReport({ ...p, year: 2022, version: 5, input: report(13) }))).toBe("CONFLICT");

    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#3366aa" } })
      .png()
      .toBuffer();
    // A PDF is no photo: the report would print it as an empty frame.
    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
    const files = await database.prisma.storedFile.count();
    await expect(addOwnPhoto({ ...p, year: 2022, bytes: pdf, name: "case.pdf", caption: "实训现场" })).rejects.toThrow(
      "照片只接受 JPEG、PNG、WebP 图片（按文件内容判断）",
    );
    expect(await database.prisma.storedFile.count()).toBe(files);
    const photo = await addOwnPhoto({ ...p, year: 2022, bytes: new Uint8Array(png), name: "case.png", caption: "实训现场" });
    // A draft's photo: its enterprise and reviewers read it; the public and another partner do not.
    expect(await partnerPhotoReadable({ actor: actors["partner-a"]!, fileId: photo.fileId, prisma: database.prisma })).toBe(false);
    expect(await partnerPhotoReadable({ actor: null, fileId: photo.fileId, prisma: database.prisma })).toBe(false);
    expect(await partnerPhotoReadable({ actor: actors["reviewer"]!, fileId: photo.fileId, prisma: database.prisma })).toBe(true);
    expect(await code(readableFile({ actor: null, prisma: database.prisma, fileId: photo.fileId, variant: "web" }))).toBe("NOT_FOUND");

    expect(await code(transitionPartnerReport({ ...ctx("reviewer"), id: r.id, transition: "approve" }))).toBe("CONFLICT");
    r = await transitionPartnerReport({ ...p, id: r.id, transition: "submit", version: r.version });
    expect(r.status).toBe("SUBMITTED");
    expect(await code(saveOwnReport({ ...p, year: 2022, input: report(14) }))).toBe("CONFLICT");
    expect(await code(transitionPartnerReport({ ...p, id: r.id, transition: "approve" }))).toBe("FORBIDDEN");
    expect(await code(transitionPartnerReport({ ...ctx("staff-a"), id: r.id, transition: "approve" }))).toBe("NOT_FOUND");
    expect(await code(transitionPartnerReport({ ...ctx("reviewer"), id: r.id, transition: "return", reason: " " }))).toBe("INVALID");
    r = await transitionPartnerReport({ ...ctx("reviewer"), id: r.id, transition: "return", reason: "请补充投入明细" });
    expect(r).toMatchObject({ status: "RETURNED", returnReason: "请补充投入明细" });

    r = await saveOwnReport({ ...p, year: 2022, version: r.version, input: report(20, "30.00") });
    r = await transitionPartnerReport({ ...p, id: r.id, transition: "submit", version: r.version });
    r = await transitionPartnerReport({ ...ctx("reviewer"), id: r.id, transition: "approve", version: r.version });
    expect(r).toMatchObject({ status: "APPROVED", returnReason: null });
    expect(await code(saveOwnReport({ ...p, year: 2022, input: report(1) }))).toBe("CONFLICT");
    expect(await partnerPhotoReadable({ actor: null, fileId: photo.fileId, prisma: database.prisma })).toBe(true);

    const audit = await database.prisma.auditLog.findMany({
      where: { entityType: "PartnerReport", entityId: r.id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["CREATE", partner.id],
      ["ATTACH", partner.id],
      ["SUBMIT", partner.id],
      ["RETURN", actors["reviewer"]!.id],
      ["UPDATE", partner.id],
      ["SUBMIT", partner.id],
      ["APPROVE", actors["reviewer"]!.id],
    ]);

    const after = partnerTable((await buildReportDocument({ prisma: database.prisma, year: 2022, mode: "approved" }))!)!;
    const total = after.rows.at(-1)!;
    expect(total.total).toBe(true);
    expect(total.cells[1]).toBe(`${demoTotals.enterprises + 1}家企业`);
    expect(total.cells[3]).toBe(String(demoTotals.studentsTaken + 20));
    // 30.00 + 2.25 more 万元, added as decimals.
    expect(total.cells[5]).toBe((Number(demoTotals.investment) + 32.25).toFixed(2));
    const row = after.rows.find((x) => x.cells[1] === "工作流测试企业")!;
    expect(row.cells.slice(3)).toEqual(["20", "1", "32.25", "7"]);
    expect(row.sources[0]).toMatchObject({ kind: "enterprise", id: "flow-test", year: 2022 });
    expect(after.note).toContain(`共${demoTotals.enterprises + 1}家企业`);
  });
});

describe("partner totals", () => {
  it("adds students and investment exactly, and counts enterprises", () => {
    const t = partnerTotals([
      { studentsTaken: 3, jointProgrammes: 1, jobsOffered: 2, equipmentInvestment: "0.10", trainingInvestment: "0.20" },
      { studentsTaken: 4, jointProgrammes: 0, jobsOffered: 5, equipmentInvestment: "1.005", trainingInvestment: "0" },
    ]);
    // Money prints as entered, never rounded (at least two decimals): 0.10 + 0.20 + 1.005 + 0 = 1.305.
    expect(t).toEqual({ enterprises: 2, studentsTaken: 7, jointProgrammes: 1, jobsOffered: 7, investment: "1.305" });
    expect(partnerTotals([])).toEqual({ enterprises: 0, studentsTaken: 0, jointProgrammes: 0, jobsOffered: 0, investment: "0.00" });
  });
});
