/** Said where an archived year's forms would be: why nothing can be saved, and who can change that. */
export function ArchivedYearNote({ year, what = "不能保存、上传、导入、提交或删除" }: { year: number; what?: string }) {
  return (
    <p role="note" data-testid="archived-year" className="rounded border border-slate-300 bg-slate-50 p-2 text-sm text-slate-700">
      {year}年度已归档，只读：{what}。如需修改，请管理员在「报告年度」中重新开放该年度（the {year} report year is archived and read-only; an
      administrator can reopen it under 报告年度）。
    </p>
  );
}

/** A form that writes into a year, when every year is archived: nothing to write into until one is opened or reopened. */
export function NoOpenYear({ years }: { years: number[] }) {
  return (
    <p role="note" data-testid="archived-year" className="rounded border border-slate-300 bg-slate-50 p-2 text-sm text-slate-700">
      {years.length ? `${years.join("、")}年度均已归档，只读` : "尚未开启报告年度"}
      ：不能新建或导入记录。请管理员在「报告年度」中开启新年度或重新开放已归档的年度（no report year is open for writing; an administrator
      can open or reopen one under 报告年度）。
    </p>
  );
}
