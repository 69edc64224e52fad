import type { Messages } from "@/lib/i18n/catalogue";

/** A plain GET form: works without JavaScript. */
export function YearFilter({ action, years, year, q, t }: { action: string; years: number[]; year?: number; q?: string; t: Messages }) {
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-3">
      <label className="text-sm">
        <span className="mb-1 block text-slate-600">{t.year}</span>
        <select name="year" defaultValue={year ?? ""} className="rounded border border-slate-300 bg-white px-2 py-1.5">
          <option value="">—</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-slate-600">{t.search}</span>
        <input name="q" defaultValue={q ?? ""} className="rounded border border-slate-300 bg-white px-2 py-1.5" />
      </label>
      <button className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700">{t.filter}</button>
    </form>
  );
}
