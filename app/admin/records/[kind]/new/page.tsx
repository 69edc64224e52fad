import { notFound } from "next/navigation";
import { RecordForm } from "@/components/admin/RecordForm";
import { formContext, OPTION_LABELS } from "@/lib/admin/options";
import { guarded, pageActor } from "@/lib/admin/guard";
import { authorizeRecord } from "@/lib/auth/policy";
import { kindBySlug, type RecordKind } from "@/lib/records/kinds";

/** Values a kind declares as defaults (e.g. 参赛者 学生); every other choice starts empty. */
function declaredDefaults(kind: RecordKind): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(kind.fields).flatMap(([name, d]) => ("default" in d && typeof d.default === "string" ? [[name, d.default]] : [])),
  );
}

export default async function NewRecordPage({ params }: { params: Promise<{ kind: string }> }) {
  const kind = kindBySlug((await params).kind);
  if (!kind) notFound();
  const actor = await pageActor();
  await guarded(() => authorizeRecord(actor, "create", { departmentId: actor?.departmentId ?? "" }));
  const ctx = await formContext();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        新建{kind.zh} <span className="text-sm font-normal text-slate-500">New</span>
      </h1>
      <RecordForm
        kindSlug={kind.slug}
        fields={kind.form}
        optionLabels={OPTION_LABELS}
        initial={declaredDefaults(kind)}
        year={ctx.writableYears[0] ?? new Date().getFullYear()}
        years={ctx.writableYears}
        submitLabel="保存草稿 Save draft"
      />
    </div>
  );
}
