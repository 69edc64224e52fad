import type { Metadata } from "next";
import "./globals.css";
import { SiteHeader } from "@/components/ui/SiteHeader";
import { translate } from "@/lib/i18n/server";
import { site } from "@/lib/i18n/messages/site";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { needsSetup } from "@/lib/institution/service";
import { PATH_HEADER } from "@/lib/http/request-path";
import { LangProvider } from "@/components/i18n/LangProvider";
import { pageFrame } from "@/lib/web/frame";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await translate(site);
  return { title: { default: t.metaTitle, template: t.metaTemplate }, description: t.metaDescription };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // A new installation has no college yet: every page leads to the first-run set-up. (Routing
  // only; /setup itself refuses once set-up is done, and other pages never depend on this.)
  const path = (await headers()).get(PATH_HEADER);
  if (path && path !== "/setup" && (await needsSetup())) redirect("/setup");
  // The reader (language, who is signed in) and the college, read as the public report's pages read them.
  const chrome = await pageFrame();
  const lang = chrome.reader.lang;
  const t = site[lang];
  return (
    <html lang={lang === "zh" ? "zh-CN" : "en"}>
      <body className="min-h-screen font-sans">
        <LangProvider lang={lang}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
            {t.skipToContent}
          </a>
          <SiteHeader chrome={chrome} />
          {chrome.college?.demo && (
            // A landmark of its own: no content outside landmarks (axe's best-practice rule `region`).
            <aside aria-label={t.demoBannerLabel}>
              <p className="bg-amber-100 px-4 py-1.5 text-center text-xs text-amber-900" data-testid="demo-banner">
                {t.demoBanner}
              </p>
            </aside>
          )}
          <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-10">
            {children}
          </main>
          <footer className="border-t border-slate-200 py-6 text-center text-xs text-slate-500">
            {t.appName} · {t.footerNote}
          </footer>
        </LangProvider>
      </body>
    </html>
  );
}
