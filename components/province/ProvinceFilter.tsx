"use client";

import { useMessages } from "@/components/i18n/LangProvider";
import { provinceData } from "@/lib/i18n/messages/provinceData";

type Choice = { value: string; label: string };

/** A GET form of selects (year, grouping, row…): the page reads its choices from the address, so a view can be bookmarked. */
export function ProvinceFilter({ fields }: { fields: { name: string; label: string; value: string; choices: Choice[] }[] }) {
  const t = useMessages(provinceData);
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      {fields.map((f) => (
        <label key={f.name} className="flex flex-col gap-1">
          <span className="text-slate-600">{f.label}</span>
          <select name={f.name} defaultValue={f.value} className="min-w-32 max-w-full rounded border border-slate-300 px-2 py-1">
            {f.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-white hover:bg-brand-800">
        {t.show}
      </button>
    </form>
  );
}
