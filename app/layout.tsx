import type { Metadata } from "next";
import "./globals.css";
import { SiteHeader } from "@/components/ui/SiteHeader";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { needsSetup } from "@/lib/institution/service";
import { PATH_HEADER } from "@/lib/http/request-path";
import { LangProvider } from "@/components/i18n/LangProvider";
import { pageFrame } from "@/lib/web/frame";

export const metadata: Metadata = {
  title: { default: "年报 · 高职院校质量年度报告", template: "%s · 年报" },
  description: "由已审核数据生成的高职院校质量年度报告（annual quality reports generated from approved records）",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // A new installation has no college yet: every page leads to the first-run set-up. (Routing
  // only; /setup itself refuses once set-up is done, and other pages never depend on this.)
  const path = (await headers()).get(PATH_HEADER);
  if (path && path !== "/setup" && (await needsSetup())) redirect("/setup");
  // The reader (language, who is signed in) and the college, read as the public report's pages read them.
  const chrome = await pageFrame();
  const lang = chrome.reader.lang;
  return (
    <html lang={lang === "zh" ? "zh-CN" : "en"}>
      <body className="min-h-screen font-sans">
        <LangProvider lang={lang}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
            {lang === "zh" ? "跳到正文" : "Skip to content"}
          </a>
          <SiteHeader chrome={chrome} />
          {chrome.college?.demo && (
            // A landmark of its own: no content outside landmarks (axe's best-practice rule `region`).
            <aside aria-label={lang === "zh" ? "演示数据说明" : "About the demo data"}>
              <p className="bg-amber-100 px-4 py-1.5 text-center text-xs text-amber-900" data-testid="demo-banner">
                演示数据：本站内容为演示用的2022年度数据，账号见登录页（demo data: the accounts are listed on the sign-in page）
              </p>
            </aside>
          )}
          <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-10">
            {children}
          </main>
          <footer className="border-t border-slate-200 py-6 text-center text-xs text-slate-500">
            年报 Nianbao · {lang === "zh" ? "数据均来自已审核通过的记录" : "All figures come from approved records"}
          </footer>
        </LangProvider>
      </body>
    </html>
  );
}
