/**
 * The inverse of formatPrizes (lib/records/format.ts): "二等奖 5人次，三等奖 5人次" → prize lines.
 * Accepts the separators people actually type in a spreadsheet cell (，, 、 ； ; and new lines)
 * and a count with or without a space ("二等奖5人次"). A count without a unit keeps the unit empty,
 * as the form does. Counts are returned as typed (also negative or fractional): the kind's zod
 * schema, not this parser, decides whether they are valid, so the user sees the schema's message.
 */
export type ParsedPrize = { prize: string; count?: number; unit?: "人次" | "项" | "队" | "人" };

const SEPARATORS = /[，,、；;\n\r]+/;
// "三等奖 3人次" / "三等奖3队" / "一等奖 -2人次": a count directly followed by a known unit.
const WITH_UNIT = /^(.*?\S)\s*(-?\d+(?:\.\d+)?)\s*(人次|项|队|人)$/;
// "三等奖 3": a bare count needs a space before it, so "第3" or "2021年" stays part of the name.
const BARE_COUNT = /^(.*?\S)\s+(-?\d+(?:\.\d+)?)$/;

export function parsePrizes(text: string): ParsedPrize[] {
  const prizes: ParsedPrize[] = [];
  for (const raw of String(text).split(SEPARATORS)) {
    const part = raw.replace(/\s+/g, " ").trim();
    if (!part) continue;
    const withUnit = WITH_UNIT.exec(part);
    if (withUnit) {
      prizes.push({ prize: withUnit[1]!.trim(), count: Number(withUnit[2]), unit: withUnit[3] as ParsedPrize["unit"] });
      continue;
    }
    const bare = BARE_COUNT.exec(part);
    if (bare) {
      prizes.push({ prize: bare[1]!.trim(), count: Number(bare[2]) });
      continue;
    }
    prizes.push({ prize: part });
  }
  return prizes;
}
