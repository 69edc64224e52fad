import { z } from "zod";

/** Query-string filters of the public record browser, parsed leniently (bad values are dropped). */
const ZBrowseParams = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  /** A record to show: the list opens on its page (the report's 来源 links). */
  record: z
    .string()
    .regex(/^[\w-]{1,64}$/)
    .optional()
    .catch(undefined),
});

export type TBrowseParams = z.infer<typeof ZBrowseParams>;

export function parseBrowseParams(search: Record<string, string | string[] | undefined>): TBrowseParams {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return ZBrowseParams.parse({
    year: first(search.year) || undefined,
    q: first(search.q) || undefined,
    page: first(search.page) || undefined,
    record: first(search.record) || undefined,
  });
}
