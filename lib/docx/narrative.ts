import { ExternalHyperlink, Paragraph, type ParagraphChild, TextRun } from "docx";

/**
 * Narrative and case HTML (the output of lib/report/engine/markdown.ts: p, ol/ul/li, strong, em, code,
 * a, br, headings, blockquote, and our token spans) as Word paragraphs. The HTML is our own
 * sanitised renderer's, so a small tag walker is enough; unknown tags keep their text.
 */
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: "\u00a0" };
export const decodeEntities = (s: string) =>
  s.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, name: string) => {
    if (ENTITIES[name]) return ENTITIES[name];
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return m;
  });

/** Body paragraphs start with a two-character indent, as Chinese reports are typeset. */
export const FIRST_LINE_INDENT = 480;

type Style = { bold?: boolean; italics?: boolean; href?: string };
type Block = { kind: "p" | "li" | "h" | "quote"; bullet?: string; level: number; children: ParagraphChild[] };

export function narrativeParagraphs(html: string): Paragraph[] {
  const blocks: Block[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  const styles: Style[] = [{}];
  let quote = 0;
  // The paragraph text goes into; null between block elements (a new one opens on the next text).
  const state: { current: Block | null } = { current: null };

  const open = (kind: Block["kind"], bullet?: string) => {
    state.current = { kind: quote && kind === "p" ? "quote" : kind, bullet, level: Math.max(0, lists.length - 1), children: [] };
    blocks.push(state.current);
  };
  const text = (raw: string) => {
    const t = decodeEntities(raw).replace(/\s*\n\s*/g, "");
    if (!t) return;
    if (!state.current) open("p");
    const style = styles[styles.length - 1] ?? {}; // an unmatched closing tag may pop the base style
    const run = new TextRun({ text: t, bold: style.bold, italics: style.italics, ...(style.href ? { style: "Hyperlink" } : {}) });
    state.current!.children.push(
      style.href && /^(https?:|mailto:)/i.test(style.href) ? new ExternalHyperlink({ link: style.href, children: [run] }) : run,
    );
  };

  const tag = /<(\/?)([a-z0-9]+)([^>]*)>/gi;
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    text(html.slice(last, m.index));
    last = tag.lastIndex;
    const closing = m[1] === "/";
    const name = m[2]!.toLowerCase(); // group 2 is required by the pattern
    const top = styles[styles.length - 1] ?? {};
    switch (name) {
      case "p":
        // A loose list item wraps its text in <p>: it stays the item's paragraph.
        if (closing) state.current = null;
        else if (!(state.current?.kind === "li" && state.current.children.length === 0)) open("p");
        break;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        if (closing) {
          styles.pop();
          state.current = null;
        } else {
          open("h");
          styles.push({ ...top, bold: true });
        }
        break;
      case "ul":
      case "ol":
        if (closing) lists.pop();
        else lists.push({ ordered: name === "ol", n: Number(/start="(\d+)"/.exec(m[3] ?? "")?.[1] ?? 1) - 1 });
        state.current = null;
        break;
      case "li":
        if (closing) {
          state.current = null;
          break;
        }
        {
          const list = lists[lists.length - 1];
          open("li", list?.ordered ? `${++list.n}. ` : "• ");
        }
        break;
      case "blockquote":
        quote += closing ? -1 : 1;
        state.current = null;
        break;
      case "strong":
      case "b":
        if (closing) styles.pop();
        else styles.push({ ...top, bold: true });
        break;
      case "em":
      case "i":
        if (closing) styles.pop();
        else styles.push({ ...top, italics: true });
        break;
      case "a":
        if (closing) styles.pop();
        else styles.push({ ...top, href: decodeEntities(/href="([^"]*)"/.exec(m[3] ?? "")?.[1] ?? "") });
        break;
      case "br":
        state.current?.children.push(new TextRun({ break: 1 }));
        break;
      default:
        break; // span.metric, code: their text is kept as it is.
    }
  }
  text(html.slice(last));

  return blocks
    .filter((b) => b.children.length)
    .map((b) => {
      if (b.kind === "li") {
        return new Paragraph({
          children: [new TextRun(b.bullet ?? ""), ...b.children],
          indent: { left: 480 * (b.level + 1) + 240, hanging: 360 },
        });
      }
      if (b.kind === "h") return new Paragraph({ children: b.children, keepNext: true, spacing: { before: 120 } });
      if (b.kind === "quote") return new Paragraph({ children: b.children, indent: { left: 480, right: 480 } });
      return new Paragraph({ children: b.children, indent: { firstLine: FIRST_LINE_INDENT } });
    });
}
