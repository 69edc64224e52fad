import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { createPgPool } from "./pg-pool";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * PrismaPg 6.19 runs a migration script by splitting it on every ";", which breaks dollar-quoted
 * function bodies (our audit-log trigger). Send the script whole instead: the simple query
 * protocol runs multi-statement scripts natively.
 */
function runScriptsWhole(adapter: Adapter, pool: pg.Pool): Adapter {
  // Why a cast: PrismaPg's onError (a pg error → the driver error the CLI prints) is not in its
  // public type, and the whole script must fail the way its own executeScript fails.
  const withErrors = adapter as unknown as { onError(e: unknown): never };
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      withErrors.onError(error);
    }
  };
  return adapter;
}

/**
 * Driver adapter for the Prisma CLI. Besides whole scripts, PrismaPg 6.19 points its "shadow
 * database" at the main database (P3006 in `migrate dev`), so we create a throw-away database
 * instead and drop it when the CLI disposes the adapter.
 */
class ShadowAwarePrismaPg extends PrismaPg {
  private readonly pool: pg.Pool;

  constructor(private readonly url: string) {
    const pool = createPgPool({ connectionString: url, allowExitOnIdle: true, max: 2 });
    super(pool);
    this.pool = pool;
  }

  override async connect() {
    return runScriptsWhole(await super.connect(), this.pool);
  }

  override async connectToShadowDb() {
    const name = `nianbao_shadow_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const admin = new pg.Client({ connectionString: this.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const shadowUrl = new URL(this.url);
    shadowUrl.pathname = `/${name}`;
    const pool = createPgPool({ connectionString: shadowUrl.toString(), allowExitOnIdle: true, max: 2 });
    const adapter = runScriptsWhole(await new PrismaPg(pool).connect(), pool);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose().catch(() => undefined);
      await pool.end().catch(() => undefined);
      const cleanup = new pg.Client({ connectionString: this.url });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    };
    return adapter;
  }
}

export function createShadowAwareAdapter(url: string): PrismaPg {
  return new ShadowAwarePrismaPg(url);
}
