import { translate } from "@/lib/i18n/server";
import { years as words } from "@/lib/i18n/messages/years";

/** The year choice at the top of the year-scoped admin pages (progress, task board): a plain GET form. */
export async function YearSwitch({ years, year }: { years: number[]; year: number }) {
  const { t } = await translate(words);
  return (
    <form method="get" className="text-sm">
      <label>
        {t.year}
        <select name="year" defaultValue={year} className="ml-1 rounded border border-slate-300 px-2 py-1">
          {years.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </label>
      <button className="ml-2 rounded bg-slate-700 px-3 py-1 text-white">{t.switchYear}</button>
    </form>
  );
}
