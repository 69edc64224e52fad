import { notFound } from "next/navigation";
import { RecordForm } from "@/components/admin/RecordForm";
import { formContext, OPTION_LABELS } from "@/lib/admin/options";
import { guarded, pageActor } from "@/lib/admin/guard";
import { authorizeRecord, creatableDepartment } from "@/lib/auth/policy";
import { NoPermission } from "@/components/ui/NoPermission";
import { NoOpenYear } from "@/components/admin/ArchivedYearNote";
import { kindBySlug, type RecordKind } from "@/lib/records/kinds";
import { caseLimits } from "@/lib/rules/case-limit";

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
  // Records are entered by their department's staff: other roles are told so, not shown a 404.
  if (!creatableDepartment(actor)) {
    return (
      <NoPermission
        what={`新建${kind.zh}`}
        why="记录由各部门的填报人员新建和导入；审核人和管理员负责审核、修正和发布（Records are entered by department staff; reviewers and admins review them）。"
        back={{ href: `/admin/records/${kind.slug}`, label: `返回${kind.zh}列表` }}
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
        新建{kind.zh} <span className="text-sm font-normal text-slate-500">New</span>
      </h1>
      {isCase && (
        <p role="note" className="rounded bg-sky-50 p-2 text-sm text-sky-900" data-testid="photo-hint">
          照片在保存案例之后添加：保存草稿后，在案例页右侧的「案例照片」处上传。（Photos are added after saving: save the draft, then upload
          them under 案例照片 on the case&apos;s page.）
        </p>
      )}
      {ctx.writableYears.length === 0 ? (
        <NoOpenYear years={ctx.years} />
      ) : (
        <RecordForm
          kindSlug={kind.slug}
          fields={kind.form}
          optionLabels={OPTION_LABELS}
          initial={declaredDefaults(kind)}
          year={ctx.writableYears[0] ?? new Date().getFullYear()}
          years={ctx.writableYears}
          submitLabel="保存草稿 Save draft"
          counter={isCase ? { field: "body", limits } : undefined}
        />
      )}
    </div>
  );
}
