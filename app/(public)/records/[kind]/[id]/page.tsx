import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { fill } from "@/lib/i18n/define";
import { currentMessages } from "@/lib/i18n/server";
import { recordTitle } from "@/lib/records/declare";
import { fieldText } from "@/lib/records/format";
import { kindBySlug } from "@/lib/records/kinds";
import { publicRecordById } from "@/lib/records/public-record";

export const dynamic = "force-dynamic";

const ZRecordId = z.string().regex(/^[\w-]{1,64}$/);

/**
 * One approved record as the public reads it: a case's text and photos (where the report's link
 * to a case's source record leads), or any other record's fields. Anything not approved is not found.
 */
export default async function PublicRecordPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind: slug, id: rawId } = await params;
  const kind = kindBySlug(slug);
  const id = ZRecordId.safeParse(rawId);
  if (!kind || !id.success) notFound();
  const found = await publicRecordById({ kind, id: id.data });
  if (!found) notFound();
  const { record, photos } = found;
  const { lang, t } = await currentMessages();
  const title = recordTitle(kind, record);
  const isCase = kind.slug === "cases";
  // A case reads as a case (title, subtitle, body); the other fields are listed with their labels.
  const shown = new Set(isCase ? ["title", "subtitle", "body"] : []);
  const facts = Object.entries(kind.fields)
    .filter(([field]) => !shown.has(field))
    .map(([field, decl]) => ({
      field,
      label: lang === "zh" ? decl.zh : decl.en,
      text: fieldText(kind, field, record[field], { row: record }),
    }))
    .filter((f) => f.text);
  const listHref = `/records/${kind.slug}?year=${String(record.year)}&record=${encodeURIComponent(String(record.id))}#${encodeURIComponent(String(record.id))}`;
  return (
    <article className="space-y-5" data-public-record={String(record.id)} aria-labelledby="record-title">
      <nav className="text-sm text-slate-600" aria-label={t.breadcrumb}>
        <Link href="/records" className="hover:underline">
          {t.records}
        </Link>{" "}
        /{" "}
        <Link href={`/records/${kind.slug}?year=${String(record.year)}`} className="hover:underline">
          {lang === "zh" ? kind.zh : kind.en}
        </Link>
      </nav>
      <header>
        <h1 id="record-title" className="text-2xl font-bold text-brand-800">
          {title}
        </h1>
        {isCase && typeof record.subtitle === "string" && record.subtitle && <p className="mt-1 text-slate-700">{record.subtitle}</p>}
        <p className="mt-1 text-sm text-slate-600">
          {fill(t.ofYear, { year: String(record.year) })}
          {typeof record.department === "string" ? ` · ${record.department}` : ""} · {t.approvedOnly}
        </p>
      </header>
      {isCase && typeof record.body === "string" && (
        <div className="max-w-3xl space-y-3 leading-8" lang="zh-CN" data-case-body>
          {record.body
            .split(/\n+/)
            .filter((p) => p.trim())
            .map((p, i) => (
              <p key={i} className="indent-8">
                {p}
              </p>
            ))}
        </div>
      )}
      {photos.map((p) => (
        <figure key={p.id} className="max-w-3xl">
          {/* eslint-disable-next-line @next/next/no-img-element -- a stored upload served by our own route */}
          <img src={p.src} alt={p.caption} loading="lazy" className="mx-auto max-h-[28rem] w-auto rounded" />
          <figcaption className="mt-2 text-center text-sm text-slate-700">{p.caption}</figcaption>
        </figure>
      ))}
      {facts.length > 0 && (
        <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          {facts.map((f) => (
            <div key={f.field} className="contents">
              <dt className="text-slate-600">{f.label}</dt>
              <dd>{f.text}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="text-sm">
        <Link href={listHref} className="text-brand-700 hover:underline">
          {fill(t.seeInList, { kind: lang === "zh" ? kind.zh : kind.en.toLowerCase() })}
        </Link>
      </p>
    </article>
  );
}
