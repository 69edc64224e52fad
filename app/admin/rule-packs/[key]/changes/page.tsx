import Link from "next/link";
import { guarded, pageActor } from "@/lib/admin/guard";
import type { FieldChange, Listed, Renamed, RowRef } from "@/lib/rules/diff";
import { compareRulePacks } from "@/lib/rules/store";
import { fill, type MessagesOf } from "@/lib/i18n/catalogue";
import { rulePacks } from "@/lib/i18n/messages/rulePacks";
import { translate } from "@/lib/i18n/server";

type T = MessagesOf<typeof rulePacks>;

export async function generateMetadata() {
  const { t } = await translate(rulePacks);
  return { title: t.changesTitle };
}
export const dynamic = "force-dynamic";

/**
 * 「与往年的差异」: what a pack changes against another (by default the one before it), for the
 * quality office's yearly briefing. Lists, not wide tables, so it reads on a phone.
 */
export default async function RulePackChangesPage({
  params,
  searchParams,
}: {
  params: Promise<{ key: string }>;
  searchParams: Promise<{ from?: string | string[] }>;
}) {
  const actor = await pageActor();
  const key = decodeURIComponent((await params).key);
  const from = (await searchParams).from;
  const { diff, choices } = await guarded(() => compareRulePacks({ actor, to: key, from: Array.isArray(from) ? from[0] : from }));
  const { rows, tables, sections } = diff;
  const { t } = await translate(rulePacks);
  return (
    <div className="space-y-4 break-words">
      <p className="text-sm">
        <Link className="text-brand-700 underline" href={`/admin/rule-packs/${encodeURIComponent(diff.to.key)}`}>
          ← {diff.to.name}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">{t.changesTitle}</h1>
      <form method="get" className="flex flex-wrap items-end gap-2 text-sm" aria-label={t.changesChooser}>
        <label className="flex flex-col">
          <span>{t.changesCompareWith}</span>
          <select name="from" defaultValue={diff.from.key} className="rounded border border-slate-300 p-1">
            {choices
              .filter((k) => k !== diff.to.key)
              .map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-white">
          {t.changesCompare}
        </button>
      </form>
      <p className="text-sm text-slate-700" data-testid="compared">
        {fill(t.changesCompared, { fromName: diff.from.name, fromKey: diff.from.key, toName: diff.to.name, toKey: diff.to.key })}
      </p>
      {diff.same && <p className="rounded bg-slate-100 p-2 text-sm">{t.changesSame}</p>}

      <Part id="rows" title={t.changesRows}>
        <RowList t={t} title={t.changesAdded} rows={rows.added} testid="rows-added" />
        <RowList t={t} title={t.changesRemoved} rows={rows.removed} testid="rows-removed" />
        {rows.changed.length > 0 && (
          <div data-testid="rows-changed">
            <h3 className="font-medium">{t.changesChanged}</h3>
            <ul className="list-disc space-y-1 pl-5">
              {rows.changed.map((r) => (
                <li key={r.code} data-code={r.code}>
                  <span className="font-mono">{r.code}</span> {r.table} · {r.label}
                  <Changes t={t} list={r.changes} />
                </li>
              ))}
            </ul>
          </div>
        )}
        {!rows.added.length && !rows.removed.length && !rows.changed.length && <None t={t} />}
      </Part>

      <Part id="tables" title={t.changesTables}>
        <KeyedList t={t} added={tables.added} removed={tables.removed} renamed={tables.renamed} testid="tables" />
      </Part>

      <Part id="sections" title={t.changesOutline}>
        <KeyedList t={t} added={sections.added} removed={sections.removed} renamed={sections.renamed} testid="sections" />
        {sections.topics.length > 0 && (
          <ul className="list-disc pl-5">
            {sections.topics.map((s) => (
              <li key={s.key}>{fill(t.changesTopics, { title: s.title, from: s.from, to: s.to })}</li>
            ))}
          </ul>
        )}
      </Part>

      <Part id="rules" title={t.changesRules}>
        <div data-testid="length-rules">
          <Changes t={t} list={[...diff.pack, ...diff.lengthRules, ...diff.requiredParts, ...diff.checks]} />
        </div>
        {![...diff.pack, ...diff.lengthRules, ...diff.requiredParts, ...diff.checks].length && <None t={t} />}
      </Part>
    </div>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-h`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <h2 id={`${id}-h`} className="text-lg font-semibold text-brand-800">
        {title}
      </h2>
      {children}
    </section>
  );
}

const None = ({ t }: { t: T }) => <p className="text-slate-500">{t.changesNone}</p>;

function RowList({ t, title, rows, testid }: { t: T; title: string; rows: RowRef[]; testid: string }) {
  if (!rows.length) return null;
  return (
    <div data-testid={testid}>
      <h3 className="font-medium">{fill(t.changesCount, { title, n: rows.length })}</h3>
      <ul className="list-disc pl-5">
        {rows.map((r) => (
          <li key={r.code} data-code={r.code}>
            <span className="font-mono">{r.code}</span> {r.table} · {r.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

function KeyedList({
  t,
  added,
  removed,
  renamed,
  testid,
}: {
  t: T;
  added: Listed[];
  removed: Listed[];
  renamed: Renamed[];
  testid: string;
}) {
  if (!added.length && !removed.length && !renamed.length) return <None t={t} />;
  return (
    <ul className="list-disc pl-5" data-testid={testid}>
      {added.map((x) => (
        <li key={`a-${x.key}`}>{fill(t.changesAddedItem, { title: x.title })}</li>
      ))}
      {removed.map((x) => (
        <li key={`r-${x.key}`}>{fill(t.changesRemovedItem, { title: x.title })}</li>
      ))}
      {renamed.map((x) => (
        <li key={`n-${x.key}`}>{fill(t.changesRenamedItem, { from: x.from, to: x.to })}</li>
      ))}
    </ul>
  );
}

function Changes({ t, list }: { t: T; list: FieldChange[] }) {
  if (!list.length) return null;
  return (
    <ul className="pl-4 text-slate-700">
      {list.map((c) => (
        <li key={c.field}>
          {fill(t.changesLabel, { label: c.label })}
          <del className="text-slate-500">{c.from}</del> → <ins className="no-underline">{c.to}</ins>
        </li>
      ))}
    </ul>
  );
}
