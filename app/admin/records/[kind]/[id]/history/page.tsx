import Link from "next/link";
import { notFound } from "next/navigation";
import { guarded, pageActor } from "@/lib/admin/guard";
import { formContext } from "@/lib/admin/options";
import { recordHistory } from "@/lib/records/history";
import { historySentences } from "@/lib/records/history-sentences";
import { kindBySlug } from "@/lib/records/kinds";
import { recordTitle } from "@/lib/records/declare";
import { recordView } from "@/lib/records/access";
import { findReadable } from "@/lib/records/write";
import { records } from "@/lib/i18n/messages/records";
import { translate } from "@/lib/i18n/server";

export default async function HistoryPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind: slug, id } = await params;
  const kind = kindBySlug(slug);
  if (!kind) notFound();
  const actor = await pageActor();
  const { lang, t } = await translate(records);
  const [items, ctx, record] = await Promise.all([
    guarded(() => recordHistory({ actor, kind, id })),
    formContext(),
    guarded(() => findReadable({ actor }, kind, id)),
  ]);
  const sentences = historySentences(kind, items, { departments: ctx.departmentNames, lang });
  return (
    <div className="space-y-4">
      <nav className="text-sm text-slate-500">
        <Link href={`/admin/records/${kind.slug}/${id}`} className="hover:underline">
          {t.backToRecord}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold text-brand-800">
        {t.historyTitle}
        <span data-testid="record-title">{recordTitle(kind, recordView(record, actor).values)}</span>{" "}
        {lang === "zh" && <span className="text-sm font-normal text-slate-500">{t.historyGloss}</span>}
      </h1>
      <ol className="space-y-3" data-testid="history">
        {sentences.map((h) => (
          <li key={h.id} data-action={h.action} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <p data-testid="sentence">
              <time dateTime={h.iso} className="text-slate-500 tabular-nums">
                {h.at}
              </time>{" "}
              <span data-testid="actor">{h.actor}</span> <strong>{h.verb}</strong>
              {h.detail && (
                <span className={h.action === "RETURN" || h.action === "DRAFT_RETURN" ? "text-rose-800" : undefined}>
                  {t.colon}
                  {h.detail}
                </span>
              )}
            </p>
            {h.changes.length > 0 && (
              <ul className="mt-1 space-y-0.5 text-slate-700" data-testid="changes">
                {h.changes.map((c) => (
                  <li key={c.field}>
                    {c.label}
                    {c.before ? (
                      <>
                        {" "}
                        <span className="text-rose-700 line-through decoration-rose-300">{c.before}</span> →{" "}
                        <span className="text-emerald-800">{c.after}</span>
                      </>
                    ) : (
                      <>
                        {t.colon}
                        {c.after}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
