import { Prisma } from "../generated/prisma/client";

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

/** part / whole as a percentage, or null when the whole is zero (a blank, not a 0%). */
export function percent(part: DecimalInput, whole: DecimalInput): TDecimal | null {
  const w = dec(whole);
  if (w.isZero()) return null;
  return dec(part).times(100).dividedBy(w);
}
