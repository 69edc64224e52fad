import path from "node:path";
import { dataDir, env } from "../env";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { migrateDeploy } from "./migrate";

export type ResolvedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * The database the CLI scripts use: DATABASE_URL when set, otherwise the embedded one under
 * ./.data (started here and stopped with `stop`). Sets DATABASE_URL for code that follows.
 */
export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const { DATABASE_URL, NIANBAO_PG_PORT } = env();
  if (DATABASE_URL) {
    return { url: DATABASE_URL, embedded: false, stop: () => Promise.resolve() };
  }
  const pg: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir(), "pglite"), port: NIANBAO_PG_PORT });
  process.env.DATABASE_URL = pg.url;
  process.env.NIANBAO_EMBEDDED = "1";
  process.env.DATABASE_POOL_MAX = "1";
  return { url: pg.url, embedded: true, stop: pg.stop };
}

/**
 * The database ready for the app, as `npm start` and `npm run report:pdf` both need it: resolved,
 * migrated, and holding the demo data when wanted (the embedded database on its first start, or
 * any database with NIANBAO_DEMO=1). The caller stops it when done. `onStarted`: once the database
 * answers, before it is migrated.
 */
export async function prepareDatabase(options: { onStarted?: () => void } = {}): Promise<ResolvedDatabase> {
  const database = await resolveDatabase();
  options.onStarted?.(); // npm start begins its build here: beside the migrations and the seed
  console.log(`[nianbao] 数据库（database）: ${database.embedded ? "embedded PGlite" : "DATABASE_URL"}`);
  try {
    // With NIANBAO_MIGRATION_URL (the tables' owner), migrations run as the owner and the app's own
    // role (the user of DATABASE_URL) gets only the rights it needs: docs/security.md.
    const ownerUrl = env().NIANBAO_MIGRATION_URL;
    await migrateDeploy(ownerUrl ?? database.url, { quiet: true });
    if (ownerUrl) {
      const { grantAppRole } = await import("./app-role");
      const { role } = await grantAppRole({ ownerUrl, appUrl: database.url });
      console.log(`[nianbao] 应用以数据库角色 ${role} 运行（the app runs as database role ${role}）`);
    } else if (!database.embedded) {
      const { connectedAsOwner } = await import("./app-role");
      if (await connectedAsOwner(database.url)) {
        console.warn(
          "[nianbao] 警告：应用以表的所有者或超级用户连接数据库，审计日志可被关闭；请设置 NIANBAO_MIGRATION_URL（warning: the app connects as the tables' owner or a superuser, so the audit log can be switched off; set NIANBAO_MIGRATION_URL, see docs/security.md）",
        );
      }
    }
    const { db } = await import("../server/db");
    const firstStart = (await db().reportYear.count()) === 0;
    // The embedded default shows the demo on its first start unless NIANBAO_DEMO=0 asks for a real,
    // empty installation (then /setup); NIANBAO_DEMO=1 loads it on any database.
    const demo = env().NIANBAO_DEMO;
    if ((database.embedded && firstStart && demo !== false) || demo === true) {
      console.log("[nianbao] 载入2022年演示数据（loading the 2022 demo data）…");
      const { seedDemo } = await import("../demo/seed");
      await seedDemo(db(), { users: true });
    }
    return database;
  } catch (err) {
    await database.stop();
    throw err;
  }
}
