import { z } from "zod";

/** The province screens' address parameters: anything else in the address falls back to the default, never an error page. */
export const ZTablesView = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  group: z.enum(["all", "type", "city"]).catch("all"),
});

export const ZRankingView = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  row: z.string().trim().max(40).optional().catch(undefined),
  share: z.enum(["0.1", "0.2", "0.3", "1"]).catch("0.1"),
});

/** The first value of a search parameter that may be repeated. */
export const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
export const firstOfEach = (params: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, first(v)]));
