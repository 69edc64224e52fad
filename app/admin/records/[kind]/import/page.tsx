import Link from "next/link";
import { NoOpenYear } from "@/components/admin/ArchivedYearNote";
import { notFound } from "next/navigation";
import { ImportConfirmForm, ImportForm, ImportSubmitForm } from "@/components/admin/ImportForm";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { guarded, pageActor } from "@/lib/admin/guard";
import { formContext } from "@/lib/admin/options";
import { authorizeRecord, creatableDepartment } from "@/lib/auth/policy";
import { NoPermission } from "@/components/ui/NoPermission";
import { AppError } from "@/lib/errors";
import { firstImportColumn, importColumns } from "@/lib/import/columns";
import { importedBatch, importedRecords, previewUpload } from "@/lib/import/service";
import { formatCell } from "@/lib/records/format";
import { kindBySlug, type RecordKind } from "@/lib/records/kinds";
import { printed } from "@/lib/text";

export const metadata = { title: "导入" };

type Search = { token?: string; batch?: string; submitted?: string };

export default async function ImportPage({ params, searchParams }: { params: Promise<{ kind: string }>; searchParams: Promise<Search> }) {
  const kind = kindBySlug((await params).kind);
  if (!kind) notFound();
  const actor = await pageActor();
  // Records are entered by their department's staff: other roles are told so, not shown a 404.
  if (!creatableDepartment(actor)) {
    return (
      <NoPermission
        what={`导入${kind.zh}`}
        why="记录由各部门的填报人员新建和导入；审核人和管理员负责审核、修正和发布（Records are entered by department staff; reviewers and admins review them）。"
        back={{ href: `/admin/records/${kind.slug}`, label: `返回${kind.zh}列表` }}
      />
    );
  }
  await guarded(() => authorizeRecord(actor, "create", { departmentId: actor?.departmentId ?? "" }));
  const sp = await searchParams;
  return (
    <div className="space-y-5">
      <nav className="text-sm text-slate-500">
        <Link href={`/admin/records/${kind.slug}`} className="hover:underline">
          {kind.zh}
        </Link>{" "}
        / 导入
      </nav>
      <h1 className="text-2xl font-bold text-brand-800">
        导入{kind.zh} <span className="text-sm font-normal text-slate-500">Import {kind.en.toLowerCase()}</span>
      </h1>
      {sp.batch ? (
        <BatchResult kind={kind} token={sp.batch} submitted={sp.submitted} />
      ) : sp.token ? (
        <Preview kind={kind} token={sp.token} />
      ) : (
        <Upload kind={kind} />
      )}
    </div>
  );
}

async function Upload({ kind, message }: { kind: RecordKind; message?: string }) {
  const ctx = await formContext();
  return (
    <div className="space-y-4">
      {message && (
        <p role="alert" className="rounded bg-rose-50 p-3 text-sm text-rose-800">
          {message}
        </p>
      )}
      <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
        <li>
          <a href={`/admin/records/${kind.slug}/template`} className="text-brand-700 underline" download>
            下载模板
          </a>
          ，在“数据”工作表第3行起每行填写一条记录（示例行会被忽略）。
          <span className="text-xs text-slate-500"> Download the template and fill one record per row.</span>
        </li>
        <li>
          上传 .xlsx 或 .csv 文件，先预览：所有有问题的单元格都会列出（行、列、原因），此时不会保存任何数据。
          <span className="text-xs text-slate-500"> Upload to preview; nothing is saved yet.</span>
        </li>
        <li>
          确认后全部行在一个事务中保存为草稿（要么全部成功，要么一条也不保存），再统一提交审核。
          <span className="text-xs text-slate-500"> Confirm to save all rows as drafts, all or nothing.</span>
        </li>
      </ol>
      {ctx.writableYears.length === 0 ? (
        <NoOpenYear years={ctx.years} />
      ) : (
        <ImportForm kindSlug={kind.slug} years={ctx.writableYears} defaultYear={ctx.writableYears[0]!} />
      )}
    </div>
  );
}

async function Preview({ kind, token }: { kind: RecordKind; token: string }) {
  const actor = await pageActor();
  let preview: Awaited<ReturnType<typeof previewUpload>>;
  try {
    preview = await previewUpload({ actor, kind, token });
  } catch (err) {
    if (err instanceof AppError && (err.code === "INVALID" || err.code === "NOT_FOUND"))
      return <Upload kind={kind} message={err.message} />;
    throw err;
  }
  const { meta, sheet, duplicates } = preview;
  const badRows = new Set(sheet.issues.map((i) => i.row)).size;
  const dupRows = new Set(duplicates.map((d) => d.row));
  const columns = importColumns(kind.slug).filter((c) => sheet.mapped.some((m) => m.column.field === c.field));
  const shown = sheet.valid.slice(0, 100);
  return (
    <div className="space-y-5">
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-5" data-testid="import-summary">
        <Stat label="文件" en="File" value={meta.fileName} />
        <Stat label="年度" en="Year" value={String(meta.year)} />
        <Stat label="数据行" en="Rows" value={String(sheet.total)} testId="rows-total" />
        <Stat label="有错误的行" en="Rows with errors" value={String(badRows)} testId="rows-invalid" tone={badRows ? "bad" : undefined} />
        <Stat
          label="重复行"
          en="Duplicates"
          value={String(duplicates.length)}
          testId="rows-duplicate"
          tone={duplicates.length ? "warn" : undefined}
        />
      </dl>
      {sheet.ignoredHeaders.length > 0 && (
        <p className="text-sm text-slate-600">已忽略的列（ignored columns）：{sheet.ignoredHeaders.join("、")}</p>
      )}
      {sheet.skippedExamples > 0 && (
        <p className="text-sm text-slate-600">已跳过示例行 {sheet.skippedExamples} 行（example rows skipped）</p>
      )}

      {sheet.issues.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold text-rose-800">
            错误 <span className="text-sm font-normal">Errors · {sheet.issues.length}</span>
          </h2>
          <div className="overflow-x-auto rounded-lg border border-rose-200 bg-white">
            <table className="min-w-full divide-y divide-rose-100 text-sm" data-testid="import-issues">
              <thead className="bg-rose-50 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    行 Row
                  </th>
                  <th scope="col" className="px-3 py-2">
                    列 Column
                  </th>
                  <th scope="col" className="px-3 py-2">
                    问题 Problem
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-rose-50">
                {sheet.issues.slice(0, 2000).map((i, n) => (
                  <tr key={n} data-row={i.row} data-column={i.column}>
                    <td className="px-3 py-1.5 tabular-nums">{i.row}</td>
                    <td className="px-3 py-1.5">{i.column}</td>
                    <td className="px-3 py-1.5">{i.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {sheet.issues.length > 2000 && <p className="text-sm text-slate-600">仅显示前 2000 条（first 2000 shown）</p>}
        </section>
      )}

      {duplicates.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold text-amber-800">
            重复 <span className="text-sm font-normal">Duplicates · {duplicates.length}</span>
          </h2>
          <div className="overflow-x-auto rounded-lg border border-amber-200 bg-white">
            <table className="min-w-full divide-y divide-amber-100 text-sm" data-testid="import-duplicates">
              <thead className="bg-amber-50 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    行 Row
                  </th>
                  <th scope="col" className="px-3 py-2">
                    说明 Note
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-amber-50">
                {duplicates.map((d) => (
                  <tr key={d.row} data-row={d.row}>
                    <td className="px-3 py-1.5 tabular-nums">{d.row}</td>
                    <td className="px-3 py-1.5">
                      {d.message}
                      {d.existingId && (
                        <>
                          {" "}
                          ·{" "}
                          <Link className="text-brand-700 underline" href={`/admin/records/${kind.slug}/${d.existingId}`}>
                            查看
                          </Link>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <ImportConfirmForm
        kindSlug={kind.slug}
        token={token}
        valid={sheet.valid.length}
        duplicates={duplicates.length}
        blocked={sheet.issues.length > 0}
      />

      {shown.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold text-brand-800">
            预览{" "}
            <span className="text-sm font-normal text-slate-500">
              Valid rows{sheet.valid.length > shown.length ? ` · 前 ${shown.length} / ${sheet.valid.length}` : ""}
            </span>
          </h2>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="import-preview">
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    行
                  </th>
                  {columns.map((c) => (
                    <th key={c.field} scope="col" className="px-3 py-2 font-medium">
                      {c.zh}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {shown.map((r) => (
                  <tr key={r.row} className={dupRows.has(r.row) ? "bg-amber-50" : undefined}>
                    <td className="px-3 py-1.5 tabular-nums">{r.row}</td>
                    {columns.map((c) => (
                      <td key={c.field} className="px-3 py-1.5">
                        {formatCell(r.data[c.field], {
                          field: c.field,
                          zh: c.zh,
                          en: c.en,
                          format:
                            c.spec.type === "prizes"
                              ? "prizes"
                              : c.spec.type === "list"
                                ? "list"
                                : c.spec.type === "select"
                                  ? "enum"
                                  : undefined,
                        })}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <p className="text-sm">
        <Link href={`/admin/records/${kind.slug}/import`} className="text-brand-700 underline">
          重新上传
        </Link>{" "}
        <span className="text-xs text-slate-500">upload another file</span>
      </p>
    </div>
  );
}

async function BatchResult({ kind, token, submitted }: { kind: RecordKind; token: string; submitted?: string }) {
  const actor = await pageActor();
  const batch = await importedBatch({ actor, kind, token });
  if (!batch) return <Upload kind={kind} message="导入结果已过期（the import result has expired）" />;
  const first = firstImportColumn(kind).field;
  const records = await importedRecords({ actor, kind, ids: batch.created });
  const drafts = records.filter((r) => r.status === "DRAFT" || r.status === "RETURNED").length;
  return (
    <div className="space-y-4">
      <p role="status" className="rounded bg-emerald-50 p-3 text-sm text-emerald-800" data-testid="import-result">
        已导入 {batch.created.length} 条草稿（{batch.year}年度）{batch.skipped > 0 && `，跳过重复 ${batch.skipped} 行`}
        <span className="text-xs"> · imported {batch.created.length} drafts</span>
        {submitted && (
          <>
            <br />
            已提交审核 {submitted} 条<span className="text-xs"> · submitted {submitted} for review</span>
          </>
        )}
      </p>
      <ImportSubmitForm kindSlug={kind.slug} batch={token} drafts={drafts} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="import-records">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">
                {firstImportColumn(kind).zh}
              </th>
              <th scope="col" className="px-3 py-2">
                状态
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {records.slice(0, 500).map((r) => (
              <tr key={r.id} data-id={r.id}>
                <td className="px-3 py-1.5">
                  <Link className="text-brand-700 hover:underline" href={`/admin/records/${kind.slug}/${r.id}`}>
                    {printed(r[first] ?? "")}
                  </Link>
                </td>
                <td className="px-3 py-1.5">
                  <StatusBadge status={r.status} revision={r.revisionStatus} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm">
        <Link href={`/admin/records/${kind.slug}`} className="text-brand-700 underline">
          返回列表
        </Link>
      </p>
    </div>
  );
}

function Stat({ label, en, value, testId, tone }: { label: string; en: string; value: string; testId?: string; tone?: "bad" | "warn" }) {
  const color = tone === "bad" ? "text-rose-700" : tone === "warn" ? "text-amber-700" : "text-slate-900";
  return (
    <div className="rounded border border-slate-200 bg-white p-2">
      <dt className="text-xs text-slate-500">
        {label} <span>{en}</span>
      </dt>
      <dd className={`truncate font-semibold ${color}`} data-testid={testId} title={value}>
        {value}
      </dd>
    </div>
  );
}
