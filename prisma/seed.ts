// `npm run db:seed`: loads the 2022 demo report (idempotent) into DATABASE_URL, or into the
// embedded database when DATABASE_URL is unset.
import { resolveDatabase } from "../lib/runtime/database";
import { migrateDeploy } from "../lib/runtime/migrate";

async function main() {
  if (process.env.NODE_ENV === "production" && process.env.NIANBAO_DEMO !== "1") {
    console.error(
      "拒绝在生产环境写入演示数据，如确需写入请设置 NIANBAO_DEMO=1（refusing to load demo data in production without NIANBAO_DEMO=1）",
    );
    process.exit(2);
  }
  const database = await resolveDatabase();
  try {
    await migrateDeploy(database.url, { quiet: true });
    const { db } = await import("../lib/server/db");
    const { seedDemo } = await import("../lib/demo/seed");
    await seedDemo(db(), { users: true });
    await db().$disconnect();
    console.log("演示数据已就绪（demo data loaded）");
  } finally {
    await database.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
