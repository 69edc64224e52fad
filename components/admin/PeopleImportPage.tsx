import Link from "next/link";
import { PeopleConfirmForm, PeopleUploadForm } from "@/components/admin/PeopleImportForms";
import { guarded, pageActor } from "@/lib/admin/guard";
import { authorize } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { enumLabel } from "@/lib/records/labels";
import { SHEET_LABELS, type PeopleSheet } from "@/lib/import/people/columns";
import { previewPeopleUpload } from "@/lib/import/people/service";
import type { DepartmentRow, UserRow } from "@/lib/import/people/validate";

/** 从表格导入 for departments and users: upload → preview with every problem → confirm (all or nothing). */
export async function PeopleImportPage({ sheet, token }: { sheet: PeopleSheet; token?: string }) {
  const actor = await pageActor();
  const label = SHEET_LABELS[sheet];
  await guarded(() => authorize(actor, label.action));
  return (
    <div className="space-y-5">
      <nav className="text-sm text-slate-500">
        <Link href={label.page} className="hover:underline">
          {label.zh}管理
        </Link>{" "}
        / 从表格导入
      </nav>
      <h1 className="text-2xl font-bold text-brand-800">
        从表格导入{label.zh} <span className="text-sm font-normal text-slate-500">Import {label.en.toLowerCase()} from a spreadsheet</span>
      </h1>
      {token ? <Preview sheet={sheet} token={token} /> : <Upload sheet={sheet} />}
    </div>
  );
}

function Upload({ sheet, message }: { sheet: PeopleSheet; message?: string }) {
  const label = SHEET_LABELS[sheet];
  return (
    <div className="space-y-4">
      {message && (
        <p role="alert" className="rounded bg-rose-50 p-3 text-sm text-rose-800">
          {message}
        </p>
      )}
      <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
        <li>
          <a href={`${label.page}/import/template`} className="text-brand-700 underline" download>
            下载模板
          </a>
          ，在“数据”工作表第3行起每行填写一个{label.zh}（示例行会被忽略）。
          <span className="text-xs text-slate-500"> Download the template and fill one per row.</span>
        </li>
        <li>
          上传后先预览：所有有问题的单元格都会列出（行、列、原因），此时不会保存任何数据。
          <span className="text-xs text-slate-500"> Upload to preview; nothing is saved yet.</span>
        </li>
        <li>
          确认后全部行在一个事务中创建（要么全部成功，要么一条也不创建）。
          {sheet === "users" && "未填初始密码的用户获得一次性密码，只在导入结果中显示一次，首次登录须修改。"}
          <span className="text-xs text-slate-500"> Confirm to create all rows, or none.</span>
        </li>
      </ol>
      <PeopleUploadForm uploadUrl={`${label.page}/import/upload`} />
    </div>
  );
}

function cells(sheet: PeopleSheet, data: DepartmentRow | UserRow): string[] {
  if (sheet === "departments") {
    const d = data as DepartmentRow;
    return [d.name, d.shortName ?? "", d.order === null ? "" : String(d.order), d.active ? "是" : "否"];
  }
  const u = data as UserRow;
  return [u.username, u.displayName, enumLabel(u.role), u.departmentName ?? "—", u.password === null ? "（生成一次性密码）" : "（已设置）"];
}

const HEADS: Record<PeopleSheet, string[]> = {
  departments: ["部门名称", "简称", "排序", "启用"],
  users: ["用户名", "姓名", "角色", "部门", "初始密码"],
};

async function Preview({ sheet, token }: { sheet: PeopleSheet; token: string }) {
  const actor = await pageActor();
  let preview: Awaited<ReturnType<typeof previewPeopleUpload>>;
  try {
    preview = await previewPeopleUpload({ actor, sheet, token });
  } catch (err) {
    if (err instanceof AppError && (err.code === "INVALID" || err.code === "NOT_FOUND"))
      return <Upload sheet={sheet} message={err.message} />;
    throw err;
  }
  const { meta, validation } = preview;
  const badRows = new Set(validation.issues.map((i) => i.row)).size;
  const label = SHEET_LABELS[sheet];
  return (
    <div className="space-y-5">
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4" data-testid="import-summary">
        <Stat label="文件" en="File" value={meta.fileName} />
        <Stat label="数据行" en="Rows" value={String(validation.total)} testId="rows-total" />
        <Stat label="有错误的行" en="Rows with errors" value={String(badRows)} testId="rows-invalid" bad={badRows > 0} />
        <Stat label="可导入" en="Ready" value={String(validation.valid.length)} testId="rows-valid" />
      </dl>
      {validation.ignoredHeaders.length > 0 && (
        <p className="text-sm text-slate-600">已忽略的列（ignored columns）：{validation.ignoredHeaders.join("、")}</p>
      )}
      {validation.issues.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold text-rose-800">
            错误 <span className="text-sm font-normal">Errors · {validation.issues.length}</span>
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
                {validation.issues.slice(0, 2000).map((i, n) => (
                  <tr key={n} data-row={i.row} data-column={i.column}>
                    <td className="px-3 py-1.5 tabular-nums">{i.row}</td>
                    <td className="px-3 py-1.5">{i.column}</td>
                    <td className="px-3 py-1.5">{i.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <PeopleConfirmForm
        sheet={sheet}
        token={token}
        count={validation.valid.length}
        blocked={validation.issues.length > 0}
        listHref={label.page}
      />
      {validation.valid.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold text-brand-800">
            预览 <span className="text-sm font-normal text-slate-500">Valid rows</span>
          </h2>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="import-preview">
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    行
                  </th>
                  {HEADS[sheet].map((h) => (
                    <th key={h} scope="col" className="px-3 py-2 font-medium">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {validation.valid.slice(0, 500).map((r) => (
                  <tr key={r.row} data-row={r.row}>
                    <td className="px-3 py-1.5 tabular-nums">{r.row}</td>
                    {cells(sheet, r.data).map((c, i) => (
                      <td key={i} className="px-3 py-1.5">
                        {c}
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
        <Link href={`${label.page}/import`} className="text-brand-700 underline">
          重新上传
        </Link>{" "}
        <span className="text-xs text-slate-500">upload another file</span>
      </p>
    </div>
  );
}

function Stat({ label, en, value, testId, bad }: { label: string; en: string; value: string; testId?: string; bad?: boolean }) {
  return (
    <div className="rounded border border-slate-200 bg-white p-2">
      <dt className="text-xs text-slate-500">
        {label} <span>{en}</span>
      </dt>
      <dd className={`truncate font-semibold ${bad ? "text-rose-700" : "text-slate-900"}`} data-testid={testId} title={value}>
        {value}
      </dd>
    </div>
  );
}
