/** The 年度 choice at the top of the year-scoped admin pages (填报进度, 任务看板): a plain GET form. */
export function YearSwitch({ years, year }: { years: number[]; year: number }) {
  return (
    <form method="get" className="text-sm">
      <label>
        年度
        <select name="year" defaultValue={year} className="ml-1 rounded border border-slate-300 px-2 py-1">
          {years.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </label>
      <button className="ml-2 rounded bg-slate-700 px-3 py-1 text-white">切换</button>
    </form>
  );
}
