import Link from "next/link";
import { fill, type Lang } from "@/lib/i18n/define";
import { adminFrame } from "@/lib/i18n/messages/adminFrame";

/** The bell in the admin header: the unread count, and the way to the list. */
export function Bell({ unread, lang }: { unread: number; lang: Lang }) {
  const t = adminFrame[lang];
  const label = unread > 0 ? fill(t.bellUnread, { n: unread }) : t.bellNone;
  return (
    <Link
      href="/admin/notifications"
      aria-label={label}
      title={label}
      data-testid="bell"
      className="relative inline-flex items-center rounded p-1 text-white hover:bg-brand-700"
    >
      <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {unread > 0 && (
        <span
          data-testid="bell-count"
          className="absolute -right-1.5 -top-1 min-w-5 rounded-full bg-rose-600 px-1 text-center text-xs font-semibold leading-5 text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
