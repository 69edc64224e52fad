import { ReviewQueueForm } from "@/components/admin/ReviewQueueForm";
import { PartnerQueueLink } from "@/components/partners/PartnerQueueLink";
import { guarded, pageActor } from "@/lib/admin/guard";
import { formContext } from "@/lib/admin/options";
import { RECORD_KINDS } from "@/lib/records/kinds";
import { queueQuery, reviewQueue } from "@/lib/workflow/queue";
import { formatDateTime, formatDateTimeWords } from "@/lib/time";
import { fill } from "@/lib/i18n/define";
import { review } from "@/lib/i18n/messages/review";
import { translate } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await translate(review)).t.title };
}

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await pageActor();
  const { lang, t } = await translate(review);
  // Dates in words in Chinese (2026年12月6日 14:05); in English the plain 2026-12-06 14:05.
  const when = lang === "zh" ? formatDateTimeWords : formatDateTime;
  const sp = await searchParams;
  const [items, ctx] = await Promise.all([
    guarded(() =>
      reviewQueue({
        actor,
        kindSlug: sp.kind || undefined,
        departmentId: sp.departmentId || undefined,
        year: sp.year ? Number(sp.year) : undefined,
        lang,
      }),
    ),
    formContext(),
  ]);
  // The record page keeps the queue's filters, so 通过并下一条 stays in this queue.
  const query = queueQuery({
    kindSlug: sp.kind || undefined,
    departmentId: sp.departmentId || undefined,
    year: sp.year ? Number(sp.year) : undefined,
  });
  const rows = items.map((i) => ({
    value: `${i.kind.slug}:${i.id}:${i.version}`,
    href: `/admin/records/${i.kind.slug}/${i.id}${query ? `?${new URLSearchParams({ queue: query })}` : ""}`,
    kind: lang === "zh" ? i.kind.zh : i.kind.en,
    title: i.title,
    department: ctx.departmentNames.get(i.departmentId) ?? "",
    year: i.year,
    revision: i.revision,
    diff: i.diff,
    deptApproved: i.deptApproved ? fill(t.deptApprovedBy, { by: i.deptApproved.by, at: when(i.deptApproved.at) }) : null,
    submitter: i.submitter,
    submittedAt: when(i.submittedAt),
    figures: i.figures,
  }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        {t.title}{" "}
        <span className="text-sm font-normal text-slate-500">
          {lang === "zh" && `${review.en.title} `}· {items.length}
        </span>
      </h1>
      {sp.cleared && (
        <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-800">
          {t.cleared}
        </p>
      )}
      <PartnerQueueLink actor={actor} />
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
        <label>
          {t.kind}
          <select name="kind" defaultValue={sp.kind ?? ""} className="ml-1 rounded border border-slate-300 px-2 py-1">
            <option value="">{t.all}</option>
            {RECORD_KINDS.map((k) => (
              <option key={k.slug} value={k.slug}>
                {lang === "zh" ? k.zh : k.en}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.department}
          <select name="departmentId" defaultValue={sp.departmentId ?? ""} className="ml-1 rounded border border-slate-300 px-2 py-1">
            <option value="">{t.all}</option>
            {ctx.departments.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <button className="rounded bg-slate-700 px-3 py-1 text-white">{t.filter}</button>
      </form>
      <ReviewQueueForm rows={rows} step={actor?.role === "DEPT_HEAD" ? "department" : "office"} />
    </div>
  );
}
