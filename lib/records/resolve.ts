import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";
import { kindBySlug, type RecordKind } from "./kinds";

export function requireKind(slug: string): RecordKind {
  const kind = kindBySlug(slug);
  if (!kind) throw new AppError("NOT_FOUND", bi("没有这种数据类型", "unknown record kind"));
  return kind;
}
