import Link from "next/link";
import { NoOpenYear } from "@/components/admin/ArchivedYearNote";
import { notFound } from "next/navigation";
import { ImportConfirmForm, ImportForm, ImportSubmitForm } from "@/components/admin/ImportForm";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { guarded, pageActor } from "@/lib/admin/guard";
import { entryYear, formContext } from "@/lib/admin/options";
import { authorizeRecord, creatableDepartment } from "@/lib/auth/policy";
import { NoPermission } from "@/components/ui/NoPermission";
import { AppError } from "@/lib/errors";
import { firstImportColumn, importColumns } from "@/lib/import/columns";
import { importedBatch, importedRecords, previewUpload } from "@/lib/import/service";
import { formatCell } from "@/lib/records/format";
import { kindBySlug, type RecordKind } from "@/lib/records/kinds";
import { printed } from "@/lib/text";
import { fill, type Lang } from "@/lib/i18n/define";
import { recordImport } from "@/lib/i18n/messages/recordImport";
import { records } from "@/lib/i18n/messages/records";
import { translate } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await translate(recordImport)).t.title };
}

type Search = { token?: string; batch?: string; submitted?: string; year?: string };

export default async function ImportPage({ params, searchParams }: { params: Promise<{ kind: string }>; searchParams: Promise<Search> }) {
  const kind = kindBySlug((await params).kind);
  if (!kind) notFound();
  const actor = await pageActor();
  const { lang, t } = await translate(recordImport);
  const r = records[lang];
  const kindName = lang === "zh" ? kind.zh : kind.en;
  // Records are entered by their department's staff: other roles are told so, not shown a 404.
  if (!creatableDepartment(actor)) {
    return (
      <NoPermission
        what={fill(t.heading, { kind: kindName })}
        why={r.staffOnly}
        back={{ href: `/admin/records/${kind.slug}`, label: fill(r.backToList, { kind: kindName }) }}
      />
    );
  }
  await guarded(() => authorizeRecord(actor, "create", { departmentId: actor?.departmentId ?? "" }));
  const sp = await searchParams;
  return (
    <div className="space-y-5">
      <nav className="text-sm text-slate-500">
        <Link href={`/admin/records/${kind.slug}`} className="hover:underline">
          {kindName}
        </Link>{" "}
        / {t.title}
      </nav>
      <h1 className="text-2xl font-bold text-brand-800">
        {fill(t.heading, { kind: lang === "zh" ? kind.zh : kind.en.toLowerCase() })}{" "}
        {lang === "zh" && (
          <span className="text-sm font-normal text-slate-500">{fill(t.headingGloss, { kind: kind.en.toLowerCase() })}</span>
        )}
      </h1>
      {sp.batch ? (
        <BatchResult kind={kind} token={sp.batch} submitted={sp.submitted} lang={lang} />
      ) : sp.token ? (
        <Preview kind={kind} token={sp.token} lang={lang} />
      ) : (
        <Upload kind={kind} lang={lang} year={sp.year} />
      )}
    </div>
  );
}

async function Upload({ kind, message, lang, year }: { kind: RecordKind; message?: string; lang: Lang; year?: string }) {
  const t = recordImport[lang];
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
            {t.templateLink}
          </a>
          {t.stepFill}
          {lang === "zh" && <span className="text-xs text-slate-500">{t.stepFillGloss}</span>}
        </li>
        <li>
          {t.stepPreview}
          {lang === "zh" && <span className="text-xs text-slate-500">{t.stepPreviewGloss}</span>}
        </li>
        <li>
          {t.stepConfirm}
          {lang === "zh" && <span className="text-xs text-slate-500">{t.stepConfirmGloss}</span>}
        </li>
      </ol>
      {ctx.writableYears.length === 0 ? (
        <NoOpenYear years={ctx.years} />
      ) : (
        <ImportForm kindSlug={kind.slug} years={ctx.writableYears} defaultYear={entryYear(ctx.writableYears, year)!} />
      )}
    </div>
  );
}

async function Preview({ kind, token, lang }: { kind: RecordKind; token: string; lang: Lang }) {
  const t = recordImport[lang];
  const en = recordImport.en;
  // Chinese pages gloss their labels in English; English ones need no gloss.
  const gloss = (text: string) => (lang === "zh" ? text : undefined);
  const countGloss = (label: string, n: number) => (lang === "zh" ? `${label} · ${n}` : `· ${n}`);
  const actor = await pageActor();
  let preview: Awaited<ReturnType<typeof previewUpload>>;
  try {
    preview = await previewUpload({ actor, kind, token });
  } catch (err) {
    if (err instanceof AppError && (err.code === "INVALID" || err.code === "NOT_FOUND"))
      return <Upload kind={kind} message={err.message} lang={lang} />;
    throw err;
  }
  const { meta, sheet, duplicates } = preview;
  const badRows = new Set(sheet.issues.map((i) => i.row)).size;
  // The sheet's columns are headed in Chinese; an English reader gets the column's English name first, then the header to look for.
  const columnName = (header: string) => {
    const column = lang === "en" ? importColumns(kind.slug).find((c) => c.zh === header) : undefined;
    return column ? `${column.en} (${header})` : header;
  };
  const dupRows = new Set(duplicates.map((d) => d.row));
  const columns = importColumns(kind.slug).filter((c) => sheet.mapped.some((m) => m.column.field === c.field));
  const shown = sheet.valid.slice(0, 100);
  return (
    <div className="space-y-5">
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-5" data-testid="import-summary">
        <Stat label={t.statFile} en={gloss(en.statFile)} value={meta.fileName} />
        <Stat label={t.year} en={gloss(en.year)} value={String(meta.year)} />
        <Stat label={t.statRows} en={gloss(en.statRows)} value={String(sheet.total)} testId="rows-total" />
        <Stat label={t.statBad} en={gloss(en.statBad)} value={String(badRows)} testId="rows-invalid" tone={badRows ? "bad" : undefined} />
        <Stat
          label={t.statDuplicates}
          en={gloss(en.statDuplicates)}
          value={String(duplicates.length)}
          testId="rows-duplicate"
          tone={duplicates.length ? "warn" : undefined}
        />
      </dl>
      {sheet.ignoredHeaders.length > 0 && (
        <p className="text-sm text-slate-600">{fill(t.ignored, { columns: sheet.ignoredHeaders.join(t.listSeparator) })}</p>
      )}
      {sheet.skippedExamples > 0 && <p className="text-sm text-slate-600">{fill(t.skippedExamples, { n: sheet.skippedExamples })}</p>}

      {sheet.issues.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold text-rose-800">
            {t.errors} <span className="text-sm font-normal">{countGloss(en.errors, sheet.issues.length)}</span>
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
                {sheet.issues.slice(0, 2000).map((i, n) => (
                  <tr key={n} data-row={i.row} data-column={i.column}>
                    <td className="px-3 py-1.5 tabular-nums">{i.row}</td>
                    <td className="px-3 py-1.5">{columnName(i.column)}</td>
                    <td className="px-3 py-1.5">{i.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {sheet.issues.length > 2000 && <p className="text-sm text-slate-600">{t.first2000}</p>}
        </section>
      )}

      {duplicates.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold text-amber-800">
            {t.duplicates} <span className="text-sm font-normal">{countGloss(en.duplicates, duplicates.length)}</span>
          </h2>
          <div className="overflow-x-auto rounded-lg border border-amber-200 bg-white">
            <table className="min-w-full divide-y divide-amber-100 text-sm" data-testid="import-duplicates">
              <thead className="bg-amber-50 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t.row}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t.note}
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
                            {t.view}
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
            {t.preview}{" "}
            <span className="text-sm font-normal text-slate-500">
              {lang === "zh" && t.previewGloss}
              {sheet.valid.length > shown.length ? ` · ${fill(t.shownOf, { shown: shown.length, total: sheet.valid.length })}` : ""}
            </span>
          </h2>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="import-preview">
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t.rowShort}
                  </th>
                  {columns.map((c) => (
                    <th key={c.field} scope="col" className="px-3 py-2 font-medium">
                      {lang === "zh" ? c.zh : c.en}
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
                        {formatCell(
                          r.data[c.field],
                          {
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
                          },
                          lang,
                        )}
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
          {t.reupload}
        </Link>{" "}
        {lang === "zh" && <span className="text-xs text-slate-500">{t.reuploadGloss}</span>}
      </p>
    </div>
  );
}

async function BatchResult({ kind, token, submitted, lang }: { kind: RecordKind; token: string; submitted?: string; lang: Lang }) {
  const t = recordImport[lang];
  const actor = await pageActor();
  const batch = await importedBatch({ actor, kind, token });
  if (!batch) return <Upload kind={kind} message={t.expired} lang={lang} />;
  const first = firstImportColumn(kind).field;
  const records = await importedRecords({ actor, kind, ids: batch.created });
  const drafts = records.filter((r) => r.status === "DRAFT" || r.status === "RETURNED").length;
  return (
    <div className="space-y-4">
      <p role="status" className="rounded bg-emerald-50 p-3 text-sm text-emerald-800" data-testid="import-result">
        {fill(t.imported, { n: batch.created.length, year: batch.year })}
        {batch.skipped > 0 && fill(t.importedSkipped, { n: batch.skipped })}
        {lang === "zh" && <span className="text-xs">{fill(t.importedGloss, { n: batch.created.length })}</span>}
        {submitted && (
          <>
            <br />
            {fill(t.submitted, { n: submitted })}
            {lang === "zh" && <span className="text-xs">{fill(t.submittedGloss, { n: submitted })}</span>}
          </>
        )}
      </p>
      <ImportSubmitForm kindSlug={kind.slug} batch={token} drafts={drafts} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="import-records">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">
                {lang === "zh" ? firstImportColumn(kind).zh : firstImportColumn(kind).en}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.status}
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
          {t.backToList}
        </Link>
      </p>
    </div>
  );
}

function Stat({ label, en, value, testId, tone }: { label: string; en?: string; value: string; testId?: string; tone?: "bad" | "warn" }) {
  const color = tone === "bad" ? "text-rose-700" : tone === "warn" ? "text-amber-700" : "text-slate-900";
  return (
    <div className="rounded border border-slate-200 bg-white p-2">
      <dt className="text-xs text-slate-500">
        {label} {en && <span>{en}</span>}
      </dt>
      <dd className={`truncate font-semibold ${color}`} data-testid={testId} title={value}>
        {value}
      </dd>
    </div>
  );
}
