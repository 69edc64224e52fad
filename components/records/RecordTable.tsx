import Link from "next/link";
import type { RecordKind } from "@/lib/records/kinds";
import { formatCell } from "@/lib/records/format";
import { recordTitle } from "@/lib/records/declare";
import type { Lang } from "@/lib/i18n/catalogue";
import { records } from "@/lib/i18n/messages/records";

/** A read-only table of records of one kind, columns from the kind registry. */
export function RecordTable({
  kind,
  rows,
  lang,
  showYear,
  offset = 0,
  recordHref,
}: {
  kind: RecordKind;
  rows: Record<string, unknown>[];
  lang: Lang;
  showYear?: boolean;
  offset?: number;
  /** Where a row's first column leads, when a record has a page of its own (a case). */
  recordHref?: (row: Record<string, unknown>) => string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{lang === "zh" ? kind.zh : kind.en}</caption>
        <thead className="bg-slate-100 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {records[lang].rowNumber}
            </th>
            {showYear && (
              <th scope="col" className="px-3 py-2 font-medium">
                {records[lang].year}
              </th>
            )}
            {kind.columns.map((c) => (
              <th key={c.field} scope="col" className="px-3 py-2 font-medium">
                {lang === "zh" ? c.zh : c.en}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row, i) => (
            <tr key={String(row.id)} id={String(row.id)} className="align-top hover:bg-slate-50 target:bg-amber-50">
              {/* The row's header: its number, and for screen readers the record's declared title. */}
              <th
                scope="row"
                className="px-3 py-2 text-left font-normal tabular-nums text-slate-500"
                aria-label={`${offset + i + 1} ${recordTitle(kind, row)}`}
                title={recordTitle(kind, row)}
              >
                {offset + i + 1}
              </th>
              {showYear && <td className="px-3 py-2 tabular-nums">{String(row.year)}</td>}
              {kind.columns.map((c, j) => (
                <td key={c.field} className="px-3 py-2">
                  {j === 0 && recordHref ? (
                    <Link href={recordHref(row)} className="text-brand-700 underline">
                      {formatCell(row[c.field], c, lang, row)}
                    </Link>
                  ) : (
                    formatCell(row[c.field], c, lang, row)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
