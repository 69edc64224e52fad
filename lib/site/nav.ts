import { messages, type Lang } from "../i18n/catalogue";

/**
 * The site header's links, one list for the React header (components/ui/SiteHeader) and the
 * public report's static page (lib/report/http/public-page.ts), so both read the same in the same order.
 */
export type SiteReader = { lang: Lang; name: string | null };
export type HeaderLink = { href: string; label: string; kind: "page" | "account" | "language"; testId?: string };

export function headerLinks(reader: SiteReader, back: string | null = null): HeaderLink[] {
  const t = messages(reader.lang);
  const to = reader.lang === "zh" ? "en" : "zh";
  return [
    { href: "/", label: t.home, kind: "page" },
    { href: "/reports", label: t.reports, kind: "page" },
    { href: "/records", label: t.records, kind: "page" },
    reader.name
      ? { href: "/admin", label: `${reader.name} · ${t.workspace}`, kind: "account", testId: "signed-in-user" }
      : { href: "/admin", label: t.signIn, kind: "account" },
    { href: `/lang?to=${to}${back ? `&back=${encodeURIComponent(back)}` : ""}`, label: t.language, kind: "language" },
  ];
}
