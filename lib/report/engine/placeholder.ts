import { escapeHtml } from "./markdown";

/**
 * The frame shown for a photo that has not been uploaded, and the font of charts and figures. Kept
 * apart from charts.ts so that what only needs the placeholder (the report HTML, the Word export)
 * does not load ECharts, which takes seconds to import.
 */
export const FIGURE_FONT = "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";

/** Shared drawing of the photo placeholders, defined once per page (see placeholderSvg). */
export const PLACEHOLDER_DEFS =
  `<svg width="0" height="0" class="absolute" aria-hidden="true" focusable="false"><defs><g id="ph-frame">` +
  `<rect x="1" y="1" width="638" height="358" rx="10" fill="#f1f5f9" stroke="#94a3b8" stroke-width="2" stroke-dasharray="10 8"/>` +
  `<path d="M250 230 l50 -60 l40 40 l30 -30 l60 50 z" fill="#cbd5e1"/><circle cx="390" cy="130" r="18" fill="#cbd5e1"/>` +
  `<text x="320" y="285" text-anchor="middle" font-size="22" font-family="${escapeHtml(FIGURE_FONT)}" fill="#334155">示意占位图 · 原始照片未上传</text>` +
  `</g></defs></svg>`;

/** A figure whose photo has not been uploaded: a neutral frame that says so, with the caption (needs PLACEHOLDER_DEFS). */
export function placeholderSvg(caption: string): string {
  const short = caption.length > 28 ? `${caption.slice(0, 27)}…` : caption;
  return (
    `<svg viewBox="0 0 640 360" width="100%" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false"><use href="#ph-frame"/>` +
    `<text x="320" y="318" text-anchor="middle" font-size="15" fill="#64748b">${escapeHtml(short)}</text></svg>`
  );
}
