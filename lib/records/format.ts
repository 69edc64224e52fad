import { enumLabel } from "../i18n/labels";
import type { Lang } from "../i18n/messages";
import { fixed } from "../report/decimal";
import type { Column } from "./kinds";
import type { TPrize } from "./schema";
import { printed } from "../text";

/** 二等奖 5人次，三等奖 5人次 — the prize lines of a 表1 row as printed in the report. */
export function formatPrizes(prizes: TPrize[]): string {
  return prizes.map((p) => (p.count != null ? `${p.prize} ${p.count}${p.unit ?? "人次"}` : p.prize)).join("，");
}

function trimDecimal(v: unknown): string {
  const s = String(v);
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

export function formatCell(value: unknown, column: Column, lang: Lang = "zh"): string {
  if (value === null || value === undefined || value === "") return "";
  switch (column.format) {
    case "level":
    case "enum":
      return enumLabel(printed(value), lang);
    case "prizes":
      return formatPrizes(value as TPrize[]);
    case "list":
      return (value as string[]).join("、");
    case "date":
      return value instanceof Date ? value.toISOString().slice(0, 10) : printed(value).slice(0, 10);
    case "percent":
      return `${fixed(printed(value), 2).replace(/\.?0+$/, "")}%`;
    case "decimal":
      return trimDecimal(value);
    default:
      return printed(value);
  }
}
