import type { Block, CaseBlock, FigureBlock, ReportDocument, ReportSection, TableBlock } from "../report/model/document";
import type { EditionMeta } from "../report/editions/editions";
import type { IndicatorTableConfig } from "../report/engine/indicator-tables";
import type { MetricContext } from "../report/tokens/tokens";
import { htmlToText } from "../text";
import { indicatorRowsOf, indicatorTableKey } from "./indicator-rows";
import { type CollegeType, PACKAGE_FILES, PACKAGE_FORMAT, PACKAGE_VERSION, type PackageReport, ZPackageReport } from "./schema";

/**
 * report.json of a submission package (lib/package/schema.ts), from a published edition's frozen
 * document: every 表, 图 and 案例 as printed (number, caption, text), the narratives as plain text,
 * the indicator tables by row code (lib/package/indicator-rows.ts). Pure: what it needs from the
 * database and the file store is handed in, and the photos it names are returned for the zip.
 */
export type PackageCollege = { code: string; name: string; type: CollegeType; city: string | null; region: string | null };
export type PackagePartner = { slug: string; enterprise: string };
/** A photo to copy into the zip: its path in the package and the stored upload it comes from. */
export type PackagePhotoFile = { path: string; fileId: string };

/** Plain text of rendered HTML: paragraphs separated by a blank line, no tags. */
export function plainText(html: string): string {
  return htmlToText(html.replace(/<\/(p|li|h\d|blockquote|tr)>/g, "$&\n\n").replace(/<br\s*\/?>/g, "\n"))
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The stored upload behind a figure's image (`/files/{id}/web`), or null for a chart or placeholder. */
export function figureFileId(figure: Pick<FigureBlock, "src">): string | null {
  const m = figure.src ? /^\/files\/([^/]+)\/web$/.exec(figure.src) : null;
  return m ? decodeURIComponent(m[1]!) : null;
}

const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 120);
export const partnerPath = (slug: string) => `${PACKAGE_FILES.partnersDir}${safeName(slug)}.pdf`;
const photoPath = (fileId: string) => `${PACKAGE_FILES.photosDir}${safeName(fileId)}.jpg`;

type Where = { chapter: ReportSection; section: ReportSection };

/** Every block of the body in reading order, with the chapter and section it is printed in. */
export function* walkBlocks(doc: ReportDocument): Generator<{ block: Block; where: Where }> {
  for (const chapter of doc.chapters) {
    for (const block of chapter.blocks) yield { block, where: { chapter, section: chapter } };
    for (const section of chapter.sections) for (const block of section.blocks) yield { block, where: { chapter, section } };
  }
}

function tableOf(t: TableBlock): PackageReport["tables"][number] {
  const grouped = t.groupColumn !== undefined;
  return {
    number: t.number,
    key: t.key,
    caption: t.caption,
    columns: grouped ? [t.groupColumn!, ...t.columns] : t.columns,
    rows: t.rows.map((r) => (grouped ? [r.group ?? "", ...r.cells] : r.cells)),
    ...(t.note ? { note: t.note } : {}),
  };
}

export function buildPackageReport(options: {
  document: ReportDocument;
  edition: EditionMeta;
  college: PackageCollege;
  /** The pack's indicator tables (their rows name tokens), to match rows to rates. */
  indicatorTables: readonly IndicatorTableConfig[];
  /** Approved records of the edition's year and the year before, for numerators and denominators (null: printed values only). */
  current: MetricContext | null;
  previous: MetricContext | null;
  /** The case records' topics, by record id. */
  caseTopics: ReadonlyMap<string, string[]>;
  partners: readonly PackagePartner[];
  /** Uploads present in the store: a figure whose file is gone is packed without a photo. */
  hasFile: (fileId: string) => boolean;
  exportedAt: Date;
}): { report: PackageReport; photos: PackagePhotoFile[] } {
  const { document: doc, edition } = options;
  const photos = new Map<string, PackagePhotoFile>();
  const photoOf = (f: FigureBlock, caption: string) => {
    const fileId = figureFileId(f);
    if (!fileId || !options.hasFile(fileId)) return null;
    const path = photoPath(fileId);
    photos.set(path, { path, fileId });
    return { path, caption };
  };
  const figure = (f: FigureBlock, sectionKey: string): PackageReport["figures"][number] => ({
    number: f.number,
    caption: f.caption,
    alt: f.alt,
    chart: f.chart ?? null,
    photo: f.chart ? null : photoOf(f, f.caption),
    sectionKey,
  });

  const tables: PackageReport["tables"] = [];
  const figures: PackageReport["figures"] = [];
  const cases: PackageReport["cases"] = [];
  const indicatorBlocks: TableBlock[] = [];
  const addTable = (t: TableBlock) => {
    if (t.key.startsWith("indicators:")) indicatorBlocks.push(t);
    if (t.number > 0) tables.push(tableOf(t));
  };
  for (const { block, where } of walkBlocks(doc)) {
    if (block.type === "table") addTable(block);
    else if (block.type === "figure") figures.push(figure(block, where.section.key));
    else if (block.type === "case") {
      const c: CaseBlock = block;
      for (const f of c.figures) figures.push(figure(f, where.section.key));
      cases.push({
        number: c.number,
        title: c.title,
        subtitle: c.subtitle ?? null,
        text: plainText(c.html),
        chapter: { key: where.chapter.key, title: where.chapter.title },
        section: { key: where.section.key, title: where.section.title },
        topics: options.caseTopics.get(c.source.id) ?? [],
        photos: c.figures.flatMap((f) => photoOf(f, f.caption) ?? []),
      });
    }
  }
  for (const t of doc.appendix) addTable(t);

  const configs = new Map(options.indicatorTables.map((c) => [c.key, c]));
  const indicatorTables = indicatorBlocks.map((t) => ({
    key: indicatorTableKey(t),
    title: t.caption,
    rows: indicatorRowsOf({
      table: t,
      config: configs.get(indicatorTableKey(t)),
      year: doc.year,
      academicYear: doc.academicYear,
      current: options.current,
      previous: options.previous,
    }),
  }));

  const narratives = doc.chapters
    .flatMap((ch) => [ch, ...ch.sections])
    .map((s) => ({ sectionKey: s.key, number: s.number, title: s.title, level: s.level, text: plainText(s.html) }));

  const report: PackageReport = {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    college: options.college,
    year: doc.year,
    title: doc.title,
    rulePack: doc.templateKey,
    edition: {
      version: edition.version,
      publishedAt: edition.publishedAt.toISOString(),
      publishedBy: edition.publishedBy,
      note: edition.note ?? null,
    },
    signoff: edition.signoff
      ? { by: edition.signoff.by, at: edition.signoff.at?.toISOString() ?? null, contentHash: edition.signoff.contentHash }
      : null,
    indicatorTables,
    tables,
    figures,
    cases,
    narratives,
    partnerReports: options.partners.map((p) => ({ path: partnerPath(p.slug), enterprise: p.enterprise })),
    exportedAt: options.exportedAt.toISOString(),
  };
  // What we write must be what a province accepts: a failure here is our bug, named before anyone downloads it.
  return { report: ZPackageReport.parse(report), photos: [...photos.values()] };
}
