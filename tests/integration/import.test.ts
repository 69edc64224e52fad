import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { seedDemo } from "../../lib/demo/seed";
import { AppError } from "../../lib/errors";
import { importRecords, ImportRefused, submitImported } from "../../lib/import/commit";
import { parseSpreadsheet } from "../../lib/import/parse";
import { acceptUpload, commitUpload, previewUpload } from "../../lib/import/service";
import { importDir } from "../../lib/import/store";
import { findDuplicates, validateSheet } from "../../lib/import/validate";
import { kindBySlug } from "../../lib/records/kinds";
import { createRecord } from "../../lib/records/write";
import { migratedDatabase } from "../support/database";
import { outcome as code } from "../support/errors";

const awards = kindBySlug("competition-awards")!;
const activities = kindBySlug("luban-activities")!;
const indicators = kindBySlug("indicators")!;
const EXISTING_JDXX_AWARD = "2021年天津市高等院校区块链技术应用创新大赛"; // a demo 表1 row of 机电与信息工程系

const csv = (text: string) => Buffer.from(text, "utf8");
const rowsOf = async (text: string) => (await parseSpreadsheet(csv(text))).rows;

describe("spreadsheet import", () => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  const actors: Record<string, Actor> = {};
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-import-"));
  const as = (name: string) => ({ actor: actors[name]!, prisma: database.prisma });

  beforeAll(async () => {
    process.env.NIANBAO_DATA_DIR = dataDir;
    database = await migratedDatabase();
    await seedDemo(database.prisma, { users: true });
    for (const u of await database.prisma.user.findMany()) {
      actors[u.username] = { id: u.id, username: u.username, displayName: u.displayName, role: u.role, departmentId: u.departmentId };
    }
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("saves every row as a DRAFT of the importer's department, with one CREATE audit row each", async () => {
    const rows = await rowsOf(
      '竞赛名称,级别,获奖及人次,参赛对象\n导入赛甲,国家级,"二等奖 5人次，三等奖 5人次",学生\n导入赛乙,省市级,优秀奖,教师\n',
    );
    const out = await importRecords({ ...as("staff-a"), kind: awards, year: 2022, rows });
    expect(out.created).toHaveLength(2);
    const saved = (
      await database.prisma.record.findMany({
        where: { id: { in: out.created } },
        orderBy: { sortOrder: "asc" },
        include: { competitionAward: true },
      })
    ).map(({ competitionAward, ...r }) => ({ ...r, ...competitionAward! }));
    expect(saved.map((r) => [r.competition, r.level, r.status, r.departmentId, r.authorId, r.year, r.participantType])).toEqual([
      ["导入赛甲", "NATIONAL", "DRAFT", actors["staff-a"]!.departmentId, actors["staff-a"]!.id, 2022, "STUDENT"],
      ["导入赛乙", "PROVINCIAL", "DRAFT", actors["staff-a"]!.departmentId, actors["staff-a"]!.id, 2022, "TEACHER"],
    ]);
    expect(saved[0]!.prizes).toEqual([
      { prize: "二等奖", count: 5, unit: "人次" },
      { prize: "三等奖", count: 5, unit: "人次" },
    ]);
    const log = await database.prisma.auditLog.findMany({ where: { recordId: { in: out.created } } });
    expect(log.map((l) => [l.action, l.reason, l.actorName])).toEqual([
      ["CREATE", "import", "机电系填报员"],
      ["CREATE", "import", "机电系填报员"],
    ]);

    const submitted = await submitImported({ ...as("staff-a"), kind: awards, ids: out.created });
    expect(submitted).toEqual({ submitted: 2 });
    expect((await database.prisma.record.findMany({ where: { id: { in: out.created } } })).map((r) => r.status)).toEqual([
      "SUBMITTED",
      "SUBMITTED",
    ]);
    expect(await database.prisma.auditLog.count({ where: { recordId: { in: out.created }, action: "SUBMIT" } })).toBe(2);
    // staff-b cannot submit staff-a's records: they are simply not in scope
    expect(await submitImported({ ...as("staff-b"), kind: awards, ids: out.created })).toEqual({ submitted: 0 });
  });

  it("stores lists, decimals, dates and timestamps exactly as Prisma would", async () => {
    const started = Date.now();
    const pilots = await importRecords({
      ...as("staff-a"),
      kind: kindBySlug("certificate-pilots")!,
      year: 2022,
      rows: await rowsOf(
        "证书名称,等级,试点专业,计划人数,培训人数,考证人数,通过人数\n导入证书,中级,软件技术、计算机网络技术,40,40,38,35\n",
      ),
    });
    const { certificatePilot, ...record } = await database.prisma.record.findUniqueOrThrow({
      where: { id: pilots.created[0] },
      include: { certificatePilot: true },
    });
    const pilot = { ...record, ...certificatePilot! };
    expect(pilot).toMatchObject({ pilotMajors: ["软件技术", "计算机网络技术"], passed: 35, version: 1, highlight: false, status: "DRAFT" });
    expect(Math.abs(pilot.createdAt.getTime() - started)).toBeLessThan(60_000);
    expect(pilot.updatedAt.getTime()).toBe(pilot.createdAt.getTime());

    const funding = await importRecords({
      ...as("staff-a"),
      kind: kindBySlug("funding")!,
      year: 2022,
      rows: await rowsOf("收支,类别,项目名称,金额\n收入,其他收入,导入经费,3.465\n"),
    });
    const item = await database.prisma.fundingItem.findUniqueOrThrow({ where: { id: funding.created[0] } });
    expect([item.direction, item.category, item.amount.toString()]).toEqual(["INCOME", "OTHER_INCOME", "3.465"]);

    const honours = await importRecords({
      ...as("staff-a"),
      kind: kindBySlug("honours")!,
      year: 2022,
      rows: await rowsOf("荣誉名称,类别,授予日期\n导入荣誉,学校荣誉,2022年6月8日\n"),
    });
    const honour = await database.prisma.honour.findUniqueOrThrow({ where: { id: honours.created[0] } });
    expect(honour.awardedOn?.toISOString()).toBe("2022-06-08T00:00:00.000Z");
    expect(honour.level).toBeNull();
    const log = await database.prisma.auditLog.findFirstOrThrow({ where: { entityId: honour.id } });
    expect(Math.abs(log.at.getTime() - started)).toBeLessThan(60_000);
    expect(log.changes).toMatchObject({ title: { before: null, after: "导入荣誉" }, awardedOn: { before: null, after: "2022-06-08" } });
  });

  it("is all or nothing: one row the database refuses (an unknown workshop) saves no row and no audit row", async () => {
    const before = [await database.prisma.lubanActivity.count(), await database.prisma.auditLog.count()];
    const rows = await rowsOf(
      "所属工坊（编号）,活动名称,参与人数\ndemo-luban-1,全有全无甲,10\ndemo-luban-2,全有全无乙,12\nno-such-workshop,全有全无丙,3\n",
    );
    expect(validateSheet({ kind: activities, rows, year: 2022, academicYear: "2021-2022" }).issues).toEqual([]); // zod cannot know; the reference check does
    const err = await importRecords({ ...as("staff-a"), kind: activities, year: 2022, rows }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.message).toMatch(/^所属工坊不存在/);
    expect([await database.prisma.lubanActivity.count(), await database.prisma.auditLog.count()]).toEqual(before);
    expect(await database.prisma.lubanActivity.count({ where: { title: { startsWith: "全有全无" } } })).toBe(0);
  });

  it("flags an indicator key already approved in the year, and skips it by default", async () => {
    const existing = await database.prisma.indicator.findFirstOrThrow({ where: { year: 2022 } });
    const rows = await rowsOf(`指标键,指标名称,数值\nimport.fresh,新指标,1\n${existing.key},重复指标,2\n`);
    const dups = await findDuplicates({
      prisma: database.prisma,
      kind: indicators,
      year: 2022,
      departmentId: actors["staff-a"]!.departmentId!,
      valid: validateSheet({ kind: indicators, rows, year: 2022, academicYear: "2021-2022" }).valid,
    });
    // Approved keys are unique per year: flagged across departments (a draft with it could not be approved).
    expect(dups).toMatchObject([{ row: 3, existingId: existing.id }]);
    // skipped by default: the new key is saved
    const out = await importRecords({ ...as("staff-a"), kind: indicators, year: 2022, rows });
    expect(out).toMatchObject({ skipped: 1 });
    expect(await database.prisma.indicator.count({ where: { key: "import.fresh" } })).toBe(1);
  });

  it("flags rows that repeat an existing record of the same year and department, or an earlier row", async () => {
    const text = `竞赛名称,级别,获奖及人次\n${EXISTING_JDXX_AWARD},省市级,一等奖 4人次\n全新的比赛,国家级,一等奖\n全新的比赛 ,国家级,二等奖\n`;
    const rows = await rowsOf(text);
    const valid = validateSheet({ kind: awards, rows, year: 2022, academicYear: "2021-2022" }).valid;
    const forA = await findDuplicates({
      prisma: database.prisma,
      kind: awards,
      year: 2022,
      departmentId: actors["staff-a"]!.departmentId!,
      valid,
    });
    expect(forA.map((d) => [d.row, d.existingId ? "existing" : `row ${d.sameAsRow}`])).toEqual([
      [2, "existing"],
      [4, "row 3"],
    ]);
    expect(forA[0]!.message).toMatch(/^与已有记录重复/);
    // another department, or another year, has no such record
    const forB = await findDuplicates({
      prisma: database.prisma,
      kind: awards,
      year: 2022,
      departmentId: actors["staff-b"]!.departmentId!,
      valid,
    });
    expect(forB.map((d) => d.row)).toEqual([4]);
    expect(
      (
        await findDuplicates({ prisma: database.prisma, kind: awards, year: 2021, departmentId: actors["staff-a"]!.departmentId!, valid })
      ).map((d) => d.row),
    ).toEqual([4]);

    const out = await importRecords({ ...as("staff-a"), kind: awards, year: 2022, rows });
    expect(out).toMatchObject({ skipped: 2 });
    expect(out.created).toHaveLength(1);
  });

  it("refuses a file with invalid cells as a whole, and refuses anyone but department staff", async () => {
    const rows = await rowsOf("竞赛名称,级别,获奖及人次\n好比赛,国家级,一等奖\n坏比赛,宇宙级,一等奖\n");
    const before = await database.prisma.competitionAward.count();
    const err = await importRecords({ ...as("staff-a"), kind: awards, year: 2022, rows }).catch((e) => e);
    expect(err).toBeInstanceOf(ImportRefused);
    expect(err.issues).toEqual([{ row: 3, column: "级别", message: expect.stringContaining("宇宙级") }]);
    expect(await database.prisma.competitionAward.count()).toBe(before);

    const ok = await rowsOf("竞赛名称,级别,获奖及人次\n好比赛,国家级,一等奖\n");
    expect(await code(importRecords({ ...as("reviewer"), kind: awards, year: 2022, rows: ok }))).toBe("FORBIDDEN");
    expect(await code(importRecords({ ...as("admin"), kind: awards, year: 2022, rows: ok }))).toBe("FORBIDDEN");
    expect(await code(importRecords({ actor: null, prisma: database.prisma, kind: awards, year: 2022, rows: ok }))).toBe("UNAUTHENTICATED");
    expect(await code(importRecords({ ...as("staff-a"), kind: awards, year: 1999, rows: ok }))).toBe("INVALID");
  });

  it("keeps the upload server-side for its uploader only, and deletes it after the commit", async () => {
    const bytes = csv("竞赛名称,级别,获奖及人次\n暂存测试赛,国家级,一等奖\n");
    const token = await acceptUpload({ ...as("staff-a"), kind: awards, year: 2022, fileName: "../../evil.csv", bytes });
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const files = fs.readdirSync(importDir());
    expect(files.sort()).toEqual([`${token}.csv`, `${token}.json`]);
    expect(importDir().startsWith(dataDir)).toBe(true);

    const preview = await previewUpload({ ...as("staff-a"), kind: awards, token });
    expect(preview.meta.fileName).not.toContain("/");
    expect(preview.sheet.valid).toHaveLength(1);
    expect(await code(previewUpload({ ...as("staff-b"), kind: awards, token }))).toBe("NOT_FOUND");
    expect(await code(previewUpload({ ...as("staff-a"), kind: activities, token }))).toBe("NOT_FOUND");
    expect(await code(previewUpload({ ...as("staff-a"), kind: awards, token: "../../../etc/passwd" }))).toBe("NOT_FOUND");
    expect(await code(commitUpload({ ...as("staff-b"), kind: awards, token, skipDuplicates: true }))).toBe("NOT_FOUND");

    // two confirms at once (a double click): one saves, the other finds the upload taken
    const both = await Promise.allSettled([1, 2].map(() => commitUpload({ ...as("staff-a"), kind: awards, token, skipDuplicates: true })));
    expect(both.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await database.prisma.competitionAward.count({ where: { competition: "暂存测试赛" } })).toBe(1);
    expect(fs.readdirSync(importDir())).toEqual([`${token}.done.json`]);
    expect(await code(commitUpload({ ...as("staff-a"), kind: awards, token, skipDuplicates: true }))).toBe("NOT_FOUND");
  });

  it("a commit the database refuses leaves the upload in place to try again", async () => {
    const bytes = csv("所属工坊（编号）,活动名称\nno-such-workshop,重试测试活动\n");
    const token = await acceptUpload({ ...as("staff-a"), kind: activities, year: 2022, fileName: "a.csv", bytes });
    expect(await code(commitUpload({ ...as("staff-a"), kind: activities, token, skipDuplicates: true }))).toBe("INVALID");
    expect((await previewUpload({ ...as("staff-a"), kind: activities, token })).sheet.valid).toHaveLength(1);
  });

  it("refuses an award dated outside the report's academic year, as the form does (issue 20)", async () => {
    await database.prisma.reportYear.upsert({ where: { year: 2025 }, update: {}, create: { year: 2025, academicYear: "2024-2025" } });
    const rows = await rowsOf("竞赛名称,级别,获奖及人次,获奖日期\n日期越界导入赛,国家级,二等奖 2人次,2023-05-01\n");
    const message =
      "获奖日期应在2024-2025学年内（2024-09-01 至 2025-08-31）（Date must fall within the academic year 2024-2025 (2024-09-01 to 2025-08-31)）";
    const form = createRecord({
      ...as("staff-a"),
      kind: awards,
      input: {
        competition: "日期越界表单赛",
        level: "NATIONAL",
        prizes: [{ prize: "二等奖", count: 2, unit: "人次" }],
        awardedOn: "2023-05-01",
      },
      meta: { year: 2025 },
    });
    await expect(form).rejects.toThrow(message);
    let refused: unknown = null;
    await importRecords({ ...as("staff-a"), kind: awards, year: 2025, rows }).catch((err: unknown) => (refused = err));
    expect(refused).toBeInstanceOf(ImportRefused);
    expect((refused as ImportRefused).issues).toEqual([{ row: 2, column: "获奖日期", message }]);
    expect(await database.prisma.competitionAward.count({ where: { competition: "日期越界导入赛" } })).toBe(0);
  });

  it("stores 「二等奖 两人次」 as two person-times, and refuses a count it cannot read rather than drop it (issue 20)", async () => {
    const rows = await rowsOf('竞赛名称,级别,获奖及人次\n中文人次导入赛,国家级,"二等奖 两人次，三等奖十二人次、优秀奖 一项"\n');
    const out = await importRecords({ ...as("staff-a"), kind: awards, year: 2022, rows });
    const saved = await database.prisma.competitionAward.findUniqueOrThrow({ where: { id: out.created[0]! } });
    expect(saved.prizes).toEqual([
      { prize: "二等奖", count: 2, unit: "人次" },
      { prize: "三等奖", count: 12, unit: "人次" },
      { prize: "优秀奖", count: 1, unit: "项" },
    ]);
    const unreadable = await rowsOf("竞赛名称,级别,获奖及人次\n名次单位导入赛,国家级,二等奖 5名\n");
    const sheet = validateSheet({ kind: awards, rows: unreadable, year: 2022, academicYear: "2021-2022" });
    expect(sheet.valid).toEqual([]);
    expect(sheet.issues).toEqual([{ row: 2, column: "获奖及人次", message: expect.stringContaining("无法识别“二等奖 5名”中的人次") }]);
  });

  it("reads 1,200 and １２００ in number cells as the form and the API do (issue 20)", async () => {
    const trainings = kindBySlug("social-trainings")!;
    const rows = await rowsOf(
      '培训项目,类型,方式,学时,培训人次\n千分位导入培训,职业技能培训,线上,"1,200.5","1,200"\n全角导入培训,职业技能培训,线下,８,１２００\n',
    );
    const out = await importRecords({ ...as("staff-a"), kind: trainings, year: 2022, rows });
    const saved = await database.prisma.socialTraining.findMany({ where: { id: { in: out.created } }, orderBy: { name: "asc" } });
    expect(saved.map((t) => [t.name, String(t.hours), t.personTimes])).toEqual([
      ["全角导入培训", "8", 1200],
      ["千分位导入培训", "1200.5", 1200],
    ]);
    const misplaced = await rowsOf('培训项目,类型,方式,学时,培训人次\n错位千分位培训,职业技能培训,线上,8,"1,2"\n');
    expect(validateSheet({ kind: trainings, rows: misplaced, year: 2022, academicYear: "2021-2022" }).issues).toEqual([
      { row: 2, column: "培训人次", message: "培训人次必须是数字（Person-times must be a number）" },
    ]);
  });

  it("refuses a non-spreadsheet upload up front", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
    expect(await code(acceptUpload({ ...as("staff-a"), kind: awards, year: 2022, fileName: "表1.xlsx", bytes: png }))).toBe("INVALID");
  });
});
