import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { ui } from "@/lib/i18n/messages/ui";
import { enumLabel } from "@/lib/records/labels";

const COLORS: Record<string, string> = {
  DRAFT: "bg-slate-100 text-slate-700 ring-slate-300",
  SUBMITTED: "bg-amber-50 text-amber-800 ring-amber-300",
  APPROVED: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  RETURNED: "bg-rose-50 text-rose-800 ring-rose-300",
};

export async function StatusBadge({ status, revision }: { status: string; revision?: string | null }) {
  const { lang, t } = await translate(ui);
  return (
    <span className="inline-flex flex-wrap gap-1" data-status={status}>
      <span className={`rounded px-1.5 py-0.5 text-xs ring-1 ${COLORS[status] ?? ""}`}>{enumLabel(status, lang)}</span>
      {revision && (
        <span className={`rounded px-1.5 py-0.5 text-xs ring-1 ${COLORS[revision] ?? ""}`} data-revision={revision}>
          {fill(t.revision, { status: enumLabel(revision, lang) })}
        </span>
      )}
    </span>
  );
}
