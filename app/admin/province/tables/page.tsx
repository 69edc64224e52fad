import { guarded, pageActor } from "@/lib/admin/guard";
import { authorize } from "@/lib/auth/policy";
import { province } from "@/lib/i18n/messages/province";
import { translate } from "@/lib/i18n/server";

export async function generateMetadata() {
  const { t } = await translate(province);
  return { title: t.navTables };
}

/** Province mode: a placeholder until the tables are built (issue 24). */
export default async function ProvinceTablesPage() {
  const actor = await pageActor();
  await guarded(() => authorize(actor, "province.board"));
  const { t } = await translate(province);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t.navTables}</h1>
      <p className="text-sm text-slate-600">{t.placeholderTables}</p>
    </div>
  );
}
