// Departments and users from a spreadsheet (issue 11, item 3): the same preview-then-commit flow
// as record import, all or nothing, audited, with one-time passwords shown once and changed at
// first sign-in.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword, needsRehash } from "../../lib/auth/password";
import { PEOPLE_COLUMNS, type PeopleSheet } from "../../lib/import/people/columns";
import { importDepartments, importUsers, oneTimePassword, PeopleSheetRefused } from "../../lib/import/people/commit";
import { buildPeopleTemplate } from "../../lib/import/people/template";
import { validatePeople, validateUsers } from "../../lib/import/people/validate";
import { parseSpreadsheet } from "../../lib/import/parse";
import { ZNewUser } from "../../lib/users/schema";
import { changeOwnPassword } from "../../lib/users/service";
import { demoDatabase } from "../support/database";
import { outcome } from "../support/errors";

/** A workbook as an admin would fill it: Chinese headers, then rows. */
async function sheet(kind: PeopleSheet, rows: (string | number | null)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("数据");
  ws.addRow(PEOPLE_COLUMNS[kind].map((c) => c.zh));
  for (const r of rows) ws.addRow(r);
  return (await parseSpreadsheet(new Uint8Array(await wb.xlsx.writeBuffer()))).rows;
}

describe("people import", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  beforeAll(async () => {
    database = await demoDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("the templates parse back with their example rows skipped and nothing to import", async () => {
    for (const kind of ["departments", "users"] as const) {
      const rows = (await parseSpreadsheet(new Uint8Array(await buildPeopleTemplate(kind)))).rows;
      const r = await validatePeople({ sheet: kind, rows, prisma: database.prisma });
      expect(r.mapped.map((c) => c.field)).toEqual(PEOPLE_COLUMNS[kind].map((c) => c.field));
      expect(r.total).toBe(0);
      expect(r.issues).toEqual([]);
    }
  });

  it("only admins may import departments or users", async () => {
    const { prisma, actors } = database;
    const rows = await sheet("departments", [["不该出现学院", "", null, "是"]]);
    for (const who of ["reviewer", "staff-a"]) {
      expect(await outcome(importDepartments({ actor: actors[who]!, rows, prisma }))).toBe("FORBIDDEN");
      expect(await outcome(importUsers({ actor: actors[who]!, rows, prisma }))).toBe("FORBIDDEN");
    }
    expect(await outcome(importDepartments({ actor: null, rows, prisma }))).toBe("UNAUTHENTICATED");
    expect(await prisma.department.count({ where: { name: "不该出现学院" } })).toBe(0);
  });

  it("departments: a duplicate row or an existing name refuses the whole sheet; fixed, all are created in order, audited", async () => {
    const { prisma, actors } = database;
    const existing = (await prisma.department.findFirstOrThrow()).name;
    const bad = await sheet("departments", [
      ["湖畔智能制造学院", "湖智", 50, "是"],
      ["湖畔现代服务学院", "", null, null],
      ["湖畔智能制造学院", "", null, "是"],
      [existing, "", null, "是"],
      ["湖畔停办学院", "", "第三", "也许"],
    ]);
    const refused = await importDepartments({ actor: actors.admin!, rows: bad, prisma }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PeopleSheetRefused);
    const issues = (refused as PeopleSheetRefused).issues;
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [4, "部门名称"],
      [5, "部门名称"],
      [6, "排序"],
      [6, "启用"],
    ]);
    expect(issues[0]!.message).toContain("与第 2 行重复");
    expect(issues[1]!.message).toContain("已存在");
    expect(await prisma.department.count({ where: { name: { startsWith: "湖畔" } } })).toBe(0);

    const good = await sheet("departments", [
      ["湖畔智能制造学院", "湖智", 50, "是"],
      ["湖畔现代服务学院", "", null, null],
      ["湖畔停办学院", "", null, "否"],
    ]);
    const done = await importDepartments({ actor: actors.admin!, rows: good, prisma, ip: "10.1.2.3" });
    expect(done.created.map((c) => c.name)).toEqual(["湖畔智能制造学院", "湖畔现代服务学院", "湖畔停办学院"]);
    const rows = await prisma.department.findMany({ where: { name: { startsWith: "湖畔" } }, orderBy: { name: "asc" } });
    const by = new Map(rows.map((d) => [d.name, d]));
    expect(by.get("湖畔智能制造学院")).toMatchObject({ shortName: "湖智", sortOrder: 50, active: true });
    expect(by.get("湖畔现代服务学院")).toMatchObject({ shortName: null, active: true });
    expect(by.get("湖畔停办学院")!.active).toBe(false);
    expect(by.get("湖畔停办学院")!.sortOrder).toBeGreaterThan(by.get("湖畔现代服务学院")!.sortOrder);
    const audits = await prisma.auditLog.findMany({ where: { action: "DEPARTMENT_CREATE", entityId: { in: rows.map((d) => d.id) } } });
    expect(audits).toHaveLength(3);
    expect(audits.every((a) => a.actorId === actors.admin!.id && a.reason === "import" && a.ip === "10.1.2.3")).toBe(true);
  });

  it("users: refuses existing and repeated usernames, unknown or deactivated departments, staff without one, weak passwords", async () => {
    const { prisma, actors } = database;
    const department = (await prisma.department.findFirstOrThrow({ where: { active: true } })).name;
    const rows = await sheet("users", [
      ["staff-a", "重名", "系部填报员", department, null],
      ["hu.wei", "胡伟", "系部填报员", department, null],
      ["HU.WEI", "胡伟二", "审核员", null, null],
      ["li.na", "李娜", "系部填报员", "不存在学院", null],
      ["zhao.lei", "赵磊", "系部填报员", null, null],
      ["qian.yu", "钱雨", "管理员", null, "password1"],
      ["sun.li", "孙丽", "校长", null, null],
      ["zhou.min", "周敏", "系部填报员", "湖畔停办学院", null],
    ]);
    const preview = await validateUsers({ rows, prisma });
    expect(preview.total).toBe(8);
    expect(preview.valid.map((v) => v.data.username)).toEqual(["hu.wei"]);
    const at = (row: number) => preview.issues.filter((i) => i.row === row).map((i) => `${i.column}:${i.message}`);
    expect(at(2)[0]).toMatch(/^用户名:.*已存在/);
    expect(at(4)[0]).toMatch(/^用户名:与第 3 行重复/);
    expect(at(5)[0]).toMatch(/^部门:没有名为「不存在学院」的部门/);
    expect(at(6)[0]).toMatch(/^部门:系部填报员必须属于一个部门/);
    expect(at(7)[0]).toMatch(/^初始密码:密码至少10位/);
    expect(at(8)[0]).toMatch(/^角色:“校长”不是有效的角色/);
    expect(at(9)[0]).toMatch(/^部门:部门「湖畔停办学院」已停用/);
    expect(await outcome(importUsers({ actor: actors.admin!, rows, prisma }))).toBe("INVALID");
    expect(await prisma.user.count({ where: { username: "hu.wei" } })).toBe(0);
  });

  it("users: a department head without a department is refused with the user form's own message (issue 20)", async () => {
    const { prisma, actors } = database;
    const rows = await sheet("users", [["wang.head", "王主任", "部门负责人", null, null]]);
    const preview = await validateUsers({ rows, prisma });
    const form = ZNewUser.safeParse({ username: "wang.head", displayName: "王主任", password: "a-long-password-1", role: "DEPT_HEAD" });
    expect(form.success).toBe(false);
    expect(preview.valid).toEqual([]);
    expect(preview.issues).toEqual([{ row: 2, column: "部门", message: form.error!.issues[0]!.message }]);
    expect(await outcome(importUsers({ actor: actors.admin!, rows, prisma }))).toBe("INVALID");
    expect(await prisma.user.count({ where: { username: "wang.head" } })).toBe(0);
  });

  it("users: all created in one go; blank passwords become one-time passwords to change at first sign-in, never stored in plain", async () => {
    const { prisma, actors } = database;
    const department = await prisma.department.findFirstOrThrow({ where: { name: "湖畔智能制造学院" } });
    const strong = "Lakeside#2025x";
    const rows = await sheet("users", [
      ["hu.wei", "胡伟", "系部填报员", "湖畔智能制造学院", null],
      ["qian.yu", "钱雨", "Reviewer", null, strong],
      ["zheng.hao", "郑浩", "STAFF", "湖智", null],
    ]);
    const done = await importUsers({ actor: actors.admin!, rows, prisma, ip: "10.9.8.7" });
    expect(done.created.map((c) => c.name)).toEqual(["hu.wei", "qian.yu", "zheng.hao"]);
    expect(done.oneTimePasswords.map((p) => p.username)).toEqual(["hu.wei", "zheng.hao"]);
    const users = await prisma.user.findMany({
      where: { username: { in: ["hu.wei", "qian.yu", "zheng.hao"] } },
      orderBy: { username: "asc" },
    });
    const by = new Map(users.map((u) => [u.username, u]));
    expect(by.get("hu.wei")).toMatchObject({ role: "STAFF", departmentId: department.id, mustChangePassword: true });
    expect(by.get("zheng.hao")).toMatchObject({ role: "STAFF", departmentId: department.id, mustChangePassword: true });
    expect(by.get("qian.yu")).toMatchObject({ role: "REVIEWER", departmentId: null, mustChangePassword: false });
    const huPassword = done.oneTimePasswords[0]!.password;
    expect(await verifyPassword(huPassword, by.get("hu.wei")!.passwordHash)).toBe(true);
    expect(await verifyPassword(strong, by.get("qian.yu")!.passwordHash)).toBe(true);
    // Stored only as a hash (rehashed at today's cost at the first sign-in).
    expect(by.get("hu.wei")!.passwordHash).not.toContain(huPassword);
    expect(needsRehash(by.get("hu.wei")!.passwordHash!)).toBe(true);
    const audits = await prisma.auditLog.findMany({ where: { action: "USER_CREATE", entityId: { in: users.map((u) => u.id) } } });
    expect(audits).toHaveLength(3);
    const logged = JSON.stringify(audits.map((a) => a.changes));
    expect(logged).toContain("oneTimePassword");
    expect(logged).not.toContain(huPassword);
    expect(logged).not.toContain(strong);

    // Importing the same sheet again refuses every row: the usernames now exist.
    expect(await outcome(importUsers({ actor: actors.admin!, rows, prisma }))).toBe("INVALID");

    // The first own password change clears the flag; the one-time password stops working.
    const hu = { id: by.get("hu.wei")!.id, username: "hu.wei", displayName: "胡伟", role: "STAFF" as const, departmentId: department.id };
    const next = "Hu-Wei-own-2025";
    expect(await outcome(changeOwnPassword({ actor: hu, prisma, current: huPassword, next: huPassword, confirm: huPassword }))).toBe(
      "INVALID",
    );
    const changed = await changeOwnPassword({ actor: hu, prisma, current: huPassword, next, confirm: next });
    expect(changed.wasOneTime).toBe(true);
    const after = await prisma.user.findUniqueOrThrow({ where: { id: hu.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword(huPassword, after.passwordHash)).toBe(false);
    expect(await verifyPassword(next, after.passwordHash)).toBe(true);
  });

  it("one-time passwords are strong by the house rule and differ", () => {
    const seen = new Set(Array.from({ length: 50 }, () => oneTimePassword()));
    expect(seen.size).toBe(50);
    for (const p of seen) expect(p).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
  });
});
