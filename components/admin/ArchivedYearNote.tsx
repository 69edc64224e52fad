"use client";

import { useMessages } from "@/components/i18n/LangProvider";
import { fill } from "@/lib/i18n/define";
import { records } from "@/lib/i18n/messages/records";

/**
 * Said where an archived year's forms would be: why nothing can be saved, and who can change that.
 * `what` (what cannot be done) comes from the caller's catalogue, in the reader's language.
 */
export function ArchivedYearNote({ year, what }: { year: number; what?: string }) {
  const t = useMessages(records);
  return (
    <p role="note" data-testid="archived-year" className="rounded border border-slate-300 bg-slate-50 p-2 text-sm text-slate-700">
      {t.archivedYear(year, what ?? t.archivedDefaultWhat)}
    </p>
  );
}

/** A form that writes into a year, when every year is archived: nothing to write into until one is opened or reopened. */
export function NoOpenYear({ years }: { years: number[] }) {
  const t = useMessages(records);
  return (
    <p role="note" data-testid="archived-year" className="rounded border border-slate-300 bg-slate-50 p-2 text-sm text-slate-700">
      {years.length ? fill(t.allArchived, { years: years.join(t.listSeparator) }) : t.noYearYet}
      {t.noOpenYear}
    </p>
  );
}
