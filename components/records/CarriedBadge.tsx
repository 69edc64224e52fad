"use client";

import { useMessages } from "@/components/i18n/LangProvider";
import { records } from "@/lib/i18n/messages/records";

/** 「沿用上年」: a record carried from last year's approved one, for its department to confirm or update. */
export function CarriedBadge({ carriedFromId }: { carriedFromId?: unknown }) {
  const t = useMessages(records);
  if (!carriedFromId) return null;
  return (
    <span className="rounded bg-sky-50 px-1.5 py-0.5 text-xs text-sky-800 ring-1 ring-sky-300" data-carried="1" title={t.carriedTitle}>
      {t.carried}
    </span>
  );
}
