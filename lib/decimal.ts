import { Prisma } from "./generated/prisma/client";

export const Decimal = Prisma.Decimal;
export type TDecimal = Prisma.Decimal;
type DecimalInput = Prisma.Decimal | string | number;

export function dec(v: DecimalInput | null | undefined): TDecimal {
  return new Decimal(v ?? 0);
}

export function sum(values: Iterable<DecimalInput | null | undefined>): TDecimal {
  let total = new Decimal(0);
  for (const v of values) total = total.plus(v ?? 0);
  return total;
}

/** Round half up to `places` and print with exactly that many decimals (16615.245 → "16615.25"). */
export function fixed(v: DecimalInput, places = 2): string {
  return dec(v).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
}

/**
 * The one home for "a value at the precision it was entered with": its own decimals, never
 * rounded, and at least `min` (money: 2) or `places` (a total: its items' precision).
 * "3.465" → "3.465"; "100" with min 2 → "100.00"; "12.5" with min 2 → "12.50"; "7.50" → "7.5".
 * The database pads a value to its column's scale (numeric(14,4) stores 3.4650) and a Decimal
 * drops trailing zeros, so "entered" means its significant decimals: a trailing zero typed past
 * the minimum is not kept, but no digit anyone entered is ever rounded away.
 * Text that is not a number prints as it is.
 */
export function entered(v: DecimalInput | null | undefined, options: { min?: number; places?: number } = {}): string {
  if (v === null || v === undefined || v === "") return "";
  let d: TDecimal;
  try {
    d = new Decimal(typeof v === "string" ? v.trim() : v);
  } catch {
    return String(v);
  }
  return d.toFixed(Math.max(d.decimalPlaces(), options.min ?? 0, options.places ?? 0));
}

/** Decimals money (万元) prints with at least: 100 → 100.00. */
export const MONEY_PLACES = 2;

/** An amount of money as entered, at least two decimals (3.465 → "3.465", 100 → "100.00"). */
export function money(v: DecimalInput, places = MONEY_PLACES): string {
  return entered(v, { min: Math.max(places, MONEY_PLACES) });
}

/** The decimals of the most precise value: a subtotal or total prints with its items' precision. */
export function placesOf(values: Iterable<DecimalInput | null | undefined>): number {
  let places = 0;
  for (const v of values) {
    if (v === null || v === undefined || v === "") continue;
    places = Math.max(places, Number(entered(v).split(".")[1]?.length ?? 0));
  }
  return places;
}

/** part / whole as a percentage, or null when the whole is zero (a blank, not a 0%). */
export function percent(part: DecimalInput, whole: DecimalInput): TDecimal | null {
  const w = dec(whole);
  if (w.isZero()) return null;
  return dec(part).times(100).dividedBy(w);
}
