import { formatDateTime } from "@/lib/time";
import type { SignoffView } from "@/lib/report/editions/signoff";
import { DecideSignoffForm, RequestSignoffForm } from "./SignoffForms";

const STATUS = { PENDING: "待审定", SIGNED: "已审定", RETURNED: "已退回" } as const;

/** 校领导审定 on the preview page: where it stands, and the buttons of whoever may act. */
export function SignoffPanel({
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
  return (
    <section
      aria-labelledby="signoff-h"
      className="space-y-2 rounded border border-amber-200 bg-white p-3 text-sm"
      data-signoff-status={open?.status ?? "NONE"}
    >
      <h2 id="signoff-h" className="font-semibold">
        校领导审定{required ? "（发布前必须）" : "（本校未要求，可选）"}
      </h2>
      {!open ? (
        <p>尚未提交审定。</p>
      ) : (
        <p>
          <strong>{STATUS[open.status]}</strong>：{open.requestedBy ?? "质量办"}于{formatDateTime(open.requestedAt)}提交
          {open.decidedAt && (
            <>
              ；{open.decidedBy ?? "校领导"}于{formatDateTime(open.decidedAt)}
              {open.status === "SIGNED" ? "审定通过" : "退回"}
            </>
          )}
          。
        </p>
      )}
      {open?.status === "RETURNED" && open.comment && (
        <p role="note" className="rounded bg-rose-50 p-2 text-rose-800" data-testid="signoff-comment">
          退回意见：{open.comment}
        </p>
      )}
      {canDecide && open?.status === "PENDING" && <DecideSignoffForm year={year} />}
      {canRequest && open?.status !== "PENDING" && <RequestSignoffForm year={year} />}
    </section>
  );
}
