import { escapeHtml, htmlToLine } from "../../text";
import MarkdownIt from "markdown-it";
import { TOKEN_PATTERN } from "../tokens/tokens";

/**
 * Narratives and case bodies are Markdown. Raw HTML is off (a <script> or <style> comes out as
 * text), images are off (no remote content in the report), and links may only point to http(s),
 * mailto or within the site, so no javascript: URL reaches a reader.
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
md.disable(["image"]);

const SAFE_LINK = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!; // markdown-it calls a rule with the index of the token it renders
  const href = String(token.attrGet("href") ?? "");
  if (/^https?:/i.test(href)) token.attrSet("rel", "noopener noreferrer nofollow");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

const PLACEHOLDER_CHARS = /[\uE000\uE001]/g;

export { escapeHtml };

/**
 * Markdown → safe HTML. Tokens ({{name}}) are replaced by `renderToken(name)`, which must return
 * safe HTML; they are swapped in after Markdown rendering so their markup survives `html: false`.
 */
export function renderMarkdown(text: string, renderToken?: (token: string) => string): string {
  const found: string[] = [];
  // The placeholders are private-use characters; any typed into the text are dropped first, so
  // they can neither break the build nor stand in for a token.
  const typed = text.replace(PLACEHOLDER_CHARS, "");
  const source = renderToken ? typed.replace(TOKEN_PATTERN, (_m, token: string) => `\uE000${found.push(token) - 1}\uE001`) : typed;
  const html = md.render(source);
  if (!renderToken) return html;
  const tokenHtml = (i: string) => {
    const token = found[Number(i)];
    return token === undefined ? "" : renderToken(token);
  };
  // Inside a tag (a link's title or href) a token's markup would end the attribute: there it is
  // its text only, escaped for an attribute. markdown-it escapes < > " in attributes and text, so
  // a "<…>" run is a tag.
  return html.replace(/<[^>]*>|[^<]+/g, (part) =>
    part.startsWith("<")
      ? part.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => attributeText(tokenHtml(i)))
      : part.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => tokenHtml(i)),
  );
}

/** Safe HTML → the same text, safe inside a quoted attribute (its tags dropped, quotes escaped). */
function attributeText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Plain text of a Markdown narrative (for diffs and descriptions). */
export function markdownToText(text: string): string {
  return htmlToLine(md.render(text));
}
