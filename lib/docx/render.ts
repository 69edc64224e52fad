import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type ISectionOptions,
} from "docx";
import { DECLARATION_TITLE, declarationParagraphs } from "../report/model/declaration";
import {
  type Block,
  type CaseBlock,
  type FigureBlock,
  type HighlightsBlock,
  type OtherDataBlock,
  type ReportDocument,
  type ReportSection,
  reportFullTitle,
  type TableBlock,
} from "../report/model/document";
import { storage, type FileStorage } from "../storage";
import { figurePicture, photo, placeholderPng, type Picture } from "./images";
import { narrativeParagraphs } from "./narrative";
import { addFontFallbacks, BODY_FONT, HEADING_FONT, LATIN_FONT } from "./fonts";
import { formatLongDate, formatYearMonth } from "../time";

/**
 * The report as a Word document built from the frozen ReportDocument (the same one the web page
 * and the PDF render): Word's own heading styles (标题 1/2/3, so the navigation pane and the
 * automatic contents work), a TOC field filled with the headings, the cover, 表N as Word tables
 * whose header row repeats on every page, 图N as embedded pictures with their captions, 案例N in
 * a bordered box, the running header and 「- N -」 page numbers, A4.
 */
export type DocxMeta = { version?: number; publishedAt?: Date | string | null };

const cm = (n: number) => Math.round((n / 2.54) * 1440);
const A4 = { width: cm(21), height: cm(29.7) };
/** The PDF's page (lib/pdf/print-css.ts), so both run to about the same number of pages. */
const MARGIN = { top: cm(2.4), bottom: cm(2.2), left: cm(2), right: cm(2), header: cm(1.2), footer: cm(1.2) };
/** Text width in twips (A4 less the margins): what the table columns share. */
export const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

const font = (eastAsia: string) => ({ ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia, cs: LATIN_FONT });
/** Half-points: 小二 18 pt, 四号 14 pt, 11 pt body (as the PDF), 小四 12 pt, 五号 10.5 pt, 小五 9 pt. */
const SIZE = { h1: 36, h2: 28, h3: 24, body: 22, caption: 21, table: 18, small: 18 };
const BRAND = "12325C";
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "94A3B8" } as const;
const BOX = { style: BorderStyle.SINGLE, size: 8, color: "7FA7D9" } as const;

function dateZh(value: Date | string | null | undefined): string {
  const d = value ? new Date(value) : null;
  if (!d || Number.isNaN(d.getTime())) return "";
  return formatYearMonth(d);
}

const sectionHeading = (s: ReportSection) => `${s.number}${s.title}`;
export const caseHeading = (c: CaseBlock) => `案例${c.number}：${c.title}`;
export const figureCaption = (f: FigureBlock) => `图${f.number} ${f.caption}`;
export const tableCaption = (t: TableBlock) => (t.number ? `表${t.number} ${t.caption}` : t.caption);
export const APPENDIX_TITLE = "附录：数据表与质量年报指标表";

/** Column widths from how much text each column holds, so short number columns stay narrow. */
function columnWidths(t: TableBlock): number[] {
  const header = t.groupColumn ? [t.groupColumn, ...t.columns] : t.columns;
  const weights = header.map((h, j) => {
    const cells = t.rows.map((r) => (t.groupColumn ? (j === 0 ? (r.group ?? "") : r.cells[j - 1]) : r.cells[j]) ?? "");
    const longest = Math.max(h.length, ...cells.map((c) => [...c].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) / 2));
    return Math.min(Math.max(longest, 2.5), 18);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
}

const cellText = (text: string, options: { bold?: boolean; center?: boolean } = {}) =>
  new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 0, after: 0, line: 300, lineRule: LineRuleType.AUTO },
    children: [new TextRun({ text, bold: options.bold, size: SIZE.table })],
  });

function wordTable(t: TableBlock): FileChild[] {
  const widths = columnWidths(t);
  const header = t.groupColumn ? [t.groupColumn, ...t.columns] : t.columns;
  const margins = { top: 40, bottom: 40, left: 80, right: 80 };
  const headRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: header.map(
      (h, j) =>
        new TableCell({
          // columnWidths gives one width per header column, and cells line up with the header.
          width: { size: widths[j]!, type: WidthType.DXA },
          margins,
          verticalAlign: VerticalAlignTable.CENTER,
          shading: { type: ShadingType.CLEAR, color: "auto", fill: "E8EEF6" },
          children: [cellText(h, { bold: true, center: true })],
        }),
    ),
  });
  const rows = t.rows.map((r, i) => {
    const cells: TableCell[] = [];
    if (t.groupColumn && (i === 0 || t.rows[i - 1]!.group !== r.group)) {
      let span = 1;
      while (i + span < t.rows.length && t.rows[i + span]!.group === r.group) span++;
      cells.push(
        new TableCell({
          rowSpan: span,
          width: { size: widths[0]!, type: WidthType.DXA },
          margins,
          verticalAlign: VerticalAlignTable.CENTER,
          children: [cellText(r.group ?? "", { center: true })],
        }),
      );
    }
    const offset = t.groupColumn ? 1 : 0;
    r.cells.forEach((c, j) =>
      cells.push(
        new TableCell({
          width: { size: widths[j + offset]!, type: WidthType.DXA },
          margins,
          ...(r.total ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "F1F5F9" } } : {}),
          children: [cellText(c, { bold: r.total, center: j === 0 })],
        }),
      ),
    );
    return new TableRow({ cantSplit: true, children: cells });
  });
  return [
    new Paragraph({ style: "Caption", keepNext: true, children: [new TextRun(tableCaption(t))] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
      rows: [headRow, ...rows],
    }),
    ...(t.note ? [new Paragraph({ style: "Note", children: [new TextRun(`注：${t.note}`)] })] : []),
    new Paragraph({ spacing: { after: 0 }, children: [] }),
  ];
}

function figure(f: FigureBlock, picture: Picture | null): Paragraph[] {
  const alt = f.placeholder ? `示意占位图（原始照片未上传）：${f.alt}` : f.alt;
  return [
    ...(picture
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO },
            children: [
              new ImageRun({
                type: picture.type,
                data: picture.data,
                transformation: { width: picture.width, height: picture.height },
                altText: { name: `图${f.number}`, title: f.caption, description: alt },
              }),
            ],
          }),
        ]
      : []),
    new Paragraph({ style: "Caption", children: [new TextRun(figureCaption(f))] }),
  ];
}

function caseBox(c: CaseBlock, pictures: Map<FigureBlock, Picture | null>): FileChild[] {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(caseHeading(c))] }),
    ...(c.subtitle
      ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: c.subtitle, size: SIZE.table })] })]
      : []),
    ...narrativeParagraphs(c.html),
    ...c.figures.flatMap((f) => figure(f, pictures.get(f) ?? null)),
  ];
  return [
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [TEXT_WIDTH],
      layout: TableLayoutType.FIXED,
      borders: { top: BOX, bottom: BOX, left: BOX, right: BOX, insideHorizontal: BOX, insideVertical: BOX },
      rows: [
        new TableRow({
          children: [
            new TableCell({
              width: { size: TEXT_WIDTH, type: WidthType.DXA },
              margins: { top: 160, bottom: 160, left: 200, right: 200 },
              shading: { type: ShadingType.CLEAR, color: "auto", fill: "F5F9FF" },
              children,
            }),
          ],
        }),
      ],
    }),
    new Paragraph({ children: [] }),
  ];
}

function highlights(h: HighlightsBlock): Paragraph[] {
  return h.groups.flatMap((g) => [
    new Paragraph({
      keepNext: true,
      spacing: { before: 160 },
      children: [new TextRun({ text: `【${g.title}】`, bold: true, font: font(HEADING_FONT) })],
    }),
    ...g.items.map((it) => new Paragraph({ indent: { left: 720, hanging: 360 }, children: [new TextRun(`• ${it.text}`)] })),
  ]);
}

/** A section's approved data no text or table shows (lib/report/engine/other-data.ts): a small table and a list. */
function otherData(o: OtherDataBlock): FileChild[] {
  return [
    ...(o.indicators ? wordTable(o.indicators) : []),
    ...(o.records.length
      ? [
          new Paragraph({
            keepNext: true,
            spacing: { before: 160 },
            children: [new TextRun({ text: "本节其他已审核记录", bold: true, size: SIZE.small })],
          }),
          ...o.records.map(
            (r) =>
              new Paragraph({ indent: { left: 720, hanging: 360 }, children: [new TextRun({ text: `• ${r.text}`, size: SIZE.small })] }),
          ),
        ]
      : []),
  ];
}

function allFigures(doc: ReportDocument): FigureBlock[] {
  const out: FigureBlock[] = [];
  const visit = (s: ReportSection) => {
    for (const b of s.blocks) {
      if (b.type === "figure") out.push(b);
      else if (b.type === "case") out.push(...b.figures);
    }
    s.sections.forEach(visit);
  };
  doc.chapters.forEach(visit);
  return out;
}

/** Rasterises every picture before the document is assembled, a few at a time (sharp has its own threads). */
async function loadPictures(doc: ReportDocument, files: FileStorage): Promise<Map<FigureBlock, Picture | null>> {
  let shared: Promise<Picture> | null = null;
  const placeholder = () => (shared ??= placeholderPng());
  const figures = allFigures(doc);
  const pictures = new Map<FigureBlock, Picture | null>();
  let next = 0;
  const worker = async () => {
    while (next < figures.length) {
      const f = figures[next++]!; // next < figures.length was checked just above
      pictures.set(f, await figurePicture(f, files, placeholder));
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return pictures;
}

/** The college's logo on the cover, as the PDF prints it (its web copy, 26 mm high). */
async function coverLogo(doc: ReportDocument, files: FileStorage): Promise<Picture | null> {
  if (!doc.logoFileId) return null;
  const picture = await photo(`/files/${doc.logoFileId}/web`, files);
  if (!picture) return null;
  const height = Math.round((26 / 25.4) * 96);
  return { ...picture, height, width: Math.round((picture.width / picture.height) * height) };
}

function cover(doc: ReportDocument, meta: DocxMeta, logo: Picture | null): Paragraph[] {
  const draft = doc.mode === "preview";
  const line = (text: string, size: number, options: { bold?: boolean; before?: number; heading?: boolean } = {}) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: options.before ?? 0, after: 240 },
      children: [
        new TextRun({
          text,
          size,
          bold: options.bold,
          color: options.heading ? BRAND : undefined,
          font: font(options.heading ? HEADING_FONT : BODY_FONT),
        }),
      ],
    });
  return [
    ...(logo
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 600, after: 0 },
            children: [
              new ImageRun({
                type: logo.type,
                data: logo.data,
                transformation: { width: logo.width, height: logo.height },
                altText: { name: "校徽", title: `${doc.institution}校徽`, description: `${doc.institution}校徽` },
              }),
            ],
          }),
        ]
      : []),
    line(doc.institution, 32, { before: logo ? 480 : 1200, heading: true }),
    // With the logo, the space above the title and the college line shrinks so the cover stays one page.
    line(doc.institution, 52, { before: logo ? 1600 : 2400, bold: true, heading: true }),
    line(doc.title, 52, { bold: true, heading: true }),
    line(`（${doc.academicYear}学年）`, 30, { before: 480 }),
    ...(draft ? [line("审阅稿 · 含未审核数据", 26)] : meta.version ? [line(`第${meta.version}版`, 26)] : []),
    line(doc.institution, 28, { before: logo ? 3600 : 4200 }),
    line(dateZh(draft ? doc.generatedAt : (meta.publishedAt ?? doc.generatedAt)), 28),
  ];
}

/** 真实性责任声明: its own page after the cover. */
function declaration(doc: ReportDocument): Paragraph[] {
  const d = doc.declaration;
  if (!d) return [];
  const right = (text: string) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 240 }, children: [new TextRun({ text, font: font(BODY_FONT) })] });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 1200, after: 480 },
      children: [new TextRun({ text: DECLARATION_TITLE, bold: true, size: 36, color: BRAND, font: font(HEADING_FONT) })],
    }),
    ...declarationParagraphs(d).map(
      (p) =>
        new Paragraph({ indent: { firstLine: 480 }, spacing: { line: 480 }, children: [new TextRun({ text: p, font: font(BODY_FONT) })] }),
    ),
    right(doc.institution),
    right(`法定代表人：${d.representative ?? "（未填写）"}`),
    right(`日期：${d.signedAt ? formatLongDate(d.signedAt) : "（审定后填写）"}`),
  ];
}

function body(doc: ReportDocument, pictures: Map<FigureBlock, Picture | null>): FileChild[] {
  const block = (b: Block): FileChild[] =>
    b.type === "table"
      ? wordTable(b)
      : b.type === "figure"
        ? figure(b, pictures.get(b) ?? null)
        : b.type === "case"
          ? caseBox(b, pictures)
          : b.type === "highlights"
            ? highlights(b)
            : otherData(b);
  const section = (s: ReportSection): FileChild[] => [
    // Each chapter starts a page, as in the PDF.
    new Paragraph({
      heading: s.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
      pageBreakBefore: s.level === 1,
      children: [new TextRun(sectionHeading(s))],
    }),
    ...narrativeParagraphs(s.html),
    ...s.blocks.flatMap(block),
    ...s.sections.flatMap(section),
  ];
  return [
    ...doc.chapters.flatMap(section),
    ...(doc.appendix.length
      ? [
          new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(APPENDIX_TITLE)] }),
          new Paragraph({ style: "Note", children: [new TextRun("数值由已审核记录计算或取自单项指标；无数据的指标留空。")] }),
          ...doc.appendix.flatMap(wordTable),
        ]
      : []),
  ];
}

const page = { size: A4, margin: MARGIN };

export async function renderReportDocx(doc: ReportDocument, options: DocxMeta & { files?: FileStorage } = {}): Promise<Buffer> {
  const files = options.files ?? storage();
  const [pictures, logo] = await Promise.all([loadPictures(doc, files), coverLogo(doc, files)]);
  const title = reportFullTitle(doc);
  const empty = () => ({ default: new Header({ children: [] }) });
  const sections: ISectionOptions[] = [
    { properties: { page }, headers: empty(), footers: { default: new Footer({ children: [] }) }, children: cover(doc, options, logo) },
    ...(doc.declaration
      ? [{ properties: { page }, headers: empty(), footers: { default: new Footer({ children: [] }) }, children: declaration(doc) }]
      : []),
    {
      properties: { page },
      headers: empty(),
      footers: { default: new Footer({ children: [] }) },
      children: [
        new Paragraph({ style: "TocTitle", children: [new TextRun("目录")] }),
        new TableOfContents("目录", { hyperlink: true, headingStyleRange: "1-2" }),
      ],
    },
    {
      properties: { page: { ...page, pageNumbers: { start: 1 } } },
      headers: {
        default: new Header({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "64748B", space: 4 } },
              children: [new TextRun({ text: title, size: SIZE.small, color: "334155" })],
            }),
          ],
        }),
      },
      footers: {
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ children: ["- ", PageNumber.CURRENT, " -"], size: SIZE.small })],
            }),
          ],
        }),
      },
      children: body(doc, pictures),
    },
  ];

  const document = new Document({
    title,
    creator: doc.institution,
    lastModifiedBy: doc.institution,
    description: `${title}（${doc.academicYear}学年）`,
    styles: {
      default: {
        document: {
          run: { font: font(BODY_FONT), size: SIZE.body, language: { value: "zh-CN", eastAsia: "zh-CN" } },
          paragraph: { spacing: { line: 300, lineRule: LineRuleType.AUTO, after: 60 }, alignment: AlignmentType.JUSTIFIED },
        },
        heading1: {
          run: { font: font(HEADING_FONT), size: SIZE.h1, bold: true, color: BRAND },
          paragraph: { outlineLevel: 0, alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 240, after: 240 } },
        },
        heading2: {
          run: { font: font(HEADING_FONT), size: SIZE.h2, bold: true, color: "0F172A" },
          paragraph: { outlineLevel: 1, keepNext: true, spacing: { before: 240, after: 120 } },
        },
        heading3: {
          run: { font: font(HEADING_FONT), size: SIZE.h3, bold: true, color: BRAND },
          paragraph: { outlineLevel: 2, keepNext: true, spacing: { before: 60, after: 120 } },
        },
      },
      paragraphStyles: [
        {
          id: "Caption",
          name: "caption",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { font: font(HEADING_FONT), size: SIZE.caption },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 60, after: 160 } },
        },
        {
          id: "Note",
          name: "Report Note",
          basedOn: "Normal",
          run: { size: SIZE.small, color: "475569" },
          paragraph: { spacing: { before: 40, after: 120 } },
        },
        {
          id: "TocTitle",
          name: "TOC Heading",
          basedOn: "Normal",
          next: "Normal",
          run: { font: font(HEADING_FONT), size: SIZE.h1, bold: true, color: BRAND },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 360 } },
        },
      ],
    },
    sections,
  });
  return addFontFallbacks(await Packer.toBuffer(document));
}
