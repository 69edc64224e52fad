import { notFound } from "next/navigation";
import { RecordForm } from "@/components/admin/RecordForm";
import { entryYear, formContext, optionLabels } from "@/lib/admin/options";
import { guarded, pageActor } from "@/lib/admin/guard";
import { authorizeRecord, creatableDepartment } from "@/lib/auth/policy";
import { NoPermission } from "@/components/ui/NoPermission";
import { NoOpenYear } from "@/components/admin/ArchivedYearNote";
import { kindBySlug, type RecordKind } from "@/lib/records/kinds";
import { caseLimits } from "@/lib/rules/case-limit";
import { fill } from "@/lib/i18n/define";
import { records } from "@/lib/i18n/messages/records";
import { translate } from "@/lib/i18n/server";

/** Values a kind declares as defaults (e.g. 参赛者 学生); every other choice starts empty. */
function declaredDefaults(kind: RecordKind): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(kind.fields).flatMap(([name, d]) => ("default" in d && typeof d.default === "string" ? [[name, d.default]] : [])),
  );
}

export default async function NewRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ kind: string }>;
  searchParams: Promise<{ year?: string }>;
}) {
  const kind = kindBySlug((await params).kind);
  if (!kind) notFound();
  const actor = await pageActor();
  const { lang, t } = await translate(records);
  const kindName = lang === "zh" ? kind.zh : kind.en;
  // Records are entered by their department's staff: other roles are told so, not shown a 404.
  if (!creatableDepartment(actor)) {
    return (
      <NoPermission
        what={fill(t.newTitle, { kind: kindName })}
        why={t.staffOnly}
        back={{ href: `/admin/records/${kind.slug}`, label: fill(t.backToList, { kind: kindName }) }}
      />
    );
  }
  await guarded(() => authorizeRecord(actor, "create", { departmentId: actor?.departmentId ?? "" }));
  const ctx = await formContext();
  const isCase = kind.slug === "cases";
  const limits = isCase ? await caseLimits(ctx.writableYears) : {};
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        {fill(t.newTitle, { kind: kindName })} {lang === "zh" && <span className="text-sm font-normal text-slate-500">{t.newGloss}</span>}
      </h1>
      {isCase && (
        <p role="note" className="rounded bg-sky-50 p-2 text-sm text-sky-900" data-testid="photo-hint">
          {t.photoHint}
        </p>
      )}
      {ctx.writableYears.length === 0 ? (
        <NoOpenYear years={ctx.years} />
      ) : (
        <RecordForm
          kindSlug={kind.slug}
          fields={kind.form}
          optionLabels={optionLabels(lang)}
          initial={declaredDefaults(kind)}
          year={entryYear(ctx.writableYears, (await searchParams).year) ?? new Date().getFullYear()}
          years={ctx.writableYears}
          submitLabel={t.saveDraft}
          counter={isCase ? { field: "body", limits } : undefined}
        />
      )}
    </div>
  );
}
