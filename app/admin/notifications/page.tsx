import Link from "next/link";
import { MailSettingsForm, MarkReadButton } from "@/components/notifications/NotificationForms";
import { pageActor } from "@/lib/admin/guard";
import { env } from "@/lib/env";
import { listNotifications, mailSettings, openHref } from "@/lib/notifications/service";
import { formatDateTime } from "@/lib/time";
import { notifications } from "@/lib/i18n/messages/notifications";
import { translate } from "@/lib/i18n/server";

export async function generateMetadata() {
  const { t } = await translate(notifications);
  return { title: t.title };
}

const TONES: Record<string, string> = {
  RETURNED: "bg-rose-100 text-rose-900",
  APPROVED: "bg-emerald-100 text-emerald-900",
  SUBMITTED: "bg-amber-100 text-amber-950",
  DEADLINE: "bg-sky-100 text-sky-950",
  TASK: "bg-violet-100 text-violet-950",
  CARRIED: "bg-amber-100 text-amber-950",
  SIGNOFF: "bg-amber-100 text-amber-950",
  SIGNED: "bg-emerald-100 text-emerald-900",
  SIGNOFF_RETURNED: "bg-rose-100 text-rose-900",
  DRAFT_SUBMITTED: "bg-amber-100 text-amber-950",
  DRAFT_ACCEPTED: "bg-emerald-100 text-emerald-900",
  DRAFT_RETURNED: "bg-rose-100 text-rose-900",
};

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ mail?: string }> }) {
  const actor = await pageActor();
  const confirmed = (await searchParams).mail === "confirmed";
  const [items, mail, { lang, t }] = await Promise.all([listNotifications({ actor }), mailSettings({ actor }), translate(notifications)]);
  // A notice written before notices had English shows its Chinese.
  const english = lang === "en";
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-4">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold text-brand-800">
            {t.title} <span className="text-sm font-normal text-slate-500">{t.unread(unread)}</span>
          </h1>
          {unread > 0 && <MarkReadButton label={t.markAllRead} />}
        </div>
        {confirmed && (
          <p role="status" className="rounded bg-emerald-50 p-3 text-sm text-emerald-900">
            {t.mailConfirmed}
          </p>
        )}
        {items.length === 0 && <p className="text-slate-500">{t.empty}</p>}
        <ul className="space-y-2" data-testid="notifications">
          {items.map((n) => {
            const typeKey = `type${n.type}` as keyof typeof t;
            const typeLabel = typeKey in t && typeof t[typeKey] === "string" ? t[typeKey] : t.typeOther;
            const tone = TONES[n.type] ?? "bg-slate-100 text-slate-800";
            const title = (english && n.titleEn) || n.title;
            const body = english && n.titleEn ? n.bodyEn : n.body;
            return (
              <li
                key={n.id}
                data-unread={n.readAt ? undefined : "true"}
                data-handled={n.handledAt ? "true" : undefined}
                className={`rounded-lg border p-3 text-sm ${n.readAt ? "border-slate-200 bg-white" : "border-brand-300 bg-brand-50"}`}
              >
                <div className="flex flex-wrap items-center gap-2">
                  <span className={`rounded px-1.5 py-0.5 text-xs ${tone}`}>{typeLabel}</span>
                  {!n.readAt && <span className="text-xs font-semibold text-brand-800">{t.unreadTag}</span>}
                  {n.handledAt && <span className="text-xs text-slate-600">{t.handledTag}</span>}
                  <time dateTime={n.createdAt.toISOString()} className="text-xs tabular-nums text-slate-600">
                    {formatDateTime(n.createdAt)}
                  </time>
                </div>
                <p className={`mt-1 ${n.readAt ? "" : "font-semibold"}`}>
                  {n.href ? (
                    <Link href={openHref(n.id)} className="text-brand-700 hover:underline" prefetch={false}>
                      {title}
                    </Link>
                  ) : (
                    title
                  )}
                </p>
                {body && <p className="mt-0.5 text-slate-700">{body}</p>}
                {!n.readAt && (
                  <div className="mt-2">
                    <MarkReadButton id={n.id} label={t.markRead} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </div>
      <aside>
        <MailSettingsForm email={mail.email} pendingEmail={mail.pendingEmail} digest={mail.digest} smtp={Boolean(env().SMTP_URL)} />
      </aside>
    </div>
  );
}
