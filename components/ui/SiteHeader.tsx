import Link from "next/link";
import { messages } from "@/lib/i18n/catalogue";
import { headerLinks } from "@/lib/site/nav";
import type { Chrome } from "@/lib/web/reader";

/** The site header of React pages; the public report's static pages print the same (lib/report/http/public-page.ts). */
export function SiteHeader({ chrome }: { chrome: Chrome }) {
  const { college, reader, back } = chrome;
  const lang = reader.lang;
  const t = messages(lang);
  return (
    <header className="bg-brand-700 text-white">
      <nav className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3" aria-label={t.mainNav}>
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-wide">
          {college?.logoFileId && (
            // eslint-disable-next-line @next/next/no-img-element -- a stored upload served by our own route, not a static asset
            <img src={`/files/${college.logoFileId}/thumb`} alt="" className="h-8 w-8 rounded bg-white object-contain p-0.5" />
          )}
          <span data-testid="college-name">{college?.name ?? t.appName}</span>
          <span className="hidden text-sm font-normal text-brand-100 sm:inline">· {college ? `${t.appName}` : t.tagline}</span>
        </Link>
        <div className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          {headerLinks(reader, back).map((l) =>
            l.kind === "language" ? (
              <a key={l.href} href={l.href} className="rounded border border-white/40 px-2 py-0.5 hover:bg-white/10">
                {l.label}
              </a>
            ) : (
              <Link key={l.href} href={l.href} className="hover:underline" data-testid={l.testId}>
                {l.label}
              </Link>
            ),
          )}
        </div>
      </nav>
    </header>
  );
}
