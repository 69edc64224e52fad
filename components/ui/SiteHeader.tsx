import Link from "next/link";
import { currentMessages } from "@/lib/i18n/server";

export async function SiteHeader() {
  const { lang, t } = await currentMessages();
  return (
    <header className="bg-brand-700 text-white">
      <nav className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3" aria-label={lang === "zh" ? "主导航" : "Main"}>
        <Link href="/" className="text-lg font-semibold tracking-wide">
          {t.appName} <span className="hidden text-sm font-normal text-brand-100 sm:inline">· {t.tagline}</span>
        </Link>
        <div className="ml-auto flex items-center gap-4 text-sm">
          <Link href="/" className="hover:underline">{t.home}</Link>
          <Link href="/reports" className="hover:underline">{t.reports}</Link>
          <Link href="/records" className="hover:underline">{t.records}</Link>
          <Link href="/admin" className="hover:underline">{t.signIn}</Link>
          <a href={`/lang?to=${lang === "zh" ? "en" : "zh"}`} className="rounded border border-white/40 px-2 py-0.5 hover:bg-white/10">
            {t.language}
          </a>
        </div>
      </nav>
    </header>
  );
}
