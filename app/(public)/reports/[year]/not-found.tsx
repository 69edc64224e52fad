import Link from "next/link";
import { translate } from "@/lib/i18n/server";
import { site } from "@/lib/i18n/messages/site";

export default async function ReportNotFound() {
  const { t } = await translate(site);
  return (
    <div className="mx-auto max-w-xl space-y-3 py-16 text-center">
      <h1 className="text-2xl font-bold text-brand-800">{t.reportNotFound}</h1>
      <p className="text-slate-600">{t.reportNotFoundNote}</p>
      <p>
        <Link href="/reports" className="text-brand-700 underline">
          {t.seePublished}
        </Link>
      </p>
    </div>
  );
}
