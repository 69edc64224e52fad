import { guarded, pageActor } from "@/lib/admin/guard";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { CarriedBadge } from "@/components/records/CarriedBadge";
import { DeptPassedBadge } from "@/components/records/DeptPassedBadge";
import { RestoreRecordForm } from "@/components/admin/RestoreRecordForm";
import { ArchivedYearNote } from "@/components/admin/ArchivedYearNote";
import { formContext } from "@/lib/admin/options";
import { creatableDepartment, mayOnRecord, workingDepartment } from "@/lib/auth/policy";
import { enumLabel } from "@/lib/records/labels";
import { safeFilters, sortableFields } from "@/lib/import/sort";
import { listRecords, parseFilters } from "@/lib/records/access";
import { formatCell } from "@/lib/records/format";
import { recordTitle } from "@/lib/records/declare";
import { kindBySlug } from "@/lib/records/kinds";
import { LEVELS } from "@/lib/records/schema";
import { RECORD_STATUSES } from "@/lib/workflow/states";
import { fill } from "@/lib/i18n/define";
import { records } from "@/lib/i18n/messages/records";
import { translate } from "@/lib/i18n/server";

export default async function AdminKindList({
  params,
  searchParams,
}: {
  params: Promise<{ kind: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const kind = kindBySlug((await params).kind);
  if (!kind) notFound();
  const actor = await pageActor();
  const { lang, t } = await translate(records);
  const sp = await searchParams;
  const filters = safeFilters(kind, parseFilters({ ...sp, departmentId: workingDepartment(actor) ?? sp.departmentId }));
  const [{ rows, total, page, pageSize }, ctx] = await Promise.all([guarded(() => listRecords({ actor, kind, filters })), formContext()]);
  // An archived year's list offers no new records or imports (they would be refused); it says why.
  const archivedYear = filters.year && ctx.years.includes(filters.year) && !ctx.writableYears.includes(filters.year) ? filters.year : null;
  const canCreate = creatableDepartment(actor) !== null && archivedYear === null && ctx.writableYears.length > 0;
  const seesDeleted = mayOnRecord(actor, "restore", { departmentId: "" });
  // Tabs: every live record, those carried from last year, and (admins) the deleted ones.
  const tab = filters.deleted ? "deleted" : filters.carried ? "carried" : "all";
  const tabHref = (t: string) => {
    const { deleted: _d, carried: _c, page: _p, ...rest } = sp;
    const base = Object.fromEntries(Object.entries(rest).filter(([, v]) => v) as [string, string][]);
    return `?${new URLSearchParams({ ...base, ...(t === "deleted" ? { deleted: "1" } : t === "carried" ? { carried: "1" } : {}) })}`;
  };
  const columns = kind.columns.slice(0, 4);
  // 新建 and 导入 start in the year the list shows (a list of 2021 makes a record of 2021, not of the newest year).
  const yearQuery = filters.year && ctx.writableYears.includes(filters.year) ? `?year=${filters.year}` : "";
  const current = Object.fromEntries(Object.entries(sp).filter(([k, v]) => v && k !== "page") as [string, string][]);
  const qs = (p: number) => new URLSearchParams({ ...current, page: String(p) });
  const hasLevel = kind.columns.some((c) => c.field === "level" && c.format === "level");
  const sortable = sortableFields(kind);
  // A header link sorts by its column; a second click reverses the direction.
  const sortHeader = (field: string, label: string) => {
    const active = filters.sort === field;
    const dir = active && filters.dir !== "desc" ? "desc" : "asc";
    if (!sortable.has(field))
      return (
        <th key={field} scope="col" className="px-3 py-2 font-medium">
          {label}
        </th>
      );
    return (
      <th
        key={field}
        scope="col"
        className="px-3 py-2 font-medium"
        aria-sort={active ? (filters.dir === "desc" ? "descending" : "ascending") : undefined}
      >
        <Link href={`?${new URLSearchParams({ ...current, sort: field, dir })}`} className="hover:underline">
          {label}
          {active && (filters.dir === "desc" ? " ↓" : " ↑")}
        </Link>
      </th>
    );
  };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-brand-800">
          {lang === "zh" ? kind.zh : kind.en} {lang === "zh" && <span className="text-sm font-normal text-slate-500">{kind.en}</span>}
        </h1>
        <div className="ml-auto flex flex-wrap gap-2 text-sm">
          {canCreate && (
            <a
              href={`/admin/records/${kind.slug}/template`}
              download
              className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
            >
              {t.template} {lang === "zh" && <span className="text-xs text-slate-500">{records.en.template}</span>}
            </a>
          )}
          {canCreate && (
            <Link
              href={`/admin/records/${kind.slug}/import${yearQuery}`}
              className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
            >
              {t.import} {lang === "zh" && <span className="text-xs text-slate-500">{records.en.import}</span>}
            </Link>
          )}
          <a
            href={`/admin/records/${kind.slug}/export?${new URLSearchParams(current)}`}
            download
            className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
          >
            {t.export} {lang === "zh" && <span className="text-xs text-slate-500">{records.en.export}</span>}
          </a>
          {canCreate && (
            <Link
              href={`/admin/records/${kind.slug}/new${yearQuery}`}
              className="rounded bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700"
            >
              {t.newRecord}
            </Link>
          )}
        </div>
      </div>
      {archivedYear !== null && creatableDepartment(actor) !== null && <ArchivedYearNote year={archivedYear} what={t.archivedWhat} />}
      {sp.removed && (
        <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-800">
          {t.deletedNote}
        </p>
      )}
      <nav className="flex gap-1 border-b border-slate-200 text-sm" aria-label={t.scopeNav}>
        {[["all", t.tabAll], ["carried", t.tabCarried], ...(seesDeleted ? [["deleted", t.tabDeleted]] : [])].map(([t, label]) => (
          <Link
            key={t}
            href={tabHref(t!)}
            aria-current={tab === t ? "page" : undefined}
            className={`-mb-px rounded-t border px-3 py-1.5 ${tab === t ? "border-slate-200 border-b-white bg-white font-medium" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {label}
          </Link>
        ))}
      </nav>
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
        {filters.deleted && <input type="hidden" name="deleted" value="1" />}
        {filters.carried && <input type="hidden" name="carried" value="1" />}
        <label>
          {t.year}
          <select name="year" defaultValue={sp.year ?? ""} className="ml-1 rounded border border-slate-300 px-2 py-1">
            <option value="">{t.all}</option>
            {ctx.years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          {t.status}
          <select name="status" defaultValue={sp.status ?? ""} className="ml-1 rounded border border-slate-300 px-2 py-1">
            <option value="">{t.all}</option>
            {RECORD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {enumLabel(s, lang)}
              </option>
            ))}
          </select>
        </label>
        {workingDepartment(actor) === undefined && (
          <label>
            {t.department}
            <select name="departmentId" defaultValue={sp.departmentId ?? ""} className="ml-1 rounded border border-slate-300 px-2 py-1">
              <option value="">{t.all}</option>
              {ctx.departments.map((d) => (
                <option key={d.value} value={d.value}>
                  {d.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {hasLevel && (
          <label>
            {t.level}
            <select name="level" defaultValue={sp.level ?? ""} className="ml-1 rounded border border-slate-300 px-2 py-1">
              <option value="">{t.all}</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {enumLabel(l, lang)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t.search}
          <input name="q" defaultValue={sp.q ?? ""} className="ml-1 rounded border border-slate-300 px-2 py-1" />
        </label>
        {filters.sort && (
          <>
            <input type="hidden" name="sort" value={filters.sort} />
            <input type="hidden" name="dir" value={filters.dir ?? "asc"} />
          </>
        )}
        <button className="rounded bg-slate-700 px-3 py-1 text-white">{t.filter}</button>
      </form>
      <p className="text-sm text-slate-600" data-total={total}>
        {t.total(total)}
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              {columns.map((c) => sortHeader(c.field, lang === "zh" ? c.zh : c.en))}
              {sortHeader("year", t.year)}
              <th scope="col" className="px-3 py-2 font-medium">
                {t.department}
              </th>
              {sortHeader("status", t.status)}
              {filters.deleted && (
                <th scope="col" className="px-3 py-2 font-medium">
                  {t.actions}
                </th>
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={String(r.id)} data-id={String(r.id)}>
                {columns.map((c, i) => (
                  <td key={c.field} className="px-3 py-2">
                    {i === 0 && filters.deleted ? (
                      formatCell(r[c.field], c, lang, r) || t.untitled
                    ) : i === 0 ? (
                      // The first column may be a year or a category (「2025」, 「收入」): the link's name says which record.
                      <Link
                        className="text-brand-700 hover:underline"
                        href={`/admin/records/${kind.slug}/${String(r.id)}`}
                        title={recordTitle(kind, r)}
                        aria-label={fill(t.rowLink, {
                          first: formatCell(r[c.field], c, lang, r) || t.untitled,
                          title: recordTitle(kind, r),
                        })}
                      >
                        {formatCell(r[c.field], c, lang, r) || t.untitled}
                      </Link>
                    ) : (
                      formatCell(r[c.field], c, lang, r)
                    )}
                  </td>
                ))}
                <td className="px-3 py-2 tabular-nums">{String(r.year)}</td>
                <td className="px-3 py-2">{ctx.departmentNames.get(String(r.departmentId))}</td>
                <td className="px-3 py-2">
                  <span className="inline-flex flex-wrap items-center gap-1">
                    <StatusBadge status={String(r.status)} revision={r.revisionStatus} />
                    <CarriedBadge carriedFromId={r.carriedFromId} />
                    <DeptPassedBadge record={{ status: r.status, revisionStatus: r.revisionStatus, deptApprovedAt: r.deptApprovedAt }} />
                  </span>
                </td>
                {filters.deleted && (
                  <td className="px-3 py-2">
                    <RestoreRecordForm kindSlug={kind.slug} id={String(r.id)} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > pageSize && (
        <nav className="flex gap-3 text-sm">
          {page > 1 && <Link href={`?${qs(page - 1)}`}>{t.previous}</Link>}
          <span>
            {page} / {Math.ceil(total / pageSize)}
          </span>
          {page * pageSize < total && <Link href={`?${qs(page + 1)}`}>{t.next}</Link>}
        </nav>
      )}
    </div>
  );
}
