import Link from "next/link";
import { DueDateForm, RemindForm } from "@/components/province/BoardForms";
import { guarded, pageActor } from "@/lib/admin/guard";
import { may } from "@/lib/auth/policy";
import { fill } from "@/lib/i18n/define";
import { province } from "@/lib/i18n/messages/province";
import { translate } from "@/lib/i18n/server";
import { COLLEGE_TYPE_LABELS } from "@/lib/package/schema";
import { defaultBoardYear, handInBoard, type BoardStatus } from "@/lib/province/board";
import { formatDateTime } from "@/lib/time";

export async function generateMetadata() {
  const { t } = await translate(province);
  return { title: t.boardTitle };
}

const TONE: Record<BoardStatus, string> = {
  handedIn: "bg-emerald-100 text-emerald-800",
  late: "bg-amber-100 text-amber-800",
  missing: "bg-slate-100 text-slate-700",
  overdue: "bg-rose-100 text-rose-800",
};

/** Province mode: the 报送 board of a year (?year=). */
export default async function BoardPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await pageActor();
  const asked = (await searchParams).year;
  const board = await guarded(async () => handInBoard({ actor, year: asked ?? (await defaultBoardYear()) }));
  const { lang, t } = await translate(province);
  const when = (at: Date) => (lang === "zh" ? formatDateTime(at) : at.toLocaleString("en-GB", { timeZone: "Asia/Shanghai" }));
  const label: Record<BoardStatus, string> = {
    handedIn: t.statusHandedIn,
    late: t.statusLate,
    missing: t.statusMissing,
    overdue: t.statusOverdue,
  };
  const dueOn = board.dueAt ? new Date(board.dueAt.getTime() + 8 * 3600_000).toISOString().slice(0, 10) : "";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        {t.boardTitle} · {board.year}
      </h1>
      <p className="text-sm text-slate-600">{t.boardIntro}</p>
      <nav className="flex flex-wrap gap-3 text-sm" aria-label={t.year}>
        {[board.year - 1, board.year + 1].map((y) => (
          <Link key={y} href={`/admin/province/board?year=${y}`} className="text-brand-700 underline">
            {y}
          </Link>
        ))}
      </nav>
      <p className="text-sm" data-testid="board-summary">
        {fill(t.handedInCount, { n: board.handedIn, total: board.rows.length })} · {fill(t.missingCount, { n: board.missing })} ·{" "}
        {fill(t.pair, { label: t.dueDate, value: dueOn || t.noDueDate })}
      </p>
      {may(actor, "colleges.manage") && <DueDateForm year={board.year} dueOn={dueOn} />}
      <RemindForm year={board.year} />
      <div className="overflow-x-auto">
        <table className="w-full min-w-0 text-left text-sm" data-testid="board">
          <thead className="bg-slate-100">
            <tr>
              <th className="p-2">{t.name}</th>
              <th className="hidden p-2 sm:table-cell">{t.code}</th>
              <th className="hidden p-2 sm:table-cell">{t.type}</th>
              <th className="hidden p-2 sm:table-cell">{t.city}</th>
              <th className="p-2">{t.status}</th>
              <th className="p-2">{t.edition}</th>
              <th className="hidden p-2 md:table-cell">{t.receivedAt}</th>
              <th className="hidden p-2 md:table-cell">{t.receivedBy}</th>
            </tr>
          </thead>
          <tbody>
            {board.rows.map((r) => (
              <tr key={r.college.id} className="border-t border-slate-200" data-testid={`board-${r.college.code}`}>
                <td className="p-2">{r.college.name}</td>
                <td className="hidden p-2 sm:table-cell">{r.college.code}</td>
                <td className="hidden p-2 sm:table-cell">{COLLEGE_TYPE_LABELS[r.college.type][lang]}</td>
                <td className="hidden p-2 sm:table-cell">{r.college.city}</td>
                <td className="p-2">
                  <span className={`rounded px-2 py-0.5 text-xs ${TONE[r.status]}`}>{label[r.status]}</span>
                </td>
                <td className="p-2">{r.submission ? fill(t.versionN, { n: r.submission.editionVersion }) : "—"}</td>
                <td className="hidden p-2 md:table-cell">{r.submission ? when(r.submission.receivedAt) : "—"}</td>
                <td className="hidden p-2 md:table-cell">{r.submission?.receivedBy ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
