import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { renderReportDocx } from "../../lib/docx/render";
import type { PrismaClient, Role } from "../../lib/generated/prisma/client";
import { completeSetup } from "../../lib/institution/service";
import { issueSetupToken } from "../../lib/institution/setup-token";
import { forgetInstallationKind } from "../../lib/institution/kind";
import { pickCase } from "../../lib/province/cases";
import { photosOf } from "../../lib/province/photos";
import { readableFile } from "../../lib/evidence/service";
import { handInPackage } from "../../lib/province/import";
import { forgetLatestEditions, getEdition, renderedEdition } from "../../lib/report/editions/editions";
import { publishWithChecks } from "../../lib/report/editions/publish";
import { decideSignoff, requestSignoff } from "../../lib/report/editions/signoff";
import type { CaseBlock, ReportDocument, ReportSection, TableBlock } from "../../lib/report/model/document";
import { openYear } from "../../lib/report/outline/open-year";
import { updateNarrative } from "../../lib/report/outline/narratives";
import { narrativeWorkspace } from "../../lib/report/outline/workspace";
import { packChoicesForInstallation } from "../../lib/rules/store";
import { AppError } from "../../lib/errors";
import { buildPackage, type IndicatorFigure } from "../support/packages";
import { migratedDatabase } from "../support/database";
import { outcome } from "../support/errors";

/**
 * A province writes and publishes its own report from the provincial pack: three colleges hand in
 * 2024 (one also 2023), the office picks one typical case, opens 2024 from province-2024, quotes the
 * placement rate in a narrative, a leader signs off and the office publishes. The rate printed is
 * Σplaced / Σgraduates = 1041 / 1102 = 94.46 % (the average of the three colleges' rates would
 * be 78.33 %), beside last year's 70 / 80 = 87.50 %. The picked case prints with its photo; the
 * other college's case and photo stay in the pool.
 */
let database: Awaited<ReturnType<typeof migratedDatabase>>;
let prisma: PrismaClient;
const actors: Record<"admin" | "office" | "leader", Actor> = {} as never;

const COLLEGES = [
  { code: "4137020001", name: "甲市职业技术学院", graduates: 100, placed: 90 },
  { code: "4137020002", name: "乙县职业学校", graduates: 2, placed: 1 },
  { code: "4137020003", name: "丙城职业技术学院", graduates: 1000, placed: 950 },
];
const scorecard = (graduates: number, placed: number): IndicatorFigure[] => [
  { code: "SC01", value: graduates },
  { code: "SC02", value: Math.round((placed / graduates) * 10000) / 100, numerator: placed, denominator: graduates },
];

async function user(username: string, role: Role): Promise<Actor> {
  const u = await prisma.user.create({ data: { username, displayName: username, role } });
  return { id: u.id, username, displayName: username, role, departmentId: null };
}

let document: ReportDocument;
let html: string;

beforeAll(async () => {
  database = await migratedDatabase();
  prisma = database.prisma;
  forgetInstallationKind();
  const done = await completeSetup({
    prisma,
    setupToken: (await issueSetupToken(prisma))!,
    kind: "PROVINCE",
    institution: { name: "山东省教育厅" },
    admin: { username: "sdadmin", displayName: "职成处", password: "Shandong-2025!", passwordConfirm: "Shandong-2025!" },
  });
  const a = done.administrator!;
  actors.admin = { id: a.id, username: a.username, displayName: a.displayName, role: a.role, departmentId: null };
  actors.office = await user("office", "REVIEWER");
  actors.leader = await user("leader", "LEADER");
  await prisma.institution.updateMany({ data: { leaderSignoff: true } });
  for (const c of COLLEGES) await prisma.college.create({ data: { code: c.code, name: c.name, type: "HIGHER", city: "济南" } });

  const handIn = (bytes: Uint8Array) => handInPackage({ prisma, actor: actors.admin, bytes });
  await handIn(buildPackage({ code: COLLEGES[0]!.code, year: 2023, cases: 1, figures: { scorecard: scorecard(80, 70) } }));
  for (const c of COLLEGES)
    await handIn(
      buildPackage({ code: c.code, name: c.name, year: 2024, cases: 1, figures: { scorecard: scorecard(c.graduates, c.placed) } }),
    );
}, 120_000);

afterAll(async () => {
  forgetInstallationKind();
  await database?.dispose();
});

const sectionsOf = (doc: ReportDocument): ReportSection[] => doc.chapters.flatMap((c) => [c, ...c.sections]);
const indicatorTable = (key: string): TableBlock => {
  const t = document.appendix.find((x) => x.key === `indicators:${key}`);
  if (!t) throw new Error(`no indicator table ${key}`);
  return t;
};
const rowOf = (t: TableBlock, label: string) => t.rows.find((r) => r.cells[1] === label)?.cells;

describe("a province's report", () => {
  it("opens the year from a province's pack only, offering no college pack", async () => {
    expect((await packChoicesForInstallation(prisma)).map((p) => p.key)).toEqual(["province-2024"]);
    const wrong = openYear({ actor: actors.admin, prisma, input: { year: 2024, academicYear: "2023-2024", source: "2024" } });
    expect(await outcome(wrong)).toBe("INVALID");
    await openYear({ actor: actors.admin, prisma, input: { year: 2024, academicYear: "2023-2024", source: "province-2024" } });
    const outline = await prisma.outlineSection.findMany({ where: { year: 2024, level: 1 }, orderBy: { sortOrder: "asc" } });
    expect(outline.map((s) => s.title)).toContain("典型案例");
    expect(outline.every((s) => s.topics.length === 0)).toBe(true);
  });

  it("is written, signed off by a leader and published with a quoted rate, the aggregated tables and a picked case", async () => {
    const [picked, unpicked] = await Promise.all(
      [COLLEGES[0]!, COLLEGES[1]!].map((c) =>
        prisma.pooledCase.findFirstOrThrow({ where: { year: 2024, current: true, submission: { college: { code: c.code } } } }),
      ),
    );
    await pickCase(prisma, actors.office, { caseId: picked!.id, picked: "1" });

    const section = await prisma.outlineSection.findUniqueOrThrow({ where: { year_key: { year: 2024, key: "students.employment" } } });
    await updateNarrative({
      actor: actors.office,
      prisma,
      year: 2024,
      sectionKey: section.key,
      version: section.version,
      narrative: "全省高职毕业生毕业去向落实率为{{province.SC02}}，毕业生共{{province.SC01}}。",
    });

    // The editor's picker offers the aggregates by the pack's row labels, not a college's computed tokens.
    const { tokens } = await narrativeWorkspace({ actor: actors.office, prisma, year: 2024 });
    expect(tokens).toContainEqual(expect.objectContaining({ token: "province.SC02", label: "毕业去向落实率", value: "94.46%" }));
    expect(tokens.map((t) => t.token)).not.toContain("employment.placementRate");

    // With the leader's sign-off required, publishing waits for it; the office then names the open warnings.
    expect(await outcome(publishWithChecks({ actor: actors.office, prisma, year: 2024, acknowledged: [] }))).toBe("CONFLICT");
    await requestSignoff({ actor: actors.office, prisma, year: 2024 });
    expect(await outcome(decideSignoff({ actor: actors.office, prisma, year: 2024, input: { decision: "sign" } }))).toBe("FORBIDDEN");
    await decideSignoff({ actor: actors.leader, prisma, year: 2024, input: { decision: "sign" } });
    const warned = await publishWithChecks({ actor: actors.office, prisma, year: 2024, acknowledged: [] }).catch((e: AppError) => e);
    const acknowledged = warned instanceof AppError ? (warned.fieldErrors?.acknowledge ?? []).map((w) => w.slice(0, w.indexOf(":"))) : [];
    await publishWithChecks({ actor: actors.office, prisma, year: 2024, acknowledged });
    forgetLatestEditions();

    const edition = await getEdition({ year: 2024, prisma });
    expect(edition?.meta.version).toBe(1);
    document = edition!.document;
    html = (await renderedEdition({ year: 2024, prisma }))!.html;
    expect(document.institution).toBe("山东省教育厅");
    expect(document.title).toBe("职业教育质量报告（2024年度）");

    // The narrative quotes Σnumerator / Σdenominator, not the average of rates.
    const employment = sectionsOf(document).find((s) => s.key === "students.employment")!;
    expect(employment.html).toContain(">94.46%<");
    expect(employment.html).toContain(">1102人<");
    expect(html).not.toContain("78.33");

    // The indicator tables: this year's aggregate, last year's beside it, and the change.
    expect(rowOf(indicatorTable("scorecard"), "毕业去向落实率")).toEqual(["2", "毕业去向落实率", "%", "94.46", "87.50", "+6.96个百分点"]);
    expect(rowOf(indicatorTable("scorecard"), "毕业生人数")?.slice(3)).toEqual(["1102", "80", "+1022"]);
    expect(indicatorTable("scorecard").columns.slice(3, 5)).toEqual(["2024届", "2023届"]);

    // The typical cases: the picked one with its college, not the other.
    const cases = sectionsOf(document)
      .find((s) => s.key === "cases")!
      .blocks.filter((b): b is CaseBlock => b.type === "case");
    expect(cases.map((c) => [c.id, c.subtitle])).toEqual([[picked!.id, COLLEGES[0]!.name]]);
    expect(html).toContain(COLLEGES[0]!.name);
    expect(html).not.toContain(COLLEGES[1]!.name);
    expect(cases.map((c) => c.id)).not.toContain(unpicked!.id);

    // Its photo is printed from the web copy picking made, readable by anyone once published; an unpicked case's photo is not.
    const src = cases[0]!.figures[0]?.src ?? "";
    expect(src).toMatch(/^\/files\/[\w-]+\/web$/);
    expect(html).toContain(`src="${src}"`);
    const picture = await readableFile({ actor: null, prisma, fileId: src.split("/")[2]!, variant: "web" });
    expect(picture.mime).toBe("image/jpeg");
    const hidden = photosOf(unpicked!.photos)[0]!.fileId;
    expect(await outcome(readableFile({ actor: null, prisma, fileId: hidden, variant: "web" }))).toBe("NOT_FOUND");
  });

  it("prints the same document to Word", async () => {
    const text = (await mammoth.extractRawText({ buffer: await renderReportDocx(document) })).value;
    expect(text).toContain("94.46%");
    expect(text).toContain(COLLEGES[0]!.name);
  });
});
