import sharp from "sharp";
import { imageVariantKey } from "../files/keys";
import type { FigureBlock } from "../report/model/document";
import { PLACEHOLDER_DEFS } from "../report/engine/placeholder";
import type { FileStorage } from "../storage";

/**
 * The pictures of a report as PNG/JPEG for Word: charts rasterised from the same SVG the web page
 * and the PDF show (sharp's librsvg draws the text with the system's fonts: the CJK labels need a
 * CJK font such as Debian's fonts-noto-cjk, as the PDF does), uploaded photos read from storage
 * (their web copy, the one the PDF prints), and one shared placeholder frame for photos not uploaded.
 */
export type Picture = { data: Buffer; type: "png" | "jpg"; width: number; height: number };

/** Sizes in pixels at 96 dpi (what docx's ImageRun expects), as the PDF prints them: photos up to the
 * text width (170 mm) and 120 mm high, charts and placeholders 95 mm wide. */
const mm = (n: number) => Math.round((n / 25.4) * 96);
export const TEXT_WIDTH_PX = mm(170);
const MAX_HEIGHT_PX = mm(120);
const ART_WIDTH_PX = mm(95);
/** Rasterise at twice the display size so the charts stay sharp when printed. */
const DENSITY = 144;

/** Our ECharts SVG scales to its container (width="100%"); give it its own pixel size back. */
function standaloneSvg(svg: string): { svg: string; width: number; height: number } {
  const box = /viewBox="\s*[-\d.]+\s+[-\d.]+\s+([\d.]+)\s+([\d.]+)\s*"/.exec(svg);
  const width = box ? Number(box[1]) : 720;
  const height = box ? Number(box[2]) : 400;
  const sized = svg.replace(/^<svg\b([^>]*?)\swidth="[^"]*"/, `<svg$1 width="${width}" height="${height}"`);
  return { svg: sized.includes("xmlns=") ? sized : sized.replace(/^<svg/, `<svg xmlns="http://www.w3.org/2000/svg"`), width, height };
}

export const fitToText = (width: number, height: number, maxWidth = TEXT_WIDTH_PX) => {
  const scale = Math.min(1, maxWidth / width, MAX_HEIGHT_PX / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
};

export async function svgToPng(svg: string): Promise<Picture> {
  const s = standaloneSvg(svg);
  const data = await sharp(Buffer.from(s.svg), { density: DENSITY }).png({ compressionLevel: 6 }).toBuffer();
  return { data, type: "png", ...fitToText(s.width, s.height, ART_WIDTH_PX) };
}

/** The placeholder frame alone (its caption is printed under it in Word): drawn once per document. */
export function placeholderPng(): Promise<Picture> {
  const defs = /<defs>([\s\S]*)<\/defs>/.exec(PLACEHOLDER_DEFS)?.[1] ?? "";
  return svgToPng(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 640 360" width="100%">` +
      `<defs>${defs}</defs><use href="#ph-frame" xlink:href="#ph-frame"/></svg>`,
  ).then((p) => ({ ...p, ...fitToText(640, 360, ART_WIDTH_PX) }));
}

/** The storage key of an uploaded photo's web copy, from the URL the document carries. */
export function photoKey(src: string): string | null {
  const m = /^\/files\/([\w-]{1,64})\/(web|thumb)$/.exec(src);
  return m ? imageVariantKey(m[1]!, m[2] as "web" | "thumb") : null; // both groups are required by the pattern
}

export async function photo(src: string, files: FileStorage): Promise<Picture | null> {
  const key = photoKey(src);
  const data = key ? await files.getFile(key) : null;
  if (!data) return null;
  const meta = await sharp(data).metadata();
  return { data, type: "jpg", ...fitToText(meta.width ?? TEXT_WIDTH_PX, meta.height ?? 320) };
}

/** The picture of a figure block, or null when it has none (a photo missing from storage). */
export async function figurePicture(f: FigureBlock, files: FileStorage, placeholder: () => Promise<Picture>): Promise<Picture | null> {
  if (f.src) return (await photo(f.src, files)) ?? placeholder();
  if (f.svg) return svgToPng(f.svg);
  return placeholder();
}
