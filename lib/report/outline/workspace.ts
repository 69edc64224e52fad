import "server-only";
import type { MaybeActor } from "../../auth/actor";
import { deny, may } from "../../auth/policy";
import type { PrismaClient } from "../../generated/prisma/client";
import { countChars, plainText } from "../checks/rule-pack";
import { db } from "../../server/db";
import { printed } from "../../text";
import { assembleDocument } from "../engine/build";
import { rowsOf } from "../model/data";
import { loadReportData } from "../engine/load";
import type { ReportSection } from "../model/document";
import { resolveToken, TOKENS, withUnit } from "../tokens/tokens";

/**
 * What the narrative editor offers beside the text: every token by its Chinese label with its
 * current value and unit (the picker), and the year's length rule with the characters the rest of
 * the report already has (the counter). The quality office sees values with data under review, as
 * its preview does; a writer sees approved values only (another department's drafts stay hidden).
 */
/** A data item as the picker lists it: its Chinese label, group and current value with its unit (null: no data). */
export type TokenChoice = { token: string; label: string; group: string; unit: string; value: string | null };
export type LengthRule = { min: number; max: number; packName: string; total: number; bySection: Record<string, number> };
export type Workspace = { tokens: TokenChoice[]; length: LengthRule | null };

const GROUPS: Record<string, string> = {
  employment: "就业",
  certificates: "1+X证书",
  training: "社会培训",
  funding: "办学经费",
  awards: "竞赛获奖",
  majors: "专业",
  luban: "鲁班工坊",
  cases: "案例",
  indicator: "单项指标",
};

const PROVINCE_GROUP = "全省汇总";

export async function narrativeWorkspace(options: { actor: MaybeActor; year: number; prisma?: PrismaClient }): Promise<Workspace> {
  const { actor } = options;
  const office = may(actor, "narrative.edit");
  if (!office && actor?.role !== "STAFF") deny(actor);
  const prisma = options.prisma ?? db();
  const data = await loadReportData({ prisma, year: options.year, mode: office ? "preview" : "approved" });
  if (!data) return { tokens: [], length: null };
  const ctx = { year: options.year, data };
  const group = (token: string) => GROUPS[token.split(".")[0]!] ?? "其他";
  const computed = Object.keys(TOKENS).map((token) => {
    const r = resolveToken(ctx, token)!; // a registry key always resolves
    return { token, label: r.label, group: group(token), unit: r.unit, value: withUnit(r) };
  });
  const indicators = rowsOf(data, "indicator", options.year).map((row) => {
    const token = `indicator.${printed(row.key)}`;
    const r = resolveToken(ctx, token)!; // indicator.* always resolves
    return { token, label: r.label, group: GROUPS.indicator!, unit: r.unit, value: withUnit(r) };
  });

  // A province's report quotes its aggregates by row code (named as its pack names the row); a college's computed tokens have no data there.
  const rowLabels = new Map(data.rulePack.indicatorTables.flatMap((t) => t.rows.map((r) => [r.code, r.label] as const)));
  const aggregated = [...(data.province?.get(options.year)?.keys() ?? [])]
    .filter((code) => !/\.(numerator|denominator)$/.test(code))
    .map((code) => {
      const token = `province.${code}`;
      const r = resolveToken(ctx, token)!; // province.* always resolves
      return { token, label: rowLabels.get(code) ?? r.label, group: PROVINCE_GROUP, unit: r.unit, value: withUnit(r) };
    });

  const document = assembleDocument(data);
  const bySection: Record<string, number> = {};
  let total = 0;
  const visit = (s: ReportSection) => {
    const own = countChars(plainText(s.html));
    bySection[s.key] = own;
    total += own + s.blocks.reduce((n, b) => n + (b.type === "case" ? countChars(plainText(b.html)) : 0), 0);
    s.sections.forEach(visit);
  };
  document.chapters.forEach(visit);
  const { min, max } = data.rulePack.lengthRules.mainText;
  return {
    tokens: data.province ? aggregated : [...computed, ...indicators],
    length: { min, max, packName: data.rulePack.name, total, bySection },
  };
}
