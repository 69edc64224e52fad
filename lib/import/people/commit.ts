import { randomInt } from "node:crypto";
import type { MaybeActor } from "../../auth/actor";
import { audit, changedFields } from "../../audit/log";
import { hashOneTimePassword, hashPassword } from "../../auth/password";
import { passwordProblem } from "../../auth/password-strength";
import { authorize } from "../../auth/policy";
import { AppError } from "../../errors";
import type { PrismaClient, Role } from "../../generated/prisma/client";
import { bi } from "../../i18n/bilingual";
import { db } from "../../server/db";
import { isUniqueViolation } from "../../server/db-errors";
import type { RawRow } from "../parse";
import { SHEET_LABELS, type PeopleSheet } from "./columns";
import { validateDepartments, validateUsers, type PeopleIssue, type UserRow } from "./validate";

/**
 * Saves a departments or users sheet: every row or none, in one transaction with one audit row
 * per department or user. The sheet is validated again here, so a preview that went stale (a
 * colleague created the same user meanwhile) is refused rather than half-imported.
 */
export type OneTimePassword = { username: string; displayName: string; password: string };
export type PeopleCommit = { created: { id: string; name: string }[]; oneTimePasswords: OneTimePassword[] };

const TX = { timeout: 120_000, maxWait: 30_000 };

/** The sheet still has problems: all of them, so the API can show them like the preview. */
export class PeopleSheetRefused extends AppError {
  constructor(readonly issues: PeopleIssue[]) {
    super(
      "INVALID",
      bi(`表格中有 ${issues.length} 处错误，未导入任何数据`, `the sheet has ${issues.length} problems: nothing was imported`),
    );
  }
}

const changedMeanwhile = () =>
  new AppError("CONFLICT", bi("导入期间已有同名的部门或用户被创建，请重新上传预览", "a name was taken meanwhile: upload again"));

// No 0/O, 1/l/I: read aloud or copied from paper without doubt.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

/** 16 random characters in groups of four (about 93 bits), strong by our own rule. */
export function oneTimePassword(): string {
  for (;;) {
    const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]!);
    const password = [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
    if (!passwordProblem(password)) return password;
  }
}

export async function importDepartments(options: { actor: MaybeActor; rows: RawRow[]; ip?: string | null; prisma?: PrismaClient }) {
  authorize(options.actor, "departments.manage");
  const prisma = options.prisma ?? db();
  const sheet = await validateDepartments({ rows: options.rows, prisma });
  if (sheet.issues.length) throw new PeopleSheetRefused(sheet.issues);
  if (!sheet.valid.length) throw new AppError("INVALID", bi("没有可导入的行", "there are no rows to import"));
  try {
    return await prisma.$transaction(async (tx) => {
      const last = (await tx.department.aggregate({ _max: { sortOrder: true } }))._max.sortOrder ?? 0;
      const created: PeopleCommit["created"] = [];
      for (const [i, { data }] of sheet.valid.entries()) {
        const code = `D${Date.now().toString(36).toUpperCase()}${randomInt(36 ** 4)
          .toString(36)
          .toUpperCase()}`;
        const department = await tx.department.create({
          data: { name: data.name, shortName: data.shortName, code, active: data.active, sortOrder: data.order ?? last + i + 1 },
        });
        await audit(tx, {
          actor: options.actor,
          action: "DEPARTMENT_CREATE",
          entityType: "Department",
          entityId: department.id,
          ip: options.ip,
          reason: "import",
          changes: changedFields(null, { name: department.name, shortName: department.shortName, code, active: department.active }),
        });
        created.push({ id: department.id, name: department.name });
      }
      return { created, oneTimePasswords: [] } satisfies PeopleCommit;
    }, TX);
  } catch (err) {
    if (isUniqueViolation(err)) throw changedMeanwhile();
    throw err;
  }
}

export async function importUsers(options: { actor: MaybeActor; rows: RawRow[]; ip?: string | null; prisma?: PrismaClient }) {
  authorize(options.actor, "users.manage");
  const prisma = options.prisma ?? db();
  const sheet = await validateUsers({ rows: options.rows, prisma });
  if (sheet.issues.length) throw new PeopleSheetRefused(sheet.issues);
  if (!sheet.valid.length) throw new AppError("INVALID", bi("没有可导入的行", "there are no rows to import"));
  // Hashing is the slow part (bcrypt): done before the transaction, not while it holds locks.
  const prepared: { data: UserRow; oneTime: string | null; passwordHash: string }[] = [];
  for (const { data } of sheet.valid) {
    const oneTime = data.password === null ? oneTimePassword() : null;
    const passwordHash = oneTime ? await hashOneTimePassword(oneTime) : await hashPassword(data.password!);
    prepared.push({ data, oneTime, passwordHash });
  }
  try {
    return await prisma.$transaction(async (tx) => {
      // Departments named in the sheet may have been deactivated since it was checked.
      const ids = [...new Set(prepared.map((p) => p.data.departmentId).filter((d): d is string => !!d))];
      const open = await tx.department.count({ where: { id: { in: ids }, active: true } });
      if (open !== ids.length) throw changedMeanwhile();
      const result: PeopleCommit = { created: [], oneTimePasswords: [] };
      for (const { data, oneTime, passwordHash } of prepared) {
        const user = await tx.user.create({
          data: {
            username: data.username,
            displayName: data.displayName,
            role: data.role as Role,
            departmentId: data.departmentId,
            passwordHash,
            mustChangePassword: oneTime !== null,
          },
        });
        await audit(tx, {
          actor: options.actor,
          action: "USER_CREATE",
          entityType: "User",
          entityId: user.id,
          ip: options.ip,
          reason: "import",
          changes: {
            ...changedFields(null, {
              username: user.username,
              displayName: user.displayName,
              role: user.role,
              departmentId: user.departmentId,
            }),
            // Whether a one-time password was issued, never the password.
            oneTimePassword: { before: null, after: oneTime !== null },
          },
        });
        result.created.push({ id: user.id, name: user.username });
        if (oneTime) result.oneTimePasswords.push({ username: user.username, displayName: user.displayName, password: oneTime });
      }
      return result;
    }, TX);
  } catch (err) {
    if (isUniqueViolation(err)) throw changedMeanwhile();
    throw err;
  }
}

export function importPeople(options: {
  sheet: PeopleSheet;
  actor: MaybeActor;
  rows: RawRow[];
  ip?: string | null;
  prisma?: PrismaClient;
}) {
  return options.sheet === "departments" ? importDepartments(options) : importUsers(options);
}

/** The policy question for a sheet, asked before anything is read. */
export function authorizeSheet(actor: MaybeActor, sheet: PeopleSheet) {
  authorize(actor, SHEET_LABELS[sheet].action);
}
