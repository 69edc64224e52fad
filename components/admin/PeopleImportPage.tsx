import Link from "next/link";
import { PeopleConfirmForm, PeopleUploadForm } from "@/components/admin/PeopleImportForms";
import { guarded, pageActor } from "@/lib/admin/guard";
import { authorize } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { enumLabel } from "@/lib/records/labels";
import { SHEET_LABELS, type PeopleSheet } from "@/lib/import/people/columns";
import { previewPeopleUpload } from "@/lib/import/people/service";
import type { DepartmentRow, UserRow } from "@/lib/import/people/validate";
import { fill, type Lang } from "@/lib/i18n/define";
import { recordImport } from "@/lib/i18n/messages/recordImport";
import { translate } from "@/lib/i18n/server";

/** 从表格导入 for departments and users: upload → preview with every problem → confirm (all or nothing). */
export async function PeopleImportPage({ sheet, token }: { sheet: PeopleSheet; token?: string }) {
  const actor = await pageActor();
  const { lang, t } = await translate(recordImport);
  const label = SHEET_LABELS[sheet];
  const what = lang === "zh" ? label.zh : label.en.toLowerCase();
  await guarded(() => authorize(actor, label.action));
  return (
    <div className="space-y-5">
      <nav className="text-sm text-slate-500">
        <Link href={label.page} className="hover:underline">
          {fill(t.manage, { what: lang === "zh" ? label.zh : label.en })}
        </Link>{" "}
        / {t.fromSheet}
      </nav>
      <h1 className="text-2xl font-bold text-brand-800">
        {fill(t.fromSheetHeading, { what })}{" "}
        {lang === "zh" && (
          <span className="text-sm font-normal text-slate-500">{fill(t.fromSheetGloss, { what: label.en.toLowerCase() })}</span>
        )}
      </h1>
      {token ? <Preview sheet={sheet} token={token} lang={lang} /> : <Upload sheet={sheet} lang={lang} />}
    </div>
  );
}

function Upload({ sheet, message, lang }: { sheet: PeopleSheet; message?: string; lang: Lang }) {
  const t = recordImport[lang];
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
            {t.templateLink}
          </a>
          {fill(t.stepFillOne, { what: sheet === "users" ? t.oneUser : t.oneDepartment })}
          {lang === "zh" && <span className="text-xs text-slate-500">{t.stepFillOneGloss}</span>}
        </li>
        <li>
          {t.stepPreviewPeople}
          {lang === "zh" && <span className="text-xs text-slate-500">{t.stepPreviewGloss}</span>}
        </li>
        <li>
          {t.stepConfirmPeople}
          {sheet === "users" && t.stepPasswords}
          {lang === "zh" && <span className="text-xs text-slate-500">{t.stepConfirmPeopleGloss}</span>}
        </li>
      </ol>
      <PeopleUploadForm uploadUrl={`${label.page}/import/upload`} />
    </div>
  );
}

function cells(sheet: PeopleSheet, data: DepartmentRow | UserRow, lang: Lang): string[] {
  const t = recordImport[lang];
  if (sheet === "departments") {
    const d = data as DepartmentRow;
    return [d.name, d.shortName ?? "", d.order === null ? "" : String(d.order), d.active ? t.yes : t.no];
  }
  const u = data as UserRow;
  return [
    u.username,
    u.displayName,
    enumLabel(u.role, lang),
    u.departmentName ?? "—",
    u.password === null ? t.passwordGenerated : t.passwordSet,
  ];
}

function heads(sheet: PeopleSheet, lang: Lang): string[] {
  const t = recordImport[lang];
  return sheet === "departments"
    ? [t.departmentName, t.shortName, t.order, t.active]
    : [t.username, t.displayName, t.role, t.department, t.initialPassword];
}

async function Preview({ sheet, token, lang }: { sheet: PeopleSheet; token: string; lang: Lang }) {
  const t = recordImport[lang];
  const en = recordImport.en;
  // Chinese pages gloss their labels in English; English ones need no gloss.
  const gloss = (text: string) => (lang === "zh" ? text : undefined);
  const actor = await pageActor();
  let preview: Awaited<ReturnType<typeof previewPeopleUpload>>;
  try {
    preview = await previewPeopleUpload({ actor, sheet, token });
  } catch (err) {
    if (err instanceof AppError && (err.code === "INVALID" || err.code === "NOT_FOUND"))
      return <Upload sheet={sheet} message={err.message} lang={lang} />;
    throw err;
  }
  const { meta, validation } = preview;
  const badRows = new Set(validation.issues.map((i) => i.row)).size;
  const label = SHEET_LABELS[sheet];
  return (
    <div className="space-y-5">
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4" data-testid="import-summary">
        <Stat label={t.statFile} en={gloss(en.statFile)} value={meta.fileName} />
        <Stat label={t.statRows} en={gloss(en.statRows)} value={String(validation.total)} testId="rows-total" />
        <Stat label={t.statBad} en={gloss(en.statBad)} value={String(badRows)} testId="rows-invalid" bad={badRows > 0} />
        <Stat label={t.statReady} en={gloss(en.statReady)} value={String(validation.valid.length)} testId="rows-valid" />
      </dl>
      {validation.ignoredHeaders.length > 0 && (
        <p className="text-sm text-slate-600">{fill(t.ignored, { columns: validation.ignoredHeaders.join(t.listSeparator) })}</p>
      )}
      {validation.issues.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold text-rose-800">
            {t.errors}{" "}
            <span className="text-sm font-normal">
              {lang === "zh" && `${en.errors} `}· {validation.issues.length}
            </span>
          </h2>
          <div className="overflow-x-auto rounded-lg border border-rose-200 bg-white">
            <table className="min-w-full divide-y divide-rose-100 text-sm" data-testid="import-issues">
              <thead className="bg-rose-50 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t.row}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t.column}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t.problem}
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
            {t.preview} {lang === "zh" && <span className="text-sm font-normal text-slate-500">{t.previewGloss}</span>}
          </h2>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="import-preview">
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t.rowShort}
                  </th>
                  {heads(sheet, lang).map((h) => (
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
                    {cells(sheet, r.data, lang).map((c, i) => (
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
          {t.reupload}
        </Link>{" "}
        {lang === "zh" && <span className="text-xs text-slate-500">{t.reuploadGloss}</span>}
      </p>
    </div>
  );
}

function Stat({ label, en, value, testId, bad }: { label: string; en?: string; value: string; testId?: string; bad?: boolean }) {
  return (
    <div className="rounded border border-slate-200 bg-white p-2">
      <dt className="text-xs text-slate-500">
        {label} {en && <span>{en}</span>}
      </dt>
      <dd className={`truncate font-semibold ${bad ? "text-rose-700" : "text-slate-900"}`} data-testid={testId} title={value}>
        {value}
      </dd>
    </div>
  );
}
