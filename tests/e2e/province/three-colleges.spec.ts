import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { SETUP_TOKEN, startCollegeServer, type CollegeServer } from "../support/college-server";

/**
 * Issue 24 end to end, over HTTP only: three invented colleges are each set up on an installation
 * of their own (one after another, never two servers at once), enter their graduates through the
 * records API, approve, sign off, publish and export their submission package; a province
 * installation registers them, receives the three packages, refuses a tampered copy, and its
 * tables API answers the hand-computed aggregates — the placement rate as Σplaced / Σgraduates,
 * which the average of the three colleges' rates gets wrong. Finally the province writes, signs off
 * and publishes its own report quoting an aggregate through {{province.SC02}}.
 */
const YEAR = 2024;
const PASSWORD = "Sanxiao-ceshi-2025!";
type CollegeSpec = {
  code: string;
  name: string;
  type: "SECONDARY" | "HIGHER" | "UNDERGRADUATE";
  typeWord: string;
  city: string;
  graduates: number;
  placed: number;
  offset: number;
};
// Invented colleges: a large one placing 95 %, a tiny one placing 50 %, a middling one placing 90 %.
const COLLEGES: CollegeSpec[] = [
  {
    code: "3799000101",
    name: "泉溪职业技术学院",
    type: "HIGHER",
    typeWord: "高职",
    city: "泉溪市",
    graduates: 1000,
    placed: 950,
    offset: 46,
  },
  { code: "3799000202", name: "石岭职业学校", type: "SECONDARY", typeWord: "中职", city: "石岭市", graduates: 10, placed: 5, offset: 47 },
  {
    code: "3799000303",
    name: "泉溪职业技术大学",
    type: "UNDERGRADUATE",
    typeWord: "本科",
    city: "泉溪市",
    graduates: 400,
    placed: 360,
    offset: 48,
  },
];
const PROVINCE_OFFSET = 49;

// Worked out by hand: 1315 placed of 1410 graduates is 93.26 %; the average of 95, 50 and 90 is 78.33 %.
const SUM_GRADUATES = 1410;
const SUM_PLACED = 1315;
const PROVINCE_RATE = "93.26";
const AVERAGE_OF_RATES = "78.33";

/** The packages as each college exported them, kept after its server is gone. */
const packages = new Map<string, Uint8Array>();

test.describe.configure({ mode: "serial" });

/** An HTTP client signed in through next-auth's own endpoints. */
async function signedIn(base: string, username: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL: base });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const res = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, username, password: PASSWORD, json: "true" } });
  expect(res.status(), `sign-in of ${username}`).toBeLessThan(400);
  expect((await (await ctx.get("/api/auth/session")).json())?.uid, `session of ${username}`).toBeTruthy();
  return ctx;
}

async function ok<T = Record<string, unknown>>(
  res: Awaited<ReturnType<APIRequestContext["get"]>>,
  status: number,
  what: string,
): Promise<T> {
  expect(res.status(), `${what}: ${await res.text()}`).toBe(status);
  return (await res.json()) as T;
}

/** POST /api/v1/setup and the first administrator signed in. */
async function setUp(base: string, kind: "COLLEGE" | "PROVINCE", institution: Record<string, unknown>) {
  const anonymous = await request.newContext({ baseURL: base });
  await ok(
    await anonymous.post("/api/v1/setup", {
      data: {
        setupToken: SETUP_TOKEN,
        kind,
        institution,
        admin: { username: "admin", displayName: "管理员", password: PASSWORD, passwordConfirm: PASSWORD },
      },
    }),
    201,
    "set-up",
  );
  await anonymous.dispose();
  return signedIn(base, "admin");
}

async function addUser(admin: APIRequestContext, username: string, role: string, departmentId?: string) {
  await ok(
    await admin.post("/api/v1/users", { data: { username, displayName: username, password: PASSWORD, role, departmentId } }),
    201,
    `user ${username}`,
  );
}

/** 提交审定 → the leader signs → publish, acknowledging the open warnings the first answer names. */
async function signOffAndPublish(admin: APIRequestContext, leader: APIRequestContext, note: string) {
  await ok(await admin.post(`/api/v1/years/${YEAR}/signoff`, { data: { action: "request" } }), 201, "sign-off request");
  await ok(await leader.post(`/api/v1/years/${YEAR}/signoff`, { data: { action: "sign" } }), 200, "sign-off");
  const first = await admin.post(`/api/v1/years/${YEAR}/editions`, { data: { note } });
  if (first.status() === 201) return first.json();
  const named: string[] = (await ok<{ error: { fieldErrors: { acknowledge: string[] } } }>(first, 409, "publish")).error.fieldErrors
    .acknowledge;
  return ok(
    await admin.post(`/api/v1/years/${YEAR}/editions`, { data: { note, acknowledge: named.map((w) => w.split(":")[0]) } }),
    201,
    "publish",
  );
}

/** One college: set up, a department, its staff and leader, the year, its graduates, approved, signed off, published, exported. */
async function collegeHandsOver(spec: CollegeSpec, server: CollegeServer): Promise<Uint8Array> {
  const admin = await setUp(server.base, "COLLEGE", { name: spec.name, city: spec.city, code: spec.code, collegeType: spec.type });
  // One reviewing step is enough here (the department head's is the review chain's business, tested elsewhere).
  await ok(await admin.patch("/api/v1/institution", { data: { departmentReview: false } }), 200, "settings");
  const department = await ok<{ id: string }>(await admin.post("/api/v1/departments", { data: { name: "招生就业处" } }), 201, "department");
  await addUser(admin, "staff", "STAFF", department.id);
  await addUser(admin, "leader", "LEADER");
  await ok(await admin.post("/api/v1/years", { data: { year: YEAR, academicYear: "2023-2024", source: "2024" } }), 201, "year");

  const staff = await signedIn(server.base, "staff");
  const record = await ok<{ id: string; version: number }>(
    await staff.post("/api/v1/records/employment", {
      data: { year: YEAR, data: { cohort: YEAR, majorName: "智能制造技术", graduates: spec.graduates, placed: spec.placed } },
    }),
    201,
    "employment record",
  );
  const submitted = await ok<{ version: number }>(
    await staff.post(`/api/v1/records/employment/${record.id}/submit`, { data: { version: record.version } }),
    200,
    "submit",
  );
  await ok(await admin.post(`/api/v1/records/employment/${record.id}/approve`, { data: { version: submitted.version } }), 200, "approve");

  const leader = await signedIn(server.base, "leader");
  const edition = await signOffAndPublish(admin, leader, "首次发布");
  expect(edition).toMatchObject({ version: 1 });

  // The package waits for the edition's PDF, Word file and workbook: 202 until they are made.
  const url = `/api/v1/years/${YEAR}/editions/1/package`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    const res = await admin.get(url, { headers: { Accept: "application/json" } });
    if (res.status() === 200) break;
    expect(res.status(), await res.text()).toBe(202);
    expect(Date.now(), "the package's printed forms took over two minutes").toBeLessThan(deadline);
    await new Promise((r) => setTimeout(r, 1000));
  }
  // A college's installation has no province tables.
  expect((await admin.get(`/api/v1/province/tables?year=${YEAR}`)).status()).toBe(404);
  const zip = await admin.get(url);
  expect(zip.status()).toBe(200);
  const bytes = new Uint8Array(await zip.body());
  for (const c of [admin, staff, leader]) await c.dispose();
  return bytes;
}

for (const spec of COLLEGES) {
  test(`${spec.name} (${spec.typeWord}) publishes its 2024 report and exports its package`, async () => {
    test.setTimeout(240_000);
    const server = await startCollegeServer({ offset: spec.offset, prefix: `nianbao_e2e_three_${spec.code.slice(-3)}` });
    try {
      const bytes = await collegeHandsOver(spec, server);
      const report = JSON.parse(strFromU8(unzipSync(bytes)["report.json"]!));
      expect(report.college).toMatchObject({ code: spec.code, type: spec.type });
      const scorecard = report.indicatorTables.find((t: { key: string }) => t.key === "scorecard");
      // The placement rate travels with its numerator and denominator, so the province can sum them.
      expect(scorecard.rows.find((r: { code: string }) => r.code === "SC02")).toMatchObject({
        numerator: spec.placed,
        denominator: spec.graduates,
      });
      packages.set(spec.code, bytes);
    } finally {
      await server.stop();
    }
  });
}

/** The same package with one number in report.json changed (SC02's numerator, one more placed) and the manifest left as it was. */
function tampered(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const text = strFromU8(files["report.json"]!);
  const at = text.search(/"code":\s*"SC02"/);
  expect(at, "report.json names SC02").toBeGreaterThan(0);
  const changed = text.slice(at).replace(/("numerator":\s*)(\d+)/, (_, key: string, n: string) => `${key}${Number(n) + 1}`);
  files["report.json"] = strToU8(text.slice(0, at) + changed);
  return zipSync(files);
}

type Figure = {
  value: number | null;
  text: string;
  numerator: number | null;
  denominator: number | null;
  method: string;
  colleges: number;
};
type Tables = {
  year: number;
  groups: { key: string | null; label: string }[];
  tables: { key: string; rows: { code: string; unit: string; figures: { group: string | null; current: Figure }[] }[] }[];
};
const row = (tables: Tables, code: string) => tables.tables.flatMap((t) => t.rows).find((r) => r.code === code)!;

let province: CollegeServer | undefined;
test.afterAll(async () => {
  await province?.stop();
});

test("the province registers the three, receives their packages, refuses a tampered one, and sums rates as Σplaced / Σgraduates", async () => {
  test.setTimeout(180_000);
  expect([...packages.keys()].sort(), "every college exported its package").toEqual(COLLEGES.map((c) => c.code).sort());
  province = await startCollegeServer({ offset: PROVINCE_OFFSET, prefix: "nianbao_e2e_three_province" });
  const admin = await setUp(province.base, "PROVINCE", { name: "某省教育厅" });
  for (const c of COLLEGES)
    await ok(
      await admin.post("/api/v1/province/colleges", { data: { code: c.code, name: c.name, type: c.typeWord, city: c.city } }),
      201,
      `register ${c.name}`,
    );
  const listed = await ok<{ items: { code: string; type: string }[] }>(await admin.get("/api/v1/province/colleges"), 200, "register");
  expect(listed.items.map((c) => c.code).sort()).toEqual(COLLEGES.map((c) => c.code).sort());

  // Before any package the tables are empty, and a bad query is refused with the reason in both languages.
  expect(await ok(await admin.get(`/api/v1/province/tables?year=${YEAR}`), 200, "empty tables")).toMatchObject({ years: [], tables: [] });
  const bad = await admin.get("/api/v1/province/tables?year=24&group=district");
  expect(bad.status()).toBe(400);
  const refusal = (await bad.json()).error;
  expect(refusal.fieldErrors.year[0]).toContain("年度应在2000至2100之间");
  expect(refusal.fieldErrors.group[0]).toContain("group must be all, type or city");

  for (const c of COLLEGES) {
    const received = await ok<{ status: string; college: { code: string }; current: boolean }>(
      await admin.post("/api/v1/province/submissions", {
        data: Buffer.from(packages.get(c.code)!),
        headers: { "Content-Type": "application/zip" },
      }),
      201,
      `hand-in of ${c.name}`,
    );
    expect(received).toMatchObject({ status: "received", college: { code: c.code }, current: true });
  }
  // One number changed, the manifest unchanged: refused, report.json's hash named.
  const forged = await admin.post("/api/v1/province/submissions", {
    data: Buffer.from(tampered(packages.get(COLLEGES[0]!.code)!)),
    headers: { "Content-Type": "application/zip" },
  });
  expect(forged.status()).toBe(400);
  const problems: string[] = (await forged.json()).error.fieldErrors.package;
  // The same size (950 → 951), so the hash is the one problem.
  expect(problems).toEqual([expect.stringContaining("report.json 的 SHA-256 与清单不符")]);

  const tables = await ok<Tables>(await admin.get(`/api/v1/province/tables?year=${YEAR}`), 200, "tables");
  expect(tables.year).toBe(YEAR);
  const rate = row(tables, "SC02").figures[0]!.current;
  expect(rate).toMatchObject({ method: "ratio", numerator: SUM_PLACED, denominator: SUM_GRADUATES, colleges: 3, text: PROVINCE_RATE });
  expect(((SUM_PLACED / SUM_GRADUATES) * 100).toFixed(2)).toBe(PROVINCE_RATE);
  const average = COLLEGES.reduce((s, c) => s + (c.placed / c.graduates) * 100, 0) / COLLEGES.length;
  expect(average.toFixed(2)).toBe(AVERAGE_OF_RATES);
  expect(rate.text).not.toBe(AVERAGE_OF_RATES);
  // Count rows add up: the scorecard's graduates and the service table's placed.
  expect(row(tables, "SC01").figures[0]!.current).toMatchObject({ method: "sum", value: SUM_GRADUATES, text: String(SUM_GRADUATES) });
  expect(row(tables, "SV02").figures[0]!.current).toMatchObject({
    method: "sum",
    value: SUM_PLACED,
    text: String(SUM_PLACED),
    colleges: 3,
  });

  // By type: each type is its one college's own rate; by city: 泉溪市's two colleges are (950+360)/(1000+400).
  const byType = await ok<Tables>(await admin.get(`/api/v1/province/tables?year=${YEAR}&group=type`), 200, "tables by type");
  expect(byType.groups.map((g) => g.key)).toEqual(["SECONDARY", "HIGHER", "UNDERGRADUATE"]);
  expect(row(byType, "SC02").figures.map((f) => f.current.text)).toEqual(["50.00", "95.00", "90.00"]);
  const byCity = await ok<Tables>(await admin.get(`/api/v1/province/tables?year=${YEAR}&group=city`), 200, "tables by city");
  const quanxi = row(byCity, "SC02").figures.find((f) => f.group === "泉溪市")!.current;
  expect(quanxi).toMatchObject({ numerator: 1310, denominator: 1400, text: "93.57" });

  // The tables are the office's: an anonymous caller is refused.
  const anonymous = await request.newContext({ baseURL: province.base });
  expect((await anonymous.get(`/api/v1/province/tables?year=${YEAR}`)).status()).toBe(401);
  await anonymous.dispose();
  await admin.dispose();
});

test("the province publishes its own report quoting the aggregate through {{province.SC02}}", async () => {
  test.setTimeout(180_000);
  expect(province, "the province is up").toBeDefined();
  const base = province!.base;
  const admin = await signedIn(base, "admin");
  await addUser(admin, "leader", "LEADER");
  await ok(await admin.post("/api/v1/years", { data: { year: YEAR, academicYear: "2023-2024", source: "province-2024" } }), 201, "year");
  const outline = await ok<{ sections: { key: string; level: number; version: number }[] }>(
    await admin.get(`/api/v1/years/${YEAR}/outline`),
    200,
    "outline",
  );
  const section = outline.sections.find((s) => s.level === 2)!;
  await ok(
    await admin.put(`/api/v1/years/${YEAR}/outline/${section.key}/narrative`, {
      data: { narrative: "本年度全省参与报送学校的毕业去向落实率为{{province.SC02}}。", version: section.version },
    }),
    200,
    "narrative",
  );
  const leader = await signedIn(base, "leader");
  await signOffAndPublish(admin, leader, "全省汇总首发");
  const page = await request.newContext({ baseURL: base });
  const html = await (await page.get(`/reports/${YEAR}`)).text();
  // The token prints the aggregate with its unit, as the tables API printed it.
  expect(html).toContain(`毕业去向落实率为<span class="metric" data-token="province.SC02">${PROVINCE_RATE}%</span>`);
  // Its home lists the report without a college's cards (graduates, income, awards: all "—" here) or records.
  const home = await (await page.get("/")).text();
  expect(home).toContain(`href="/reports/${YEAR}"`);
  expect(home).not.toContain("data-stat=");
  expect(home).not.toContain("data-year-comparison");
  expect(home).not.toContain(`/records?year=${YEAR}`);
  for (const c of [admin, leader, page]) await c.dispose();
});
