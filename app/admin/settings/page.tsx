import { notFound } from "next/navigation";
import { InstitutionForm } from "@/components/admin/InstitutionForm";
import { guarded, pageActor } from "@/lib/admin/guard";
import { authorize } from "@/lib/auth/policy";
import { institutionProfile } from "@/lib/institution/service";
import { DEFAULT_DECLARATION } from "@/lib/report/engine/declaration";

export const metadata = { title: "学校设置" };

export default async function SettingsPage() {
  const actor = await pageActor();
  await guarded(() => authorize(actor, "institution.manage"));
  const college = await institutionProfile();
  if (!college) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        学校设置 <span className="text-sm font-normal text-slate-500">College settings</span>
      </h1>
      <InstitutionForm values={college} logoFileId={college.logoFileId} defaultDeclaration={DEFAULT_DECLARATION} />
    </div>
  );
}
