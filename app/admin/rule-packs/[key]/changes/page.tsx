import Link from "next/link";
import { guarded, pageActor } from "@/lib/admin/guard";
import type { FieldChange, Listed, Renamed, RowRef } from "@/lib/rules/diff";
import { compareRulePacks } from "@/lib/rules/store";

export const metadata = { title: "与往年的差异" };
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
  return (
    <div className="space-y-4 break-words">
      <p className="text-sm">
        <Link className="text-brand-700 underline" href={`/admin/rule-packs/${encodeURIComponent(diff.to.key)}`}>
          ← {diff.to.name}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">
        与往年的差异 <span className="text-sm font-normal text-slate-500">Changes from another pack</span>
      </h1>
      <form method="get" className="flex flex-wrap items-end gap-2 text-sm" aria-label="选择比较对象">
        <label className="flex flex-col">
          <span>与此规则包比较（Compare with）</span>
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
          比较
        </button>
      </form>
      <p className="text-sm text-slate-700" data-testid="compared">
        从「{diff.from.name}」（{diff.from.key}）到「{diff.to.name}」（{diff.to.key}）。指标行按代码对应：改名或移到别的表的行仍是同一行。
      </p>
      {diff.same && <p className="rounded bg-slate-100 p-2 text-sm">两个规则包没有差异（no differences）。</p>}

      <Part id="rows" title="指标行" en="Indicator rows">
        <RowList title="新增" rows={rows.added} testid="rows-added" />
        <RowList title="删除" rows={rows.removed} testid="rows-removed" />
        {rows.changed.length > 0 && (
          <div data-testid="rows-changed">
            <h3 className="font-medium">变化</h3>
            <ul className="list-disc space-y-1 pl-5">
              {rows.changed.map((r) => (
                <li key={r.code} data-code={r.code}>
                  <span className="font-mono">{r.code}</span> {r.table} · {r.label}
                  <Changes list={r.changes} />
                </li>
              ))}
            </ul>
          </div>
        )}
        {!rows.added.length && !rows.removed.length && !rows.changed.length && <None />}
      </Part>

      <Part id="tables" title="附录指标表" en="Indicator tables">
        <KeyedList added={tables.added} removed={tables.removed} renamed={tables.renamed} testid="tables" />
      </Part>

      <Part id="sections" title="大纲" en="Outline">
        <KeyedList added={sections.added} removed={sections.removed} renamed={sections.renamed} testid="sections" />
        {sections.topics.length > 0 && (
          <ul className="list-disc pl-5">
            {sections.topics.map((s) => (
              <li key={s.key}>
                {s.title} 的栏目：{s.from} → {s.to}
              </li>
            ))}
          </ul>
        )}
      </Part>

      <Part id="rules" title="篇幅、必备部分与检查" en="Length rules, required parts, checks">
        <div data-testid="length-rules">
          <Changes list={[...diff.pack, ...diff.lengthRules, ...diff.requiredParts, ...diff.checks]} />
        </div>
        {![...diff.pack, ...diff.lengthRules, ...diff.requiredParts, ...diff.checks].length && <None />}
      </Part>
    </div>
  );
}

function Part({ id, title, en, children }: { id: string; title: string; en: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-h`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <h2 id={`${id}-h`} className="text-lg font-semibold text-brand-800">
        {title} <span className="text-sm font-normal text-slate-500">{en}</span>
      </h2>
      {children}
    </section>
  );
}

const None = () => <p className="text-slate-500">无变化</p>;

function RowList({ title, rows, testid }: { title: string; rows: RowRef[]; testid: string }) {
  if (!rows.length) return null;
  return (
    <div data-testid={testid}>
      <h3 className="font-medium">
        {title}（{rows.length}）
      </h3>
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

function KeyedList({ added, removed, renamed, testid }: { added: Listed[]; removed: Listed[]; renamed: Renamed[]; testid: string }) {
  if (!added.length && !removed.length && !renamed.length) return <None />;
  return (
    <ul className="list-disc pl-5" data-testid={testid}>
      {added.map((t) => (
        <li key={`a-${t.key}`}>新增：{t.title}</li>
      ))}
      {removed.map((t) => (
        <li key={`r-${t.key}`}>删除：{t.title}</li>
      ))}
      {renamed.map((t) => (
        <li key={`n-${t.key}`}>
          更名：{t.from} → {t.to}
        </li>
      ))}
    </ul>
  );
}

function Changes({ list }: { list: FieldChange[] }) {
  if (!list.length) return null;
  return (
    <ul className="pl-4 text-slate-700">
      {list.map((c) => (
        <li key={c.field}>
          {c.label}：<del className="text-slate-500">{c.from}</del> → <ins className="no-underline">{c.to}</ins>
        </li>
      ))}
    </ul>
  );
}
