import { bi } from "../i18n/bilingual";

/**
 * The inverse of formatPrizes (lib/records/format.ts): "二等奖 5人次，三等奖 5人次" → prize lines.
 * Accepts the separators people actually type in a spreadsheet cell (，, 、 ； ; and new lines)
 * and a count with or without a space ("二等奖5人次"), in digits or Chinese numerals ("二等奖 两人次",
 * "一等奖十二项"), as the form's prize line means it: the prize, its count, its unit. A count
 * without a unit keeps the unit empty, as the form does. Counts are returned as typed (also
 * negative or fractional): the kind's zod schema, not this parser, decides whether they are
 * valid, so the user sees the schema's message. A count this parser cannot read ("二等奖 5名")
 * refuses the cell (readPrizeCell) rather than becoming part of the prize's name, where the
 * students would vanish from every total.
 */
export type ParsedPrize = { prize: string; count?: number; unit?: "人次" | "项" | "队" | "人" };

const SEPARATORS = /[，,、；;\n\r]+/;
const NUMERAL = "(-?\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万]+)";
// "三等奖 3人次" / "三等奖3队" / "二等奖 两人次" / "一等奖 -2人次": a count directly followed by a known unit.
const WITH_UNIT = new RegExp(`^(.*?\\S)\\s*${NUMERAL}\\s*(人次|项|队|人)$`);
// "三等奖 3": a bare count needs a space before it, so "第3" or "2021年" stays part of the name.
const BARE_COUNT = new RegExp(`^(.*?\\S)\\s+${NUMERAL}$`);
// "二等奖 5名", "二等奖 三个": a count after a space with a unit the form does not have.
const OTHER_UNIT = new RegExp(`\\s${NUMERAL}\\s*(名|个|位|次|组|件|支|篇)$`);

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MULTIPLIER: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** 两 → 2, 十二 → 12, 二十 → 20, 一百零五 → 105; null for what is no number (十十). */
export function chineseNumber(text: string): number | null {
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastMultiplier = Infinity;
  for (const ch of text) {
    if ((ch === "零" || ch === "〇") && (section > 0 || total > 0)) continue; // 一百零五: a placeholder
    if (ch in DIGIT) {
      if (digit !== null) return null; // two digits in a row (一二) is no number
      digit = DIGIT[ch]!;
    } else if (ch in MULTIPLIER) {
      const m = MULTIPLIER[ch]!;
      if (m === 10000) {
        total = (section + (digit ?? 0)) * m;
        section = 0;
        lastMultiplier = Infinity;
      } else {
        if (m >= lastMultiplier) return null;
        section += (digit ?? 1) * m; // 十二: a leading 十 is 一十
        lastMultiplier = m;
      }
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

function parsePart(part: string): ParsedPrize | null {
  const withUnit = WITH_UNIT.exec(part);
  if (withUnit) {
    const count = chineseNumber(withUnit[2]!);
    if (count === null) return null;
    return { prize: withUnit[1]!.trim(), count, unit: withUnit[3] as ParsedPrize["unit"] };
  }
  const bare = BARE_COUNT.exec(part);
  if (bare) {
    const count = chineseNumber(bare[2]!);
    if (count === null) return null;
    return { prize: bare[1]!.trim(), count };
  }
  if (OTHER_UNIT.test(part)) return null;
  return { prize: part };
}

const parts = (text: string) =>
  String(text)
    .split(SEPARATORS)
    .map((raw) => raw.replace(/\s+/g, " ").trim())
    .filter(Boolean);

/** Prize lines of a cell; a part whose count cannot be read is kept whole as the prize (see readPrizeCell). */
export function parsePrizes(text: string): ParsedPrize[] {
  return parts(text).map((part) => parsePart(part) ?? { prize: part });
}

/** A prize cell → its prize lines, or the cell's refusal when a count in it cannot be read. */
export function readPrizeCell(text: string): { value: ParsedPrize[] } | { error: string } {
  const value: ParsedPrize[] = [];
  for (const part of parts(text)) {
    const prize = parsePart(part);
    if (!prize) {
      return {
        error: bi(
          `无法识别“${part}”中的人次：请写成“二等奖 5人次”，单位为 人次、项、队 或 人`,
          `cannot read the count in "${part}": write it as "二等奖 5人次" with the unit 人次, 项, 队 or 人`,
        ),
      };
    }
    value.push(prize);
  }
  return { value };
}
