import Link from "next/link";
import { RulePackEditForm } from "@/components/rules/RulePackForms";
import { guarded, pageActor } from "@/lib/admin/guard";
import { may } from "@/lib/auth/policy";
import { BLOCK_LABELS } from "@/lib/report/model/block-options";
import { getRulePack } from "@/lib/rules/store";
import { fill } from "@/lib/i18n/define";
import { rulePacks } from "@/lib/i18n/messages/rulePacks";
import { translate } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

/** One rule pack: what it requires, in words; admins edit it below. */
export default async function RulePackPage({ params }: { params: Promise<{ key: string }> }) {
  const actor = await pageActor();
  const key = decodeURIComponent((await params).key);
  const pack = await guarded(() => getRulePack({ actor, key }));
  const admin = may(actor, "rulePacks.manage");
  const { outline, indicatorTables, requiredParts, checks, lengthRules } = pack;
  const { t: m } = await translate(rulePacks);
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link className="text-brand-700 underline" href="/admin/rule-packs">
          {m.allPacks}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">{pack.name}</h1>
      <p className="text-sm">
        <Link className="text-brand-700 underline" href={`/admin/rule-packs/${encodeURIComponent(pack.key)}/changes`}>
          {m.changesLink}
        </Link>
      </p>
      <dl className="grid gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">{m.key}</dt>
        <dd className="font-mono">{pack.key}</dd>
        <dt className="font-medium">{m.length}</dt>
        <dd>{fill(m.lengthRule, { min: lengthRules.mainText.min, max: lengthRules.mainText.max, caseMax: lengthRules.caseMax })}</dd>
        <dt className="font-medium">{m.outline}</dt>
        <dd>{outline.chapters.map((c) => `${c.number}${c.title}`).join(" · ")}</dd>
        <dt className="font-medium">{m.requiredParts}</dt>
        <dd>
          {[
            ...requiredParts.sections.map((k) => {
              const c = outline.chapters.find((x) => x.key === k);
              return c ? `${c.number}${c.title}` : k;
            }),
            ...requiredParts.blocks.map((b) => BLOCK_LABELS[b]),
            requiredParts.declaration ? m.declaration : null,
            requiredParts.indicatorTables ? m.indicatorTables : null,
            requiredParts.minCases ? fill(m.minCases, { n: requiredParts.minCases }) : null,
          ]
            .filter(Boolean)
            .join(m.partSeparator) || m.none}
        </dd>
        <dt className="font-medium">{m.yearChecks}</dt>
        <dd>
          {[checks.academicYear ? m.academicYear : null, checks.graduateCohort ? m.graduateCohort : null]
            .filter(Boolean)
            .join(m.partSeparator) || m.none}
        </dd>
      </dl>
      <section aria-labelledby="tables-h" className="space-y-2">
        <h2 id="tables-h" className="text-lg font-semibold text-brand-800">
          {m.indicatorTables}
        </h2>
        {indicatorTables.map((t) => (
          // On a phone each table scrolls sideways in its own box (focusable, so a keyboard can scroll it); the page does not.
          <div key={t.key} className="relative overflow-x-auto rounded bg-white" role="region" aria-label={t.title} tabIndex={0}>
            <table className="w-full border-collapse rounded bg-white text-sm" data-table={t.key}>
              <caption className="p-1 text-left font-medium">{t.title}</caption>
              <thead>
                <tr className="border-b border-slate-200 text-left">
                  <th scope="col" className="p-1">
                    {m.code}
                  </th>
                  <th scope="col" className="p-1">
                    {m.indicator}
                  </th>
                  <th scope="col" className="p-1">
                    {m.unit}
                  </th>
                  <th scope="col" className="p-1">
                    {m.basis}
                  </th>
                  <th scope="col" className="p-1">
                    {m.token}
                  </th>
                </tr>
              </thead>
              <tbody>
                {t.rows.map((r) => (
                  <tr key={r.code} className="border-b border-slate-100">
                    <td className="p-1 font-mono text-xs">{r.code}</td>
                    <td className="p-1">{r.label}</td>
                    <td className="p-1">{r.unit}</td>
                    <td className="p-1">
                      {{ cohort: m.basisCohort, schoolYear: m.basisSchoolYear, calendarYear: m.basisCalendarYear }[r.basis]}
                    </td>
                    <td className="p-1 font-mono text-xs">
                      {r.token}
                      {r.aggregate === "rate" && ` = ${r.numerator} / ${r.denominator}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>
      <p className="text-sm">
        <a className="text-brand-700 underline" href={`/api/v1/rule-packs/${encodeURIComponent(pack.key)}/export`} download>
          {m.exportFile}
        </a>
      </p>
      {admin && (
        <section aria-labelledby="edit-h" className="space-y-2">
          <h2 id="edit-h" className="text-lg font-semibold text-brand-800">
            {m.edit}
          </h2>
          <RulePackEditForm
            packKey={pack.key}
            name={pack.name}
            mainMin={lengthRules.mainText.min}
            mainMax={lengthRules.mainText.max}
            caseMax={lengthRules.caseMax}
            structure={JSON.stringify({ outline, indicatorTables, requiredParts, checks }, null, 2)}
          />
        </section>
      )}
    </div>
  );
}
