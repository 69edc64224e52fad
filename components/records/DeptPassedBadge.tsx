"use client";

import { useMessages } from "@/components/i18n/LangProvider";
import { records } from "@/lib/i18n/messages/records";

/**
 * 系部已通过: the department head passed this submission (review chain on) and it now waits for the
 * quality office, so its author knows where it stands. Shown only while it is under review.
 */
export function DeptPassedBadge({ record }: { record: { status: unknown; revisionStatus?: unknown; deptApprovedAt?: unknown } }) {
  const t = useMessages(records);
  const underReview = record.status === "SUBMITTED" || record.revisionStatus === "SUBMITTED";
  if (!underReview || !record.deptApprovedAt) return null;
  return (
    <span
      className="rounded bg-indigo-50 px-1.5 py-0.5 text-xs text-indigo-800 ring-1 ring-indigo-300"
      data-testid="dept-passed"
      title={t.deptPassedTitle}
    >
      {t.deptPassed}
    </span>
  );
}
