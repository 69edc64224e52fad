import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { usedModules } from "@/lib/admin/modules";
import { InstitutionForm } from "@/components/admin/InstitutionForm";
import { guarded, pageActor } from "@/lib/admin/guard";
import { authorize } from "@/lib/auth/policy";
import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { college as words } from "@/lib/i18n/messages/college";
import { institutionProfile } from "@/lib/institution/service";
import { DEFAULT_DECLARATION } from "@/lib/report/model/declaration";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(words)).t.settingsTitle };
}

export default async function SettingsPage() {
  const actor = await pageActor();
  await guarded(() => authorize(actor, "institution.manage"));
  const [college, modules, { t }] = await Promise.all([institutionProfile(), usedModules(), translate(words)]);
  if (!college) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t.settingsTitle}</h1>
      <InstitutionForm values={college} logoFileId={college.logoFileId} defaultDeclaration={DEFAULT_DECLARATION} />
      <section
        className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm"
        aria-labelledby="modules-heading"
        data-testid="modules"
      >
        <h2 id="modules-heading" className="font-semibold">
          {t.modules}
        </h2>
        <p className="text-slate-600">{t.modulesNote}</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <Link href="/admin/partners" className="text-brand-700 underline">
              {t.partnersModule}
            </Link>
            {fill(t.moduleState, { state: modules.partners ? t.partnersOn : t.partnersOff })}
          </li>
          <li>
            <Link href="/admin/rule-packs" className="text-brand-700 underline">
              {t.rulePacksModule}
            </Link>
            {fill(t.moduleState, { state: modules.rulePacks ? t.rulePacksOn : t.rulePacksOff })}
          </li>
        </ul>
      </section>
    </div>
  );
}
