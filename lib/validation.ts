import type { z } from "zod";
import { AppError } from "./errors";
import { bi } from "./i18n/bilingual";

/** Parses with a zod schema; a refusal becomes an INVALID AppError with the messages per field. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
  throw new AppError("INVALID", parsed.error.issues[0]?.message ?? bi("输入有误", "invalid input"), fieldErrors);
}
