import { formatDateTime } from "@/lib/time";
import type { SignoffView } from "@/lib/report/editions/signoff";
import { DecideSignoffForm, RequestSignoffForm } from "./SignoffForms";
import { fill } from "@/lib/i18n/define";
import { report } from "@/lib/i18n/messages/report";
import { translate } from "@/lib/i18n/server";

/** 校领导审定 on the preview page: where it stands, and the buttons of whoever may act. */
export async function SignoffPanel({
  year,
  required,
  current,
  canRequest,
  canDecide,
}: {
  year: number;
  required: boolean;
  current: SignoffView | null;
  canRequest: boolean;
  canDecide: boolean;
}) {
  const open = current && current.publishedVersion === null ? current : null;
  const { t } = await translate(report);
  return (
    <section
      aria-labelledby="signoff-h"
      className="space-y-2 rounded border border-amber-200 bg-white p-3 text-sm"
      data-signoff-status={open?.status ?? "NONE"}
    >
      <h2 id="signoff-h" className="font-semibold">
        {t.signoffTitle}
        {required ? t.signoffRequired : t.signoffOptional}
      </h2>
      {!open ? (
        <p>{t.signoffNone}</p>
      ) : (
        <p>
          <strong>{t[open.status]}</strong>
          {t.colon}
          {fill(t.signoffRequested, { by: open.requestedBy ?? t.office, at: formatDateTime(open.requestedAt) })}
          {open.decidedAt &&
            fill(open.status === "SIGNED" ? t.signoffDecidedSigned : t.signoffDecidedReturned, {
              by: open.decidedBy ?? t.leader,
              at: formatDateTime(open.decidedAt),
            })}
          {t.fullStop}
        </p>
      )}
      {open?.status === "RETURNED" && open.comment && (
        <p role="note" className="rounded bg-rose-50 p-2 text-rose-800" data-testid="signoff-comment">
          {fill(t.signoffComment, { comment: open.comment })}
        </p>
      )}
      {canDecide && open?.status === "PENDING" && <DecideSignoffForm year={year} />}
      {canRequest && open?.status !== "PENDING" && <RequestSignoffForm year={year} />}
    </section>
  );
}
