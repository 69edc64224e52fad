import { AppError } from "../../errors";
import { passwordProblem } from "../../auth/password-strength";
import { ZDepartment } from "../../departments/schema";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { bi } from "../../i18n/bilingual";
import { enumLabel } from "../../records/labels";
import { departmentProblem, ZUsername } from "../../users/schema";
import { normalizeHeader } from "../columns";
import type { CellValue, RawRow } from "../parse";
import { EXAMPLE_MARK } from "../template";
import { PEOPLE_COLUMNS, roleLookup, type PeopleColumn, type PeopleSheet } from "./columns";

/**
 * Rows of a departments or users spreadsheet → the rows to create, with every problem as
 * { row, column, message } in the sheet's own terms. Refused: rows repeating an earlier row or an
 * existing department/user, unknown or deactivated departments, staff and department heads without
 * a department (the user form's rule) and weak passwords. Nothing is written here; commit.ts runs the same check again before saving.
 */
export type PeopleIssue = { row: number; column: string; message: string };
export type DepartmentRow = { name: string; shortName: string | null; order: number | null; active: boolean };
export type UserRow = {
  username: string;
  displayName: string;
  role: string;
  departmentId: string | null;
  departmentName: string | null;
  /** null: a one-time password is generated at commit. */
  password: string | null;
};
export type PeopleValidation<R> = {
  /** Headers found, in sheet order. */
  mapped: PeopleColumn[];
  ignoredHeaders: string[];
  total: number;
  valid: { row: number; data: R }[];
  issues: PeopleIssue[];
};

type Client = PrismaClient | Prisma.TransactionClient;

const isBlank = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const text = (v: CellValue | undefined): string =>
  isBlank(v)
    ? ""
    : v instanceof Date
      ? v.toISOString().slice(0, 10)
      : String(v)
          .replace(/\u3000/g, " ")
          .trim();
const fold = (s: string) => s.replace(/\s+/g, "").toLowerCase();

/** The header row (one of the first ten) that names the most columns, and where each column is. */
function findHeader(sheet: PeopleSheet, rows: RawRow[]) {
  const lookup = new Map<string, PeopleColumn>();
  for (const c of PEOPLE_COLUMNS[sheet]) for (const name of [c.zh, c.en, c.field]) lookup.set(normalizeHeader(name), c);
  let best: { at: number; index: Map<string, number>; ignored: string[] } | null = null;
  for (let at = 0; at < Math.min(rows.length, 10); at++) {
    const index = new Map<string, number>();
    const ignored: string[] = [];
    rows[at]!.values.forEach((v, i) => {
      if (isBlank(v)) return;
      const column = lookup.get(normalizeHeader(text(v)));
      if (column && !index.has(column.field)) index.set(column.field, i);
      else ignored.push(text(v));
    });
    if (index.size > (best?.index.size ?? 0)) best = { at, index, ignored };
  }
  const columns = PEOPLE_COLUMNS[sheet];
  if (!best) {
    throw new AppError(
      "INVALID",
      bi(
        `没有找到表头行：第一行应为列名，如 ${columns.map((c) => c.zh).join("、")}。请使用下载的模板`,
        "no header row found: the first row must name the columns; please use the downloaded template",
      ),
    );
  }
  const missing = columns.filter((c) => c.required && !best.index.has(c.field));
  if (missing.length) {
    throw new AppError(
      "INVALID",
      bi(`缺少必填列：${missing.map((c) => c.zh).join("、")}`, `missing required columns: ${missing.map((c) => c.en).join(", ")}`),
    );
  }
  return best;
}

/** Data rows after the header: the English header line and the template's example rows are skipped. */
function* dataRows(sheet: PeopleSheet, rows: RawRow[]) {
  const header = findHeader(sheet, rows);
  const english = new Set(PEOPLE_COLUMNS[sheet].map((c) => normalizeHeader(c.en)));
  for (let i = header.at + 1; i < rows.length; i++) {
    const { row, values } = rows[i]!;
    const cells = new Map([...header.index].map(([field, at]) => [field, values[at] ?? null]));
    if ([...cells.values()].every(isBlank)) continue;
    if (i === header.at + 1 && [...cells.values()].every((v) => isBlank(v) || english.has(normalizeHeader(text(v))))) continue;
    const first = [...cells.values()].find((v) => !isBlank(v));
    if (typeof first === "string" && first.trim().startsWith(EXAMPLE_MARK)) continue;
    yield { row, cell: (field: string) => cells.get(field) ?? null, header };
  }
}

function mappedOf(sheet: PeopleSheet, rows: RawRow[]) {
  const header = findHeader(sheet, rows);
  return { mapped: PEOPLE_COLUMNS[sheet].filter((c) => header.index.has(c.field)), ignoredHeaders: header.ignored };
}

const col = (sheet: PeopleSheet, field: string) => PEOPLE_COLUMNS[sheet].find((c) => c.field === field)!.zh;
const repeats = (first: number) => bi(`与第 ${first} 行重复`, `repeats row ${first}`);

function yes(v: CellValue): boolean | null {
  if (isBlank(v)) return true;
  if (typeof v === "boolean") return v;
  const s = fold(text(v));
  if (/^(是|启用|true|yes|y|1|√|✓)$/.test(s)) return true;
  if (/^(否|停用|false|no|n|0|×|✗)$/.test(s)) return false;
  return null;
}

export async function validateDepartments(options: { rows: RawRow[]; prisma: Client }): Promise<PeopleValidation<DepartmentRow>> {
  const result: PeopleValidation<DepartmentRow> = { ...mappedOf("departments", options.rows), total: 0, valid: [], issues: [] };
  const existing = new Set((await options.prisma.department.findMany({ select: { name: true } })).map((d) => fold(d.name)));
  const seen = new Map<string, number>();
  for (const { row, cell } of dataRows("departments", options.rows)) {
    result.total++;
    const before = result.issues.length;
    const issue = (field: string, message: string) => result.issues.push({ row, column: col("departments", field), message });
    const parsed = ZDepartment.pick({ name: true, shortName: true }).safeParse({
      name: text(cell("name")),
      shortName: text(cell("shortName")),
    });
    if (!parsed.success) for (const i of parsed.error.issues) issue(String(i.path[0] ?? "name"), i.message);
    const name = parsed.success ? parsed.data.name : text(cell("name"));
    if (name) {
      const key = fold(name);
      if (seen.has(key)) issue("name", repeats(seen.get(key)!));
      else if (existing.has(key)) issue("name", bi(`部门「${name}」已存在`, `the department "${name}" already exists`));
      if (!seen.has(key)) seen.set(key, row);
    }
    let order: number | null = null;
    if (!isBlank(cell("order"))) {
      const n = Number(text(cell("order")));
      if (Number.isInteger(n) && n >= 0 && n <= 100_000) order = n;
      else issue("order", bi("排序应为 0 到 100000 之间的整数", "order must be a whole number from 0 to 100000"));
    }
    const active = yes(cell("active"));
    if (active === null) issue("active", bi(`“${text(cell("active"))}”应为 是 或 否`, `"${text(cell("active"))}" must be yes or no`));
    if (result.issues.length === before && parsed.success) {
      result.valid.push({ row, data: { name, shortName: parsed.data.shortName ?? null, order, active: active ?? true } });
    }
  }
  return result;
}

export async function validateUsers(options: { rows: RawRow[]; prisma: Client }): Promise<PeopleValidation<UserRow>> {
  const result: PeopleValidation<UserRow> = { ...mappedOf("users", options.rows), total: 0, valid: [], issues: [] };
  const [users, departments] = await Promise.all([
    options.prisma.user.findMany({ select: { username: true } }),
    options.prisma.department.findMany({ select: { id: true, name: true, shortName: true, code: true, active: true } }),
  ]);
  const taken = new Set(users.map((u) => u.username.toLowerCase()));
  const departmentBy = new Map<string, (typeof departments)[number]>();
  // Names first, so a short name never hides another department's full name.
  for (const d of departments) for (const n of [d.code, d.shortName]) if (n) departmentBy.set(fold(n), d);
  for (const d of departments) departmentBy.set(fold(d.name), d);
  const roles = roleLookup();
  const seen = new Map<string, number>();

  for (const { row, cell } of dataRows("users", options.rows)) {
    result.total++;
    const before = result.issues.length;
    const issue = (field: string, message: string) => result.issues.push({ row, column: col("users", field), message });

    const u = ZUsername.safeParse(text(cell("username")));
    const username = u.success ? u.data : "";
    if (!u.success)
      issue("username", isBlank(cell("username")) ? bi("用户名必须填写", "username is required") : u.error.issues[0]!.message);
    else if (seen.has(username.toLowerCase())) issue("username", repeats(seen.get(username.toLowerCase())!));
    else if (taken.has(username.toLowerCase())) issue("username", bi(`用户名「${username}」已存在`, `the username "${username}" is taken`));
    if (username && !seen.has(username.toLowerCase())) seen.set(username.toLowerCase(), row);

    const displayName = text(cell("displayName"));
    if (!displayName) issue("displayName", bi("姓名必须填写", "display name is required"));
    else if (displayName.length > 50) issue("displayName", bi("姓名不能超过50个字符", "display name: at most 50 characters"));

    const roleText = text(cell("role"));
    const role = roles.get(fold(roleText));
    if (!roleText) issue("role", bi("角色必须填写", "role is required"));
    else if (!role) {
      const choices = [...new Set(roles.values())].map((r) => enumLabel(r)).join("、");
      issue("role", bi(`“${roleText}”不是有效的角色，可选：${choices}`, `"${roleText}" is not a valid role`));
    }

    const departmentText = text(cell("department"));
    const department = departmentText ? departmentBy.get(fold(departmentText)) : undefined;
    if (departmentText && !department) {
      issue("department", bi(`没有名为「${departmentText}」的部门`, `there is no department named "${departmentText}"`));
    } else if (department && !department.active) {
      issue("department", bi(`部门「${department.name}」已停用`, `the department "${department.name}" is deactivated`));
    } else if (role && departmentProblem(role, department?.id)) {
      // The user form's rule (lib/users/schema.ts): a department head needs one as staff do.
      issue("department", departmentProblem(role, department?.id)!);
    }

    const password = isBlank(cell("password")) ? null : String(cell("password"));
    if (password !== null) {
      const problem = passwordProblem(password, username);
      if (problem) issue("password", problem);
    }

    if (result.issues.length === before && role) {
      result.valid.push({
        row,
        data: {
          username,
          displayName,
          role,
          departmentId: department?.id ?? null,
          departmentName: department?.name ?? null,
          password,
        },
      });
    }
  }
  return result;
}

export function validatePeople(options: { sheet: PeopleSheet; rows: RawRow[]; prisma: Client }) {
  return options.sheet === "departments" ? validateDepartments(options) : validateUsers(options);
}
