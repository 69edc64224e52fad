import type { MaybeActor } from "../auth/actor";
import { hashPassword } from "../auth/password";
import { authorize } from "../auth/policy";
import { audit, changedFields } from "../audit/log";
import { AppError } from "../errors";
import type { PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { parseSpreadsheet, type CellValue } from "../import/parse";
import { normalizeHeader } from "../import/columns";
import { requireDepartmentInstallation } from "../institution/kind";
import { COLLEGE_TYPE_LABELS } from "../package/schema";
import { db } from "../server/db";
import { isUniqueViolation } from "../server/db-errors";
import { parseWith } from "../validation";
import { ZCollege, ZCollegeAccount, type TCollege } from "./schema";

/**
 * Province mode's colleges register (学校名录): the colleges whose packages the department
 * accepts, by 学校标识码, each with its type and city (the aggregates' breakdowns) and at most a
 * few accounts of role COLLEGE that hand in for that college only.
 */
type Client = PrismaClient;

export async function listColleges(options: { actor: MaybeActor; prisma?: Client }) {
  const prisma = options.prisma ?? db();
  authorize(options.actor, "province.board");
  await requireDepartmentInstallation(prisma);
  return prisma.college.findMany({
    orderBy: [{ city: "asc" }, { code: "asc" }],
    include: { users: { where: { active: true }, select: { id: true, username: true, displayName: true } } },
  });
}

const codeTaken = (code: string) =>
  new AppError("CONFLICT", bi(`学校标识码 ${code} 已登记`, `college code ${code} is already registered`), {
    code: [bi("该学校标识码已登记", "this code is already registered")],
  });

export async function createCollege(options: { actor: MaybeActor; input: unknown; ip?: string | null; prisma?: Client }) {
  const prisma = options.prisma ?? db();
  authorize(options.actor, "colleges.manage");
  await requireDepartmentInstallation(prisma);
  const college = parseWith(ZCollege, options.input);
  try {
    return await prisma.$transaction(async (tx) => {
      const created = await tx.college.create({ data: college });
      await audit(tx, {
        actor: options.actor,
        action: "COLLEGE_CREATE",
        entityType: "College",
        entityId: created.id,
        ip: options.ip,
        changes: changedFields(null, college),
      });
      return created;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw codeTaken(college.code);
    throw err;
  }
}

export async function updateCollege(options: { actor: MaybeActor; id: string; input: unknown; ip?: string | null; prisma?: Client }) {
  const prisma = options.prisma ?? db();
  authorize(options.actor, "colleges.manage");
  await requireDepartmentInstallation(prisma);
  const college = parseWith(ZCollege, options.input);
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.college.findUnique({ where: { id: options.id } });
      if (!before) throw new AppError("NOT_FOUND", bi("没有这所学校", "no such college"));
      const updated = await tx.college.update({ where: { id: options.id }, data: college });
      await audit(tx, {
        actor: options.actor,
        action: "COLLEGE_UPDATE",
        entityType: "College",
        entityId: before.id,
        ip: options.ip,
        changes: changedFields({ code: before.code, name: before.name, type: before.type, city: before.city }, college),
      });
      return updated;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw codeTaken(college.code);
    throw err;
  }
}

/** A college's account (role COLLEGE): it hands in that college's packages and hears the board's reminders. */
export async function createCollegeAccount(options: {
  actor: MaybeActor;
  collegeId: string;
  input: unknown;
  ip?: string | null;
  prisma?: Client;
}) {
  const prisma = options.prisma ?? db();
  authorize(options.actor, "colleges.manage");
  await requireDepartmentInstallation(prisma);
  const account = parseWith(ZCollegeAccount, options.input);
  const college = await prisma.college.findUnique({ where: { id: options.collegeId } });
  if (!college) throw new AppError("NOT_FOUND", bi("没有这所学校", "no such college"));
  const passwordHash = await hashPassword(account.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { username: account.username, displayName: account.displayName, role: "COLLEGE", collegeId: college.id, passwordHash },
        select: { id: true, username: true, displayName: true },
      });
      await audit(tx, {
        actor: options.actor,
        action: "USER_CREATE",
        entityType: "User",
        entityId: user.id,
        ip: options.ip,
        changes: changedFields(null, { username: user.username, role: "COLLEGE", college: college.code }),
      });
      return user;
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError("CONFLICT", bi("用户名已存在", "that username is taken"), {
        username: [bi("用户名已存在", "that username is taken")],
      });
    throw err;
  }
}

/** The register's spreadsheet columns: headers in Chinese, English or the field name. */
export const COLLEGE_COLUMNS = [
  { field: "code", zh: "学校标识码", en: "Code" },
  { field: "name", zh: "学校名称", en: "Name" },
  { field: "type", zh: "办学类型", en: "Type" },
  { field: "city", zh: "所在城市", en: "City" },
] as const;

const text = (v: CellValue | undefined) => (v == null ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());

/**
 * A spreadsheet of colleges (学校标识码, 学校名称, 办学类型, 所在城市) → the register: each row
 * parsed with the form's schema; any bad row (or a code twice in the sheet) refuses the whole sheet,
 * every row's problem named by its row number. A code already registered is updated, a new one added.
 */
export async function importColleges(options: { actor: MaybeActor; bytes: Uint8Array; ip?: string | null; prisma?: Client }) {
  const prisma = options.prisma ?? db();
  authorize(options.actor, "colleges.manage");
  await requireDepartmentInstallation(prisma);
  const sheet = await parseSpreadsheet(options.bytes);
  const [header, ...rows] = sheet.rows;
  if (!header) throw new AppError("INVALID", bi("表格是空的", "the sheet is empty"));
  const wanted = new Map(COLLEGE_COLUMNS.flatMap((c) => [c.field, c.zh, c.en].map((h) => [normalizeHeader(h), c.field] as const)));
  const at = new Map<string, number>();
  header.values.forEach((v, i) => {
    const field = wanted.get(normalizeHeader(text(v)));
    if (field && !at.has(field)) at.set(field, i);
  });
  const absent = COLLEGE_COLUMNS.filter((c) => !at.has(c.field));
  if (absent.length)
    throw new AppError(
      "INVALID",
      bi(`表头缺少：${absent.map((c) => c.zh).join("、")}`, `missing columns: ${absent.map((c) => c.en).join(", ")}`),
    );
  const problems: string[] = [];
  const colleges: TCollege[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const input = Object.fromEntries(COLLEGE_COLUMNS.map((c) => [c.field, text(row.values[at.get(c.field)!])]));
    if (Object.values(input).every((v) => v === "")) continue;
    const parsed = ZCollege.safeParse(input);
    if (!parsed.success) {
      // Each message is bilingual already (the schema's bi()); the row is named in both languages.
      problems.push(`第 ${row.row} 行（row ${row.row}）：${parsed.error.issues.map((i) => i.message).join("；")}`);
      continue;
    }
    const earlier = seen.get(parsed.data.code);
    if (earlier)
      problems.push(
        bi(`第 ${row.row} 行：学校标识码 ${parsed.data.code} 与第 ${earlier} 行重复`, `row ${row.row}: code repeats row ${earlier}`),
      );
    seen.set(parsed.data.code, row.row);
    colleges.push(parsed.data);
  }
  if (problems.length)
    throw new AppError("INVALID", bi(`表格有 ${problems.length} 处错误，未导入任何学校`, `${problems.length} problems: nothing imported`), {
      file: problems,
    });
  if (colleges.length === 0) throw new AppError("INVALID", bi("表格中没有学校", "the sheet lists no college"));
  return prisma.$transaction(async (tx) => {
    const existing = new Map((await tx.college.findMany({ where: { code: { in: colleges.map((c) => c.code) } } })).map((c) => [c.code, c]));
    let created = 0;
    let updated = 0;
    for (const college of colleges) {
      const before = existing.get(college.code);
      if (!before) {
        const row = await tx.college.create({ data: college });
        await audit(tx, {
          actor: options.actor,
          action: "COLLEGE_CREATE",
          entityType: "College",
          entityId: row.id,
          ip: options.ip,
          changes: changedFields(null, college),
        });
        created++;
      } else if (before.name !== college.name || before.type !== college.type || before.city !== college.city) {
        await tx.college.update({ where: { id: before.id }, data: college });
        await audit(tx, {
          actor: options.actor,
          action: "COLLEGE_UPDATE",
          entityType: "College",
          entityId: before.id,
          ip: options.ip,
          changes: changedFields({ code: before.code, name: before.name, type: before.type, city: before.city }, college),
        });
        updated++;
      }
    }
    return { created, updated };
  });
}

export const collegeTypeLabel = (type: keyof typeof COLLEGE_TYPE_LABELS, lang: "zh" | "en" = "zh") => COLLEGE_TYPE_LABELS[type][lang];
