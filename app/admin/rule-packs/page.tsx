import Link from "next/link";
import { ImportRulePackForm } from "@/components/rules/RulePackForms";
import { guarded, pageActor } from "@/lib/admin/guard";
import { may } from "@/lib/auth/policy";
import { listRulePacks } from "@/lib/rules/store";
import { formatDateTime } from "@/lib/time";
import { fill } from "@/lib/i18n/define";
import { rulePacks } from "@/lib/i18n/messages/rulePacks";
import { translate } from "@/lib/i18n/server";

export async function generateMetadata() {
  const { t } = await translate(rulePacks);
  return { title: t.title };
}
export const dynamic = "force-dynamic";

/** Rule packs: each year's notice as data (lib/rules). Reviewers read them; admins import, edit and export. */
export default async function RulePacksPage() {
  const actor = await pageActor();
  const packs = await guarded(() => listRulePacks({ actor }));
  const admin = may(actor, "rulePacks.manage");
  const { t } = await translate(rulePacks);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t.title}</h1>
      <p className="text-sm text-slate-700">{t.intro}</p>
      {admin && <ImportRulePackForm />}
      {/* On a phone the list scrolls sideways in its box (its links make it reachable by keyboard); the page does not. `relative` keeps
      the screen-reader-only texts (absolutely placed) inside the box, or they would widen the page again. */}
      <div className="relative overflow-x-auto rounded-lg bg-white">
        <table className="w-full border-collapse rounded-lg bg-white text-sm" data-testid="rule-packs">
          <caption className="sr-only">{t.listCaption}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left">
              <th scope="col" className="p-2">
                {t.name}
              </th>
              <th scope="col" className="hidden p-2 sm:table-cell">
                {t.key}
              </th>
              <th scope="col" className="p-2">
                {t.usedBy}
              </th>
              <th scope="col" className="p-2">
                {t.updatedAt}
              </th>
              <th scope="col" className="p-2">
                {t.actions}
              </th>
            </tr>
          </thead>
          <tbody>
            {packs.map((p) => (
              <tr key={p.key} className="border-b border-slate-100" data-pack={p.key}>
                <td className="p-2">
                  {p.name}
                  {p.shipped && (
                    <span className="ml-2 inline-block whitespace-nowrap rounded bg-slate-100 px-2 py-0.5 text-xs">{t.shipped}</span>
                  )}
                  {/* Whom it is for, beside the name rather than a column of its own: the table has to fit a phone. */}
                  <span
                    className={`ml-2 inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs ${p.audience === "province" ? "bg-amber-100 text-amber-900" : "bg-brand-50 text-brand-800"}`}
                    data-audience={p.audience}
                  >
                    {p.audience === "province" ? t.audienceProvince : t.audienceCollege}
                  </span>
                </td>
                {/* Not on a phone: the name says which pack it is, and a long imported key would widen the page. */}
                <td className="hidden p-2 font-mono sm:table-cell">{p.key}</td>
                <td className="p-2">{p.usedBy.length ? p.usedBy.map((year) => fill(t.year, { year })).join(t.listSeparator) : t.unused}</td>
                <td className="p-2">{formatDateTime(p.updatedAt)}</td>
                <td className="space-x-3 p-2">
                  <Link className="text-brand-700 underline" href={`/admin/rule-packs/${encodeURIComponent(p.key)}`}>
                    {admin ? t.viewAndEdit : t.view}
                    <span className="sr-only">{p.name}</span>
                  </Link>
                  <a className="text-brand-700 underline" href={`/api/v1/rule-packs/${encodeURIComponent(p.key)}/export`} download>
                    {t.exportJson}
                    <span className="sr-only">{p.name}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
