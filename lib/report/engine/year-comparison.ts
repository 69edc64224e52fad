import "server-only";
import type { PrismaClient } from "../../generated/prisma/client";
import { db } from "../../server/db";
import type { HeadlineFigure } from "../model/document";
import { publishedYearsCached } from "../editions/editions";
import { yearComparisonChart } from "./charts";
import { changeText } from "../tokens/year-over-year";

/**
 * The public home page's comparison of years, from the published editions only (never live
 * data): each edition froze its headline figures, and last year's as computed from last year's
 * approved records. The year before the first published one is shown when that edition has it.
 */

export type ComparedYear = {
  year: number;
  /** The edition the figures are read from (for the year before the first edition: that edition). */
  fromEdition: { year: number; version: number };
  values: Record<string, string | null>;
};
export type YearComparison = {
  figures: { token: string; label: string; unit: string }[];
  years: ComparedYear[];
  /** Newest year's change against the year before it, per token ("" when either is missing). */
  change: Record<string, string>;
};

// Editions never change: their headline figures are remembered by edition id.
// One per process, not per route bundle (Next evaluates a module once per bundle): kept on globalThis.
declare global {
  var __nianbaoHeadlines: Map<string, HeadlineFigure[] | null> | undefined;
}
const holder = globalThis;
const remembered = () => (holder.__nianbaoHeadlines ??= new Map<string, HeadlineFigure[] | null>());

async function headlineOf(prisma: PrismaClient, id: string): Promise<HeadlineFigure[] | null> {
  const cache = remembered();
  if (cache.has(id)) return cache.get(id) ?? null;
  // Only the headline out of the frozen document (hundreds of KB of JSON): the home page's cold start read it all.
  const rows = await prisma.$queryRaw<{ headline: HeadlineFigure[] | null }[]>`
    SELECT document->'headline' AS headline FROM "ReportEdition" WHERE id = ${id}`;
  const headline = rows[0]?.headline ?? null;
  cache.set(id, headline);
  while (cache.size > 64) cache.delete(cache.keys().next().value as string);
  return headline;
}

export async function publishedYearComparison(prisma: PrismaClient = db()): Promise<YearComparison> {
  const published = await publishedYearsCached(prisma);
  const editions = published.length
    ? await prisma.reportEdition.findMany({
        where: { OR: published.map((p) => ({ year: p.year, version: p.latestVersion })) },
        select: { id: true, year: true, version: true },
        orderBy: { year: "asc" },
      })
    : [];
  const heads = await Promise.all(editions.map(async (e) => ({ edition: e, headline: await headlineOf(prisma, e.id) })));
  const withFigures = heads.filter((h): h is typeof h & { headline: HeadlineFigure[] } => h.headline !== null);
  const newest = withFigures[withFigures.length - 1]?.headline ?? [];
  const figures = newest.map(({ token, label, unit }) => ({ token, label, unit }));

  const years: ComparedYear[] = withFigures.map((h) => ({
    year: h.edition.year,
    fromEdition: { year: h.edition.year, version: h.edition.version },
    values: Object.fromEntries(h.headline.map((f) => [f.token, f.text])),
  }));
  const first = withFigures[0];
  if (first && first.headline.some((f) => f.lastYear !== null) && !years.some((y) => y.year === first.edition.year - 1)) {
    years.unshift({
      year: first.edition.year - 1,
      fromEdition: { year: first.edition.year, version: first.edition.version },
      values: Object.fromEntries(first.headline.map((f) => [f.token, f.lastYear])),
    });
  }
  const [before, now] = years.slice(-2);
  const change: Record<string, string> = {};
  for (const f of figures) {
    change[f.token] =
      before && now && before.year === now.year - 1
        ? changeText(now.values[f.token] ?? "", before.values[f.token] ?? "", { percent: f.unit === "%" })
        : "";
  }
  return { figures, years, change };
}

let lastChart: { key: string; svg: string } | null = null;

/** Graduates as columns and the placement rate as a line, one per compared year (SVG, rendered on the server). */
export function comparisonChartSvg(c: YearComparison): string | null {
  const bar = c.figures.find((f) => f.token === "employment.graduates");
  const line = c.figures.find((f) => f.token === "employment.placementRate");
  if (!bar || !line || !c.years.length) return null;
  const key = JSON.stringify(c.years.map((y) => [y.year, y.values[bar.token], y.values[line.token]]));
  if (lastChart?.key === key) return lastChart.svg;
  const num = (v: string | null | undefined) => (v == null || v === "" ? null : Number(v.replace(/,/g, "")));
  const svg = yearComparisonChart(
    c.years.map((y) => ({
      year: `${y.year}年`,
      bar: num(y.values[bar.token]),
      barLabel: y.values[bar.token] ?? "",
      line: num(y.values[line.token]),
      lineLabel: y.values[line.token] ? `${y.values[line.token]}%` : "",
    })),
    { barName: `${bar.label}（${bar.unit}）`, lineName: `${line.label}（${line.unit}）`, barUnit: bar.unit, lineUnit: line.unit },
  );
  lastChart = { key, svg };
  return svg;
}
