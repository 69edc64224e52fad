import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachFile, readableFile } from "../../lib/evidence/service";
import { kindBySlug } from "../../lib/records/kinds";
import { createRecord } from "../../lib/records/write";
import { outcome } from "../support/errors";
import { demoDatabase } from "../support/database";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-sec-files-"));
process.env.NIANBAO_DATA_DIR = dataDir;

/**
 * Finding 2, the read side: even a figure row that points at another department's file (written
 * before the reference check, or by any other path) gives its own department no read right to it.
 */
describe("read rights to evidence files", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  beforeAll(async () => {
    database = await demoDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("do not come from a draft figure a reader's department wrote", async () => {
    const as = (who: string) => ({ actor: database.actors[who]!, prisma: database.prisma });
    const awards = kindBySlug("competition-awards")!;
    const draftB = await createRecord({
      ...as("staff-b"),
      kind: awards,
      meta: { year: 2022 },
      input: { competition: "乙系草稿", level: "NATIONAL", prizes: [{ prize: "一等奖" }] },
    });
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#123456" } })
      .png()
      .toBuffer();
    const file = await attachFile({ ...as("staff-b"), kind: awards, recordId: draftB.id, bytes: png, name: "乙系证据.png" });
    await database.prisma.record.create({
      data: {
        kind: "figure",
        year: 2022,
        status: "DRAFT",
        departmentId: database.actors["staff-a"]!.departmentId!,
        authorId: database.actors["staff-a"]!.id,
        figure: { create: { caption: "伪造的图", fileId: file.id } },
      },
    });

    expect(await outcome(readableFile({ ...as("staff-a"), fileId: file.id, variant: "original" }))).toBe("NOT_FOUND");
    expect(await outcome(readableFile({ actor: null, prisma: database.prisma, fileId: file.id, variant: "original" }))).toBe("NOT_FOUND");
    expect(await outcome(readableFile({ ...as("staff-b"), fileId: file.id, variant: "original" }))).toBe("OK");
    expect(await outcome(readableFile({ ...as("reviewer"), fileId: file.id, variant: "original" }))).toBe("OK");
  });
});
