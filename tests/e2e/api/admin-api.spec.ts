import { expect } from "@playwright/test";
import { test } from "../support/axe";
import { apiAs, uniqueName } from "../support/auth";

/**
 * What an admin does in the screens can be scripted through /api/v1 under the same policy:
 * departments, users, years, outline, narratives and publishing.
 */
test("an admin scripts departments, users and a year; a reviewer writes a narrative and publishes; staff are refused", async ({
  baseURL,
}) => {
  const admin = await apiAs(baseURL!, "admin");
  const reviewer = await apiAs(baseURL!, "reviewer");
  const staff = await apiAs(baseURL!, "staff-a");
  const anonymous = await apiAs(baseURL!, null);

  const deptName = uniqueName("API部门");
  expect((await staff.post("/api/v1/departments", { data: { name: deptName } })).status()).toBe(403);
  const dept = await admin.post("/api/v1/departments", { data: { name: deptName, shortName: "API" } });
  expect(dept.status()).toBe(201);
  const department = await dept.json();
  const bad = await admin.post("/api/v1/departments", { data: { name: "" } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fieldErrors.name[0]).toContain("部门名称");

  const username = uniqueName("api")
    .replace(/[^a-z0-9-]/gi, "")
    .slice(0, 30);
  expect((await staff.post("/api/v1/users", { data: {} })).status()).toBe(403);
  const user = await admin.post("/api/v1/users", {
    data: { username, displayName: "接口用户", password: "Api-user-pass-2025", role: "STAFF", departmentId: department.id },
  });
  expect(user.status()).toBe(201);
  const created = await user.json();
  expect((await admin.patch(`/api/v1/users/${created.id}`, { data: { active: false } })).status()).toBe(200);
  const users = await (await admin.get("/api/v1/users")).json();
  expect(users.items.find((u: { username: string }) => u.username === username)).toMatchObject({
    active: false,
    departmentId: department.id,
  });
  expect(JSON.stringify(users)).not.toContain("passwordHash");
  expect((await anonymous.get("/api/v1/users")).status()).toBe(401);

  // A deactivated department leaves the public list; deleting one with a user is refused.
  expect((await admin.patch(`/api/v1/departments/${department.id}`, { data: { active: false } })).status()).toBe(200);
  const listed = await (await anonymous.get("/api/v1/departments")).json();
  expect(listed.items.map((d: { id: string }) => d.id)).not.toContain(department.id);
  expect((await admin.delete(`/api/v1/departments/${department.id}`)).status()).toBe(409);

  const year = 2015;
  expect((await reviewer.post("/api/v1/years", { data: { year, academicYear: "2014-2015", source: "2024" } })).status()).toBe(403);
  const opened = await admin.post("/api/v1/years", { data: { year, academicYear: "2014-2015", source: "2024", deadline: "2015-06-30" } });
  expect(opened.status()).toBe(201);
  // Opening from a rule pack carries nothing; the answer says so. The report's title is set through the API too.
  expect(await opened.json()).toMatchObject({
    year,
    state: "OPEN",
    deadline: "2015-06-30",
    carried: 0,
    title: "职业教育质量报告（2015年度）",
  });
  const titled = await admin.patch(`/api/v1/years/${year}`, { data: { title: "2015年度接口学院质量报告" } });
  expect(await titled.json()).toMatchObject({ year, title: "2015年度接口学院质量报告", customTitle: true });
  expect((await (await anonymous.get("/api/v1/years")).json()).items.find((y: { year: number }) => y.year === year).title).toBe(
    "2015年度接口学院质量报告",
  );

  expect((await staff.get(`/api/v1/years/${year}/outline`)).status()).toBe(403);
  const outline = await (await reviewer.get(`/api/v1/years/${year}/outline`)).json();
  const section = outline.sections.find((s: { level: number }) => s.level === 2);
  const text = `接口写入的叙述 ${uniqueName("n")}`;
  const written = await reviewer.put(`/api/v1/years/${year}/outline/${section.key}/narrative`, {
    data: { narrative: text, version: section.version },
  });
  expect(written.status()).toBe(200);
  // The answer carries the new version, so a script can write again without reading first.
  expect(await written.json()).toEqual({ key: section.key, narrative: text, version: section.version + 1 });
  const stale = await reviewer.put(`/api/v1/years/${year}/outline/${section.key}/narrative`, {
    data: { narrative: "旧版本", version: section.version },
  });
  expect(stale.status()).toBe(409);
  const renamed = await admin.patch(`/api/v1/years/${year}/outline/${section.key}`, { data: { title: "接口改名的栏目" } });
  expect(renamed.status()).toBe(200);

  expect((await staff.post(`/api/v1/years/${year}/editions`)).status()).toBe(403);
  // Open warnings (here: sections without text) are named, and publishing needs them confirmed by code.
  const unconfirmed = await reviewer.post(`/api/v1/years/${year}/editions`, { data: { note: "接口发布" } });
  expect(unconfirmed.status()).toBe(409);
  const named: string[] = (await unconfirmed.json()).error.fieldErrors.acknowledge;
  expect(named.some((w) => w.startsWith("NO_NARRATIVE"))).toBe(true);
  const published = await reviewer.post(`/api/v1/years/${year}/editions`, {
    data: { note: "接口发布", acknowledge: named.map((w) => w.split(":")[0]) },
  });
  expect(published.status()).toBe(201);
  expect((await published.json()).note).toBe("接口发布");
  expect((await published.json()).version).toBe(1);
  const editions = await (await anonymous.get(`/api/v1/years/${year}/editions`)).json();
  expect(editions.items).toHaveLength(1);
  expect((await (await anonymous.get("/api/v1/years")).json()).items.find((y: { year: number }) => y.year === year).state).toBe(
    "PUBLISHED",
  );

  // Archived: read-only for everyone, through the API as in the screens.
  expect((await admin.patch(`/api/v1/years/${year}`, { data: { state: "ARCHIVED" } })).status()).toBe(200);
  const refused = await reviewer.put(`/api/v1/years/${year}/outline/${section.key}/narrative`, {
    data: { narrative: "归档后", version: section.version + 1 },
  });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.message).toContain("已归档");
  expect((await reviewer.post(`/api/v1/years/${year}/editions`)).status()).toBe(409);

  // 学校设置 is a partial update: one field, no name; staff are refused.
  const college = await (await anonymous.get("/api/v1/institution")).json();
  expect((await staff.patch("/api/v1/institution", { data: { shortName: college.shortName } })).status()).toBe(403);
  const partial = await admin.patch("/api/v1/institution", { data: { shortName: college.shortName } });
  expect(partial.status(), await partial.text()).toBe(200);
  expect(await partial.json()).toEqual(college);

  for (const c of [admin, reviewer, staff, anonymous]) await c.dispose();
});

test("the records API refuses what the form refuses, with the same code and message, and reads 1,200 as 1200 (issue 20)", async ({
  baseURL,
}) => {
  const staff = await apiAs(baseURL!, "staff-a");
  const message =
    "获奖日期应在2021-2022学年内（2021-09-01 至 2022-08-31）（Date must fall within the academic year 2021-2022 (2021-09-01 to 2022-08-31)）";
  const refused = await staff.post("/api/v1/records/competition-awards", {
    data: {
      year: 2022,
      data: {
        competition: uniqueName("接口越界赛"),
        level: "NATIONAL",
        prizes: [{ prize: "二等奖", count: 2, unit: "人次" }],
        awardedOn: "2023-05-01",
      },
    },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error).toMatchObject({ code: "INVALID", message, fieldErrors: { awardedOn: [message] } });

  const created = await staff.post("/api/v1/records/employment", {
    data: { year: 2022, data: { cohort: 2022, majorName: uniqueName("接口千分位"), graduates: "1,200", placed: "1，150" } },
  });
  expect(created.status()).toBe(201);
  expect(await created.json()).toMatchObject({ graduates: 1200, placed: 1150 });
});
