import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";

/**
 * Translates database refusals (CHECK, foreign key, unique) into AppErrors with a clear message.
 * zod catches these first in normal use; this covers imports, races and direct calls.
 */
const CONSTRAINT_MESSAGES: [RegExp, string][] = [
  [/passed_le_examined/, bi("通过人数不能大于考证人数", "passed cannot exceed examined")],
  [/placed_le_graduates/, bi("落实去向人数不能大于毕业生数", "placed cannot exceed graduates")],
  [/Major_code_format/, bi("专业代码应为6位数字，可带后缀K", "major code must be 6 digits with an optional K")],
  [/nonnegative|prizes_valid/, bi("数量不能为负数", "counts must not be negative")],
  [/rates_are_percentages/, bi("比例必须在0到100之间", "rates must be between 0 and 100")],
  [/quantity_positive/, bi("册数至少为1", "quantity must be at least 1")],
  [/_year_fkey/, bi("该年度不存在，请先由管理员创建年度", "that report year does not exist")],
  [/_departmentId_fkey/, bi("部门不存在", "that department does not exist")],
];

function describe(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const o = e as { message?: unknown; meta?: unknown; cause?: unknown; constraint?: unknown };
    if (typeof o.message === "string") parts.push(o.message);
    if (o.meta) parts.push(JSON.stringify(o.meta));
    if (typeof o.constraint === "string") parts.push(o.constraint);
    e = o.cause;
  }
  return parts.join(" | ");
}

export function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  const text = describe(err);
  for (const [pattern, message] of CONSTRAINT_MESSAGES) if (pattern.test(text)) return new AppError("INVALID", message);
  const code = (err as { code?: string }).code;
  if (code === "P2003" || /foreign key/i.test(text))
    return new AppError("INVALID", bi("关联的数据不存在", "a referenced record does not exist"));
  if (code === "P2002" || /Unique constraint/i.test(text))
    return new AppError("CONFLICT", bi("已存在相同的记录", "a record with the same key already exists"));
  if (/check constraint/i.test(text)) return new AppError("INVALID", bi("数据不符合规则", "the data breaks a rule"));
  return null;
}

/** A refusal by a foreign key (e.g. deleting a row that others still point at). */
export function isForeignKeyViolation(err: unknown): boolean {
  return (err as { code?: string }).code === "P2003" || /foreign key/i.test(describe(err));
}

export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string }).code === "P2002" || /Unique constraint/i.test(describe(err));
}

/** Runs database work, turning a refusal the database explains into its AppError (the one home: records, import). */
export async function withDbErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw toAppError(err) ?? err;
  }
}
