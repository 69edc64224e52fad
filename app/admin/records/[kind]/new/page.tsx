import { notFound } from "next/navigation";
import { RecordForm } from "@/components/admin/RecordForm";
import { formContext, OPTION_LABELS } from "@/lib/admin/options";
import { guarded, pageActor } from "@/lib/admin/guard";
import { authorizeRecord } from "@/lib/auth/policy";
import { kindBySlug } from "@/lib/records/kinds";

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
        initial={{}}
        year={ctx.writableYears[0] ?? new Date().getFullYear()}
        years={ctx.writableYears}
        submitLabel="保存草稿 Save draft"
      />
    </div>
  );
}
