import type { MaybeActor } from "@/lib/auth/actor";
import { changesSinceLastEdition } from "@/lib/report/admin";
import { formatDateTime } from "@/lib/time";
import { fill } from "@/lib/i18n/define";
import { report } from "@/lib/i18n/messages/report";
import { translate } from "@/lib/i18n/server";
const SHOWN = 50;

/**
 * 与上一版相比: what publishing now would change against the latest edition, beside the sign-off
 * (a leader decides knowing what changed). Rendered inside a Suspense boundary: building the
 * approved report takes a moment and the rest of the preview need not wait for it.
 */
export async function EditionChanges({ actor, year }: { actor: MaybeActor; year: number }) {
  const [result, { t }] = await Promise.all([changesSinceLastEdition(actor, year), translate(report)]);
  return (
    <section
      aria-labelledby="changes-h"
      id="changes"
      className="space-y-2 rounded border border-amber-200 bg-white p-3 text-sm"
      data-testid="edition-changes"
    >
      <h2 id="changes-h" className="font-semibold">
        {t.changesTitle}
      </h2>
      {!result ? (
        <p>{t.firstEdition}</p>
      ) : result.changes.length === 0 ? (
        <p>{fill(t.noChanges, { version: result.version, at: formatDateTime(result.publishedAt) })}</p>
      ) : (
        <details open={result.changes.length <= 10}>
          <summary className="cursor-pointer">
            {fill(t.changesSummary, { version: result.version, at: formatDateTime(result.publishedAt), n: result.changes.length })}
          </summary>
          <ul className="mt-2 space-y-1" data-diff>
            {result.changes.slice(0, SHOWN).map((c, i) => (
              <li key={i} data-change={c.type}>
                <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs">{t[c.type]}</span>
                <span className="font-medium">{c.where}</span> · {c.what}
                {c.before !== undefined && <span className="block text-rose-800">− {c.before.slice(0, 200)}</span>}
                {c.after !== undefined && <span className="block text-emerald-800">+ {c.after.slice(0, 200)}</span>}
              </li>
            ))}
          </ul>
          {result.changes.length > SHOWN && (
            <p className="mt-1 text-slate-600">{fill(t.moreChanges, { n: result.changes.length - SHOWN })}</p>
          )}
        </details>
      )}
    </section>
  );
}
