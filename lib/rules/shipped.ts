import pack2022 from "../../rule-packs/2022.json";
import pack2024 from "../../rule-packs/2024.json";
import packProvince2024 from "../../rule-packs/province-2024.json";
import { type TRulePack, ZRulePack } from "./pack";

/**
 * The packs that ship in the repository (rule-packs/*.json): the 2022 and 2024 national notices, and
 * a province's report over its colleges for 2024 (audience "province", docs/decisions/015).
 * They are bundled (a JSON import, no file read at run time) and loaded into the RulePack table
 * of any database that lacks them (lib/rules/store.ts), then used like any other pack.
 */
const FILES: readonly unknown[] = [pack2022, pack2024, packProvince2024];
export const SHIPPED_KEYS: readonly string[] = [pack2022.key, pack2024.key, packProvince2024.key];

// Parsed on first use, not at import: the schema checks tokens (lib/report/tokens/tokens.ts), whose module
// graph imports this one through the report data.
let parsed: readonly TRulePack[] | null = null;
export const shippedPacks = (): readonly TRulePack[] => (parsed ??= FILES.map((p) => ZRulePack.parse(p)));

export const isShippedKey = (key: string) => SHIPPED_KEYS.includes(key);

/** A shipped pack by key (unit tests and crafted data build reports without a database). */
export function shippedPack(key: string): TRulePack {
  const pack = shippedPacks().find((p) => p.key === key);
  if (!pack) throw new Error(`no shipped rule pack ${key}`);
  return pack;
}
