import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { AppError } from "../../lib/errors";
import { addCasePhoto, attachFile, readableFile } from "../../lib/evidence/service";
import { kindBySlug } from "../../lib/records/kinds";
import { storage } from "../../lib/storage";
import { createRecord } from "../../lib/records/write";
import { reviewQueue } from "../../lib/workflow/queue";
import { transitionMany, transitionRecord } from "../../lib/workflow/transitions";
import { demoDatabase } from "../support/database";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-files-"));
process.env.NIANBAO_DATA_DIR = dataDir;

async function errorCode(p: Promise<unknown>) {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof AppError) return `${e.code}: ${e.message}`;
    throw e;
  }
}

describe("evidence files", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  const actors: Record<string, Actor> = {};
  const awards = kindBySlug("competition-awards")!;
  let png: Buffer;

  beforeAll(async () => {
    database = await demoDatabase();
    Object.assign(actors, database.actors);
    png = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#1d4f91" } })
      .png()
      .toBuffer();
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const ctx = (u: string | null) => ({ actor: u ? actors[u]! : null, prisma: database.prisma });

  it("stores an image with a web copy and a thumbnail, and serves a draft's file only to who may read the draft", async () => {
    const award = await createRecord({
      ...ctx("staff-a"),
      kind: awards,
      meta: { year: 2022 },
      input: { competition: "附件测试赛", level: "NATIONAL", prizes: [{ prize: "一等奖" }] },
    });
    const file = await attachFile({ ...ctx("staff-a"), kind: awards, recordId: award.id, bytes: png, name: "证书.png" });
    expect(file).toMatchObject({ mimeType: "image/png", width: 2400, height: 1200 });
    const variants = file.variants as Record<string, { key: string }>;
    const web = await sharp((await storage().getFile(variants.web!.key)) as Buffer).metadata();
    const thumb = await sharp((await storage().getFile(variants.thumb!.key)) as Buffer).metadata();
    expect([web.width, web.height]).toEqual([1600, 800]);
    expect([thumb.width, thumb.height]).toEqual([320, 160]);

    for (const who of ["staff-a", "reviewer"])
      expect(await errorCode(readableFile({ ...ctx(who), fileId: file.id, variant: "thumb" }))).toBe("OK");
    for (const who of ["staff-b", null])
      expect(await errorCode(readableFile({ ...ctx(who), fileId: file.id, variant: "original" }))).toMatch(/^NOT_FOUND/);

    await transitionRecord({ ...ctx("staff-a"), kind: awards, id: award.id, transition: "submit" });
    await transitionRecord({ ...ctx("reviewer"), kind: awards, id: award.id, transition: "approve" });
    expect(await errorCode(readableFile({ ...ctx(null), fileId: file.id, variant: "web" }))).toBe("OK");
  });

  it("refuses a file whose name says .png but whose content is HTML or a script", async () => {
    const award = await createRecord({
      ...ctx("staff-a"),
      kind: awards,
      meta: { year: 2022 },
      input: { competition: "伪装文件测试", level: "NATIONAL", prizes: [{ prize: "一等奖" }] },
    });
    for (const content of [
      "<!doctype html><html><body><script>alert(1)</script></body></html>",
      "#!/bin/sh\nrm -rf /\n",
      "<svg onload=alert(1)></svg>",
    ]) {
      const message = await errorCode(
        attachFile({ ...ctx("staff-a"), kind: awards, recordId: award.id, bytes: Buffer.from(content), name: "photo.png" }),
      );
      expect(message).toContain("只接受 JPEG、PNG、WebP 图片或 PDF 文件");
    }
    expect(await database.prisma.fileAttachment.count({ where: { recordId: award.id } })).toBe(0);
  });

  it("adds a captioned photo to a case as a draft figure of that case", async () => {
    const c = await createRecord({
      ...ctx("staff-a"),
      kind: kindBySlug("cases")!,
      meta: { year: 2022 },
      input: { title: "照片测试案例", topic: "teaching.industry", body: "用于测试的案例正文。" },
    });
    const { figure } = await addCasePhoto({ ...ctx("staff-a"), caseId: c.id, bytes: png, name: "现场.png", caption: "实训现场" });
    expect(figure).toMatchObject({
      caseId: c.id,
      status: "DRAFT",
      caption: "实训现场",
      topic: "teaching.industry",
      departmentId: c.departmentId,
    });
    expect(await errorCode(addCasePhoto({ ...ctx("staff-b"), caseId: c.id, bytes: png, name: "x.png", caption: "x" }))).toMatch(
      /^NOT_FOUND/,
    );
  });

  it("refuses a PDF as a case's photo (the report could only print an empty frame for it), and stores nothing", async () => {
    const c = await createRecord({
      ...ctx("staff-a"),
      kind: kindBySlug("cases")!,
      meta: { year: 2022 },
      input: { title: "PDF照片案例", topic: "teaching.industry", body: "案例正文。" },
    });
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
    const files = await database.prisma.storedFile.count();
    expect(await errorCode(addCasePhoto({ ...ctx("staff-a"), caseId: c.id, bytes: pdf, name: "现场.pdf", caption: "实训现场" }))).toBe(
      "INVALID: 案例照片只接受 JPEG、PNG、WebP 图片（按文件内容判断）（a case photo must be a JPEG, PNG or WebP image (judged by content)）",
    );
    expect(await database.prisma.storedFile.count()).toBe(files);
    expect(await database.prisma.figure.count({ where: { caseId: c.id } })).toBe(0);
  });

  it("approves a case and its photo together from the review queue without reporting a conflict", async () => {
    const cases = kindBySlug("cases")!;
    const c = await createRecord({
      ...ctx("staff-a"),
      kind: cases,
      meta: { year: 2022 },
      input: { title: "批量审核照片案例", topic: "teaching.industry", body: "案例正文。" },
    });
    const { figure } = await addCasePhoto({ ...ctx("staff-a"), caseId: c.id, bytes: png, name: "批量.png", caption: "批量审核" });
    await transitionRecord({ ...ctx("staff-a"), kind: cases, id: c.id, transition: "submit" });
    // The reviewer ticks everything the queue shows (the case and the photo submitted with it), in the queue's order.
    const queue = await reviewQueue({ ...ctx("reviewer") });
    const mine = queue.filter((q) => q.id === c.id || q.id === figure.id);
    expect(mine.map((q) => q.kind.slug).sort()).toEqual(["cases", "figures"]);
    const outcomes = await transitionMany({
      ...ctx("reviewer"),
      transition: "approve",
      items: mine.map((q) => ({ kind: q.kind, id: q.id, version: q.version })),
    });
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(outcomes.map((o) => o.id).sort()).toEqual([c.id, figure.id].sort());
    const rows = await database.prisma.record.findMany({ where: { id: { in: [c.id, figure.id] } }, select: { status: true } });
    expect(rows.map((r) => r.status)).toEqual(["APPROVED", "APPROVED"]);
    // Put the other way round (the photo first), it holds too.
    const c2 = await createRecord({
      ...ctx("staff-a"),
      kind: cases,
      meta: { year: 2022 },
      input: { title: "批量审核照片案例二", topic: "teaching.industry", body: "案例正文。" },
    });
    const second = await addCasePhoto({ ...ctx("staff-a"), caseId: c2.id, bytes: png, name: "批量2.png", caption: "批量审核二" });
    await transitionRecord({ ...ctx("staff-a"), kind: cases, id: c2.id, transition: "submit" });
    const queue2 = (await reviewQueue({ ...ctx("reviewer") })).filter((q) => q.id === c2.id || q.id === second.figure.id).reverse();
    const outcomes2 = await transitionMany({
      ...ctx("reviewer"),
      transition: "approve",
      items: queue2.map((q) => ({ kind: q.kind, id: q.id, version: q.version })),
    });
    expect(outcomes2.filter((o) => !o.ok)).toEqual([]);
  });
});
