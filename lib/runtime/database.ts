import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const DATA_DIR = process.env.NIANBAO_DATA_DIR ?? path.join(ROOT, ".data");

/**
 * The database the CLI scripts use: DATABASE_URL when set, otherwise the embedded one under
 * ./.data (started here and stopped with `stop`). Sets DATABASE_URL for code that follows.
 */
export async function resolveDatabase(): Promise<{ url: string; embedded: boolean; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const pg: EmbeddedPostgres = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, "pglite"),
    port: process.env.NIANBAO_PG_PORT ? Number(process.env.NIANBAO_PG_PORT) : undefined,
  });
  process.env.DATABASE_URL = pg.url;
  process.env.NIANBAO_EMBEDDED = "1";
  process.env.DATABASE_POOL_MAX = "1";
  return { url: pg.url, embedded: true, stop: pg.stop };
}
