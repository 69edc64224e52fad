// Text out of loosely typed values: form fields, record columns, spreadsheet cells.

/** A text field of a submitted form: its string value, or `fallback` when it is absent (or a file). */
export function formText(form: FormData, name: string, fallback = ""): string {
  const value = form.get(name);
  return typeof value === "string" ? value : fallback;
}

/**
 * What String() prints for a value read from a record or a cell. Those values are strings, numbers,
 * booleans, Prisma Decimals and Dates, which all print themselves; this is the one place that says so.
 */
export function printed(value: unknown): string {
  return String(value);
}

/** Text made safe inside HTML (element content and quoted attributes): the five characters HTML gives meaning to. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

/**
 * Text of rendered HTML as a reader sees it: tags dropped (or each read as `tag`, a space where
 * words must not run together), the few entities markdown writes decoded in one pass.
 */
export function htmlToText(html: string, tag = ""): string {
  return html.replace(/<[^>]*>/g, tag).replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e] ?? "");
}

/** htmlToText on one line: runs of white space as one space, trimmed (diffs, descriptions). */
export const htmlToLine = (html: string) => htmlToText(html).replace(/\s+/g, " ").trim();

/**
 * Characters as Word's 字数 counts them, which is how notices are read: every Chinese character
 * and punctuation mark is one, a run of Latin letters or digits (a word, 95.08, 1+X) is one, and
 * white space is none. Pure, so the case form and the narrative editor count in the browser as the
 * rule pack does.
 */
export function countChars(text: string): number {
  const words = text.match(/[A-Za-z0-9][A-Za-z0-9.%+\-_/]*/g)?.length ?? 0;
  const rest = text.replace(/[A-Za-z0-9][A-Za-z0-9.%+\-_/]*/g, "").replace(/\s+/g, "");
  return words + [...rest].length;
}
