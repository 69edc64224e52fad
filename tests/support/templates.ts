import { seedDemo } from "../../lib/demo/seed";
import { migrateDeploy } from "../../lib/runtime/migrate";
import { scratchTemplate } from "../../lib/runtime/scratch-database";
import { closePrismaClient, createPrismaClient } from "../../lib/server/db";

/**
 * The databases every test file copies instead of building its own: `migrated` (all migrations
 * applied) and `demo` (that plus the demo data and its users). Migrating takes ~6 s and seeding
 * ~10 s per file on Postgres (~60 s embedded); a copy takes well under a second (a few seconds
 * embedded), and an embedded run also keeps an initialised empty one. Made once per run by
 * tests/support/global-setup.ts, before any test file starts, so that no test's hook timeout pays
 * for them; removed when the run ends.
 */
export type Templates = { empty: string | null; migrated: string; demo: string };

export async function makeTemplates(
  serverUrl: string | null,
  owner: number,
): Promise<{ templates: Templates; dispose: () => Promise<void> }> {
  const made: { dispose: () => Promise<void> }[] = [];
  const dispose = async () => {
    for (const t of made.reverse()) await t.dispose().catch(() => undefined);
  };
  try {
    // Embedded, even an empty database is a new PGlite data folder to initialise (20–40 s): an
    // initialised one is copied instead. On a server CREATE DATABASE is quick, so there is none.
    const empty = serverUrl ? null : await scratchTemplate({ serverUrl, prefix: "nianbao_tpl_empty", owner, prepare: async () => {} });
    if (empty) made.push(empty);
    const migrated = await scratchTemplate({
      serverUrl,
      prefix: "nianbao_tpl_migrated",
      owner,
      template: empty?.template,
      prepare: (url) => migrateDeploy(url, { quiet: true }),
    });
    made.push(migrated);
    const seeded = () =>
      scratchTemplate({
        serverUrl,
        prefix: "nianbao_tpl_demo",
        owner,
        template: migrated.template,
        prepare: async (url, poolMax) => {
          const prisma = createPrismaClient(url, poolMax);
          try {
            await seedDemo(prisma, { users: true });
          } finally {
            await closePrismaClient(prisma);
          }
        },
      });
    // Every test file of the run depends on this one seed: on a machine loaded far beyond its cores
    // the seed's publication transaction was seen to fail once (a retry passed), so it gets a second
    // try here. seed.test.ts seeds by itself, without a retry.
    const demo = await seeded().catch((err: unknown) => {
      console.warn(`[tests] the demo template failed once, trying again: ${(err as Error).message}`);
      return seeded();
    });
    made.push(demo);
    return { templates: { empty: empty?.template ?? null, migrated: migrated.template, demo: demo.template }, dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
}
