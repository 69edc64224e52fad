import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SetupForm } from "@/components/setup/SetupForm";
import { translate } from "@/lib/i18n/server";
import { college } from "@/lib/i18n/messages/college";
import { hasAdministrator, needsSetup } from "@/lib/institution/service";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(college)).t.setupTitle };
}

/** First-run set-up of a new installation; gone for good (404) once the college exists. */
export default async function SetupPage() {
  if (!(await needsSetup())) notFound();
  const needAdmin = !(await hasAdministrator());
  const { t } = await translate(college);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-800">{t.welcome}</h1>
        <p className="mt-2 text-sm text-slate-600">{t.setupIntro(needAdmin)}</p>
      </div>
      <SetupForm needAdmin={needAdmin} />
    </div>
  );
}
