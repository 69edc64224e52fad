import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";

/** Line and column (from 1) of a character offset in a text. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/**
 * Where the JavaScript engine says the syntax breaks, as an offset: "at position 7" (Node 20),
 * "(line 2 column 5)" (later engines), or the end of the text for "Unexpected end of JSON input".
 * null when it names no place (「Unexpected token 'o', "…" is not valid JSON」: the start of a value).
 */
function brokenAt(text: string, message: string): { line: number; column: number } | null {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const at = /at position (\d+)/.exec(message);
  if (at) return lineAndColumn(text, Number(at[1]));
  if (/end of JSON input/i.test(message)) return lineAndColumn(text, text.length);
  return null;
}

/**
 * JSON text → value, or an INVALID error that says in words where the syntax breaks (line and column
 * when the engine tells). The engine's own message is English and quotes the text: it is never shown.
 */
export function parseJsonText(text: string, what: { zh: string; en: string }, field: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const where = brokenAt(text, err instanceof Error ? err.message : "");
    const message = where
      ? bi(
          `${what.zh}不是有效的 JSON：第${where.line}行第${where.column}列有语法错误`,
          `${what.en} is not valid JSON: syntax error at line ${where.line}, column ${where.column}`,
        )
      : bi(`${what.zh}不是有效的 JSON`, `${what.en} is not valid JSON`);
    throw new AppError("INVALID", message, { [field]: [bi("JSON 语法错误", "JSON syntax error")] });
  }
}
