import "@fontsource/noto-serif-sc/400.css";
import "@fontsource/noto-serif-sc/700.css";
import "@fontsource/noto-sans-sc/400.css";
import "@fontsource/noto-sans-sc/700.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { site } from "@/lib/i18n/messages/site";
import { printBodyHtml, reportFullTitle } from "@/lib/pdf/print-html";
import { printCss } from "@/lib/pdf/print-css";
import { renderedEdition } from "@/lib/report/editions/editions";
import { parseVersion, parseYear } from "@/lib/report/http/params";

/**
 * The print layout of a published edition (latest, or ?edition=N): the page the PDF is printed
 * from, viewable and printable in a browser. The PDF itself is printed from the same HTML by
 * lib/pdf/render.ts, which adds the contents' page numbers; here the contents have links only.
 * The fonts are the @fontsource TrueType ones: they embed properly when a browser prints.
 */
type Props = { params: Promise<{ year: string }>; searchParams: Promise<{ edition?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = parseYear((await params).year);
  const { t } = await translate(site);
  return { title: year ? fill(t.yearPrintTitle, { year }) : t.reportsTitle, robots: { index: false } };
}

export default async function PrintPage({ params, searchParams }: Props) {
  const year = parseYear((await params).year);
  const edition = (await searchParams).edition;
  const version = edition === undefined ? undefined : parseVersion(edition);
  if (!year || version === null) notFound();
  const rendered = await renderedEdition({ year, version });
  if (!rendered) notFound();
  const { document, meta, html } = rendered;
  return (
    <>
      <style dangerouslySetInnerHTML={{ __html: printCss(reportFullTitle(document)) }} />
      <div
        dangerouslySetInnerHTML={{
          __html: printBodyHtml(document, { version: meta.version, publishedAt: meta.publishedAt, bodyHtml: html }),
        }}
      />
    </>
  );
}
