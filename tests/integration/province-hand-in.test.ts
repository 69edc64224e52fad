import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { AppError } from "../../lib/errors";
import { completeSetup } from "../../lib/institution/service";
import { issueSetupToken } from "../../lib/institution/setup-token";
import { forgetInstallationKind, pageRedirect } from "../../lib/institution/kind";
import { createCollege, createCollegeAccount, importColleges, listColleges } from "../../lib/province/colleges";
import { handInBoard, remindMissing, setHandInDue } from "../../lib/province/board";
import { handInPackage, handInPackages, PackageRefused } from "../../lib/province/import";
import { buildPackage } from "../support/packages";
import { migratedDatabase } from "../support/database";
import { outcome } from "../support/errors";

/**
 * Province mode end to end in the domain: an education department set up on /setup's choice,
 * three colleges registered, their packages handed in (by the admin and by a college's own
 * account), a tampered package and a wrong college's refused with the problem named, a later
 * edition superseding the earlier one with its figures and cases, the board and its reminders.
 */
let database: Awaited<ReturnType<typeof migratedDatabase>>;
let admin: Actor;
const CODES = ["4137010001", "4137010002", "4137010003"];
const ids: Record<string, string> = {};

async function refusal(work: Promise<unknown>): Promise<string[]> {
  try {
    await work;
  } catch (err) {
    if (err instanceof PackageRefused) return err.problems;
    throw err;
  }
  throw new Error("the package was accepted");
}

beforeAll(async () => {
  database = await migratedDatabase();
  forgetInstallationKind();
  const prisma = database.prisma;
  const setupToken = (await issueSetupToken(prisma))!;
  const done = await completeSetup({
    prisma,
    setupToken,
    kind: "PROVINCE",
    institution: { name: "山东省教育厅" },
    admin: { username: "sdadmin", displayName: "职成处", password: "Shandong-2025!", passwordConfirm: "Shandong-2025!" },
  });
  expect(done.institution.kind).toBe("PROVINCE");
  const u = done.administrator!;
  admin = { id: u.id, username: u.username, displayName: u.displayName, role: u.role, departmentId: null };
}, 60_000);

afterAll(async () => {
  await database?.dispose();
});

describe("a province installation", () => {
  it("sends the college's pages to the board, and a college's account to its hand-in page", () => {
    expect(pageRedirect("PROVINCE", "ADMIN", "/admin/records")).toBe("/admin/province/board");
    expect(pageRedirect("PROVINCE", "ADMIN", "/admin/colleges")).toBeNull();
    expect(pageRedirect("PROVINCE", "COLLEGE", "/admin/colleges")).toBe("/admin/hand-in");
    expect(pageRedirect("PROVINCE", "COLLEGE", "/admin/hand-in")).toBeNull();
    expect(pageRedirect("COLLEGE", "ADMIN", "/admin/province/board")).toBe("/admin");
    expect(pageRedirect("COLLEGE", "ADMIN", "/admin/records")).toBeNull();
  });

  it("registers colleges by form and by spreadsheet, refusing bad rows each by number", async () => {
    const prisma = database.prisma;
    const first = await createCollege({
      prisma,
      actor: admin,
      input: { code: CODES[0], name: "济南职业学院", type: "高职", city: "济南" },
    });
    ids[CODES[0]!] = first.id;
    expect(
      await outcome(createCollege({ prisma, actor: admin, input: { code: CODES[0], name: "重复", type: "高职", city: "济南" } })),
    ).toBe("CONFLICT");
    const bad = await createCollege({ prisma, actor: admin, input: { code: "12", name: "X", type: "大学", city: "" } }).catch(
      (e: AppError) => e,
    );
    expect((bad as AppError).fieldErrors?.code?.[0]).toContain("10位数字");
    expect((bad as AppError).fieldErrors?.type?.[0]).toContain("中职");

    const sheet = async (rows: string[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("学校");
      ws.addRow(["学校标识码", "学校名称", "办学类型", "所在城市"]);
      rows.forEach((r) => ws.addRow(r));
      return new Uint8Array(await wb.xlsx.writeBuffer());
    };
    const refused = await importColleges({
      prisma,
      actor: admin,
      bytes: await sheet([
        [CODES[1]!, "青岛职业技术学院", "高职", "青岛"],
        ["123", "坏学校", "中专", "青岛"],
        [CODES[1]!, "重复学校", "本科", "青岛"],
      ]),
    }).catch((e: AppError) => e);
    expect((refused as AppError).fieldErrors?.file).toEqual([
      expect.stringMatching(/^第 3 行.*10位数字.*中职/),
      expect.stringMatching(/^第 4 行.*与第 2 行重复/),
    ]);
    expect(await prisma.college.count()).toBe(1);

    expect(
      await importColleges({
        prisma,
        actor: admin,
        bytes: await sheet([
          [CODES[1]!, "青岛职业技术学院", "高职", "青岛"],
          [CODES[2]!, "淄博工业学校", "中职", "淄博"],
          [CODES[0]!, "济南职业学院", "高职", "济南"],
        ]),
      }),
    ).toEqual({ created: 2, updated: 0 });
    const colleges = await listColleges({ prisma, actor: admin });
    for (const c of colleges) ids[c.code] = c.id;
    expect(colleges.map((c) => [c.code, c.type]).sort()).toEqual([
      [CODES[0], "HIGHER"],
      [CODES[1], "HIGHER"],
      [CODES[2], "SECONDARY"],
    ]);
    expect(
      await outcome(
        createCollege({
          prisma,
          actor: { ...admin, role: "REVIEWER" },
          input: { code: "4137010009", name: "某校", type: "本科", city: "济南" },
        }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("takes three valid packages, refuses a tampered one and a wrong college's with the problem named", async () => {
    const prisma = database.prisma;
    const account = await createCollegeAccount({
      prisma,
      actor: admin,
      collegeId: ids[CODES[1]!]!,
      input: { username: "qdzy", displayName: "青岛职院报送", password: "Qingdao-2025!" },
    });
    const college: Actor = {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      role: "COLLEGE",
      departmentId: null,
      collegeId: ids[CODES[1]!]!,
    };

    const receivedAt = new Date("2025-01-05T03:04:05.678Z");
    const a = await handInPackage({ prisma, actor: admin, bytes: buildPackage({ code: CODES[0]!, cases: 3 }), now: receivedAt });
    expect(a).toMatchObject({ status: "received", editionVersion: 1, current: true, college: { code: CODES[0] } });
    const b = await handInPackage({ prisma, actor: college, bytes: buildPackage({ code: CODES[1]!, type: "HIGHER", city: "青岛" }) });
    expect(b.status).toBe("received");
    // The same zip again: nothing added, the answer says so.
    const again = buildPackage({ code: CODES[2]!, type: "SECONDARY" });
    expect((await handInPackage({ prisma, actor: admin, bytes: again })).status).toBe("received");
    expect((await handInPackage({ prisma, actor: admin, bytes: again })).status).toBe("duplicate");

    const tampered = buildPackage({
      code: CODES[1]!,
      version: 2,
      tamper: (r) => {
        r.indicatorTables[0]!.rows[0]!.value = 99.9;
      },
    });
    const problems = await refusal(handInPackage({ prisma, actor: college, bytes: tampered }));
    expect(problems).toContainEqual(expect.stringMatching(/^report\.json 的 SHA-256 与清单不符/));
    expect(problems.every((p) => p.startsWith("report.json"))).toBe(true);
    // A college's account hands in only its own college.
    expect(await refusal(handInPackage({ prisma, actor: college, bytes: buildPackage({ code: CODES[0]!, version: 2 }) }))).toEqual([
      expect.stringMatching(new RegExp(`学校标识码不符：报送包为 ${CODES[0]}，应为 ${CODES[1]}`)),
    ]);
    expect(await refusal(handInPackage({ prisma, actor: admin, bytes: buildPackage({ code: "4137019999" }) }))).toEqual([
      expect.stringMatching(/4137019999.*未在学校名录中登记/),
    ]);
    expect(await refusal(handInPackage({ prisma, actor: admin, bytes: new Uint8Array([1, 2, 3]) }))).toEqual([
      expect.stringMatching(/不是有效的 zip/),
    ]);
    expect(await outcome(handInPackage({ prisma, actor: { ...admin, role: "REVIEWER" }, bytes: again }))).toBe("FORBIDDEN");

    expect(await prisma.submission.count()).toBe(3);
    expect(await prisma.submittedFigure.count({ where: { current: true } })).toBe(3 * 6 * 6);
    const cases = await prisma.pooledCase.findMany({ where: { collegeId: ids[CODES[0]!] } });
    expect(cases).toHaveLength(3);
    const photo = (cases[0]!.photos as { fileId: string }[])[0]!;
    expect(await prisma.storedFile.findUnique({ where: { id: photo.fileId } })).toMatchObject({ mimeType: "image/png" });
    // The rows are the report's own: a case as the package has it, a rate's parts, the hand-in audited.
    expect(cases.find((c) => c.number === 2)).toMatchObject({
      title: "案例2：产教融合实践",
      subtitle: null,
      chapterKey: "ch2",
      sectionTitle: "2.1 立德树人",
      topics: ["industryIntegration"],
      photos: [{ fileId: expect.any(String), caption: "案例2图片" }],
    });
    const rate = await prisma.submittedFigure.findFirstOrThrow({ where: { submissionId: a.submissionId, rowCode: "scorecard.r01" } });
    expect(rate).toMatchObject({ tableKey: "scorecard", skipped: false, current: true });
    expect(rate.numerator).not.toBeNull();
    expect(await prisma.auditLog.findFirstOrThrow({ where: { action: "HAND_IN", entityId: a.submissionId } })).toMatchObject({
      actorId: admin.id,
      actorName: "职成处",
      entityType: "Submission",
      changes: { college: CODES[0], year: 2024, edition: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), current: true },
    });
    const stored = await prisma.submission.findUniqueOrThrow({ where: { id: a.submissionId }, include: { college: true } });
    expect(stored.receivedAt.toISOString()).toBe(receivedAt.toISOString());
    expect(await prisma.storedFile.findUnique({ where: { id: stored.packageFileId! } })).toMatchObject({ mimeType: "application/zip" });
  });

  it("lets a later edition supersede the earlier one, its figures and cases too; a different zip of a handed-in edition is refused", async () => {
    const prisma = database.prisma;
    const v2 = await handInPackage({
      prisma,
      actor: admin,
      bytes: buildPackage({
        code: CODES[0]!,
        version: 2,
        cases: 1,
        figures: { scorecard: [{ code: "scorecard.r01", value: 90, numerator: 90, denominator: 100 }] },
      }),
    });
    expect(v2).toMatchObject({ status: "received", current: true, editionVersion: 2 });
    const collegeId = ids[CODES[0]!]!;
    expect(
      await prisma.submission.findMany({
        where: { collegeId },
        select: { editionVersion: true, current: true },
        orderBy: { editionVersion: "asc" },
      }),
    ).toEqual([
      { editionVersion: 1, current: false },
      { editionVersion: 2, current: true },
    ]);
    const figure = await prisma.submittedFigure.findFirstOrThrow({ where: { collegeId, current: true, rowCode: "scorecard.r01" } });
    expect([figure.numerator?.toString(), figure.denominator?.toString()]).toEqual(["90", "100"]);
    expect(await prisma.submittedFigure.count({ where: { collegeId, current: true } })).toBe(1 + 5 * 6);
    expect(await prisma.pooledCase.count({ where: { collegeId, current: true } })).toBe(1);
    expect(await prisma.pooledCase.count({ where: { collegeId, current: false } })).toBe(3);
    // Edition 1 again, as a different zip (another number): an edition is frozen once published.
    expect(await outcome(handInPackage({ prisma, actor: admin, bytes: buildPackage({ code: CODES[0]!, version: 1, cases: 5 }) }))).toBe(
      "CONFLICT",
    );
  });

  it("shows the board: who handed in which edition, who is missing or late; reminds the missing ones once per group", async () => {
    const prisma = database.prisma;
    await createCollege({ prisma, actor: admin, input: { code: "4137010004", name: "烟台护理学校", type: "中职", city: "烟台" } });
    const yantai = (await prisma.college.findUniqueOrThrow({ where: { code: "4137010004" } })).id;
    const account = await createCollegeAccount({
      prisma,
      actor: admin,
      collegeId: yantai,
      input: { username: "ythl", displayName: "烟台护校", password: "Yantai-2025!x" },
    });
    await setHandInDue({ prisma, actor: admin, input: { year: 2024, dueOn: "2025-01-01" } });
    const board = await handInBoard({ prisma, actor: admin, year: "2024", now: new Date("2025-03-01T00:00:00Z") });
    expect(board.rows.map((r) => [r.college.code, r.submission?.editionVersion ?? null, r.status]).sort()).toEqual([
      [CODES[0], 2, "late"],
      [CODES[1], 1, "late"],
      [CODES[2], 1, "late"],
      ["4137010004", null, "overdue"],
    ]);
    expect([board.handedIn, board.missing]).toEqual([3, 1]);
    expect(board.rows.find((r) => r.college.code === CODES[1])!.submission!.receivedBy).toBe("青岛职院报送");
    // Before the due date nobody is late or overdue.
    const early = await handInBoard({ prisma, actor: admin, year: 2024, now: new Date("2024-12-01T00:00:00Z") });
    expect(early.rows.map((r) => r.status).sort()).toEqual(["late", "late", "late", "missing"]);
    expect(
      await outcome(handInBoard({ prisma, actor: { ...account, role: "COLLEGE", departmentId: null, collegeId: yantai }, year: 2024 })),
    ).toBe("FORBIDDEN");

    expect(await remindMissing({ prisma, actor: admin, year: 2024 })).toEqual({ colleges: 1, accounts: 1 });
    expect(await remindMissing({ prisma, actor: admin, year: 2024 })).toEqual({ colleges: 1, accounts: 1 });
    const notices = await prisma.notification.findMany({ where: { userId: account.id } });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ type: "HANDIN", href: "/admin/hand-in", title: "请报送烟台护理学校2024年度质量报告" });
    // Handing in answers the reminder.
    await handInPackage({
      prisma,
      actor: { id: account.id, username: "ythl", displayName: "烟台护校", role: "COLLEGE", departmentId: null, collegeId: yantai },
      bytes: buildPackage({ code: "4137010004", type: "SECONDARY" }),
    });
    expect((await prisma.notification.findFirstOrThrow({ where: { userId: account.id } })).handledAt).not.toBeNull();
  });

  it("imports a folder a few at a time: a bad package refused with its problem named, the good ones kept", async () => {
    const prisma = database.prisma;
    const codes = ["4137010011", "4137010012", "4137010013", "4137010014", "4137010015"];
    await prisma.college.createMany({
      data: codes.map((code, i) => ({ code, name: `并发学院${i}`, type: "HIGHER" as const, city: "济南" })),
    });
    const tampered = buildPackage({
      code: codes[2]!,
      tamper: (r) => {
        r.cases[0]!.title = "改过的标题";
      },
    });
    const outcomes = await handInPackages({
      prisma,
      actor: admin,
      concurrency: 3,
      packages: [
        ...codes.map((code, i) => ({ fileName: `${code}.zip`, bytes: i === 2 ? tampered : buildPackage({ code }) })),
        { fileName: "notes.txt", bytes: () => Promise.resolve(new TextEncoder().encode("not a zip")) },
        // The same edition's zip twice in one folder: one received, the other answered as a duplicate.
        { fileName: "again.zip", bytes: buildPackage({ code: codes[4]! }) },
      ],
    });
    expect(outcomes.map((o) => [o.file, o.result?.status ?? null])).toEqual([
      ...codes.map((code, i) => [`${code}.zip`, i === 2 ? null : expect.stringMatching(/^(received|duplicate)$/)]),
      ["notes.txt", null],
      ["again.zip", expect.stringMatching(/^(received|duplicate)$/)],
    ]);
    expect([outcomes[4]!.result!.status, outcomes[6]!.result!.status].sort()).toEqual(["duplicate", "received"]);
    expect(outcomes[2]!.problems).toContainEqual(expect.stringMatching(/^report\.json 的 SHA-256 与清单不符/));
    expect(outcomes[5]!.problems).toEqual([expect.stringMatching(/不是有效的 zip/)]);
    const kept = await prisma.submission.findMany({
      where: { college: { code: { in: codes } } },
      select: { college: { select: { code: true } } },
    });
    expect(kept.map((k) => k.college.code).sort()).toEqual([codes[0], codes[1], codes[3], codes[4]]);
    expect(await prisma.submittedFigure.count({ where: { submission: { college: { code: { in: codes } } } } })).toBe(4 * 6 * 6);

    // Not being allowed stops the folder: nothing of it is kept.
    await expect(
      handInPackages({
        prisma,
        actor: { ...admin, role: "REVIEWER" },
        packages: [{ fileName: "x.zip", bytes: buildPackage({ code: codes[2]! }) }],
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.submission.count({ where: { college: { code: codes[2] } } })).toBe(0);
  });
});
