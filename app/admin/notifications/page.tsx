import Link from "next/link";
import { MailSettingsForm, MarkReadButton } from "@/components/notifications/NotificationForms";
import { pageActor } from "@/lib/admin/guard";
import { env } from "@/lib/env";
import { listNotifications, mailSettings, openHref } from "@/lib/notifications/service";
import { formatDateTime } from "@/lib/time";

export const metadata = { title: "通知" };

const TYPE_LABELS: Record<string, { zh: string; tone: string }> = {
  RETURNED: { zh: "退回", tone: "bg-rose-100 text-rose-900" },
  APPROVED: { zh: "通过", tone: "bg-emerald-100 text-emerald-900" },
  SUBMITTED: { zh: "待审核", tone: "bg-amber-100 text-amber-950" },
  DEADLINE: { zh: "截止提醒", tone: "bg-sky-100 text-sky-950" },
  TASK: { zh: "任务", tone: "bg-violet-100 text-violet-950" },
  CARRIED: { zh: "沿用上年", tone: "bg-amber-100 text-amber-950" },
  SIGNOFF: { zh: "待审定", tone: "bg-amber-100 text-amber-950" },
  SIGNED: { zh: "已审定", tone: "bg-emerald-100 text-emerald-900" },
  SIGNOFF_RETURNED: { zh: "审定退回", tone: "bg-rose-100 text-rose-900" },
  DRAFT_SUBMITTED: { zh: "待采用草稿", tone: "bg-amber-100 text-amber-950" },
  DRAFT_ACCEPTED: { zh: "草稿已采用", tone: "bg-emerald-100 text-emerald-900" },
  DRAFT_RETURNED: { zh: "草稿退回", tone: "bg-rose-100 text-rose-900" },
};

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ mail?: string }> }) {
  const actor = await pageActor();
  const confirmed = (await searchParams).mail === "confirmed";
  const [items, mail] = await Promise.all([listNotifications({ actor }), mailSettings({ actor })]);
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-4">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold text-brand-800">
            通知 <span className="text-sm font-normal text-slate-500">Notifications · {unread} 条未读</span>
          </h1>
          {unread > 0 && <MarkReadButton label="全部标为已读 Mark all read" />}
        </div>
        {confirmed && (
          <p role="status" className="rounded bg-emerald-50 p-3 text-sm text-emerald-900">
            通知邮箱已确认（e-mail address confirmed）
          </p>
        )}
        {items.length === 0 && <p className="text-slate-500">暂无通知（nothing yet）</p>}
        <ul className="space-y-2" data-testid="notifications">
          {items.map((n) => {
            const type = TYPE_LABELS[n.type] ?? { zh: "通知", tone: "bg-slate-100 text-slate-800" };
            return (
              <li
                key={n.id}
                data-unread={n.readAt ? undefined : "true"}
                data-handled={n.handledAt ? "true" : undefined}
                className={`rounded-lg border p-3 text-sm ${n.readAt ? "border-slate-200 bg-white" : "border-brand-300 bg-brand-50"}`}
              >
                <div className="flex flex-wrap items-center gap-2">
                  <span className={`rounded px-1.5 py-0.5 text-xs ${type.tone}`}>{type.zh}</span>
                  {!n.readAt && <span className="text-xs font-semibold text-brand-800">未读</span>}
                  {n.handledAt && <span className="text-xs text-slate-600">已处理</span>}
                  <time dateTime={n.createdAt.toISOString()} className="text-xs tabular-nums text-slate-600">
                    {formatDateTime(n.createdAt)}
                  </time>
                </div>
                <p className={`mt-1 ${n.readAt ? "" : "font-semibold"}`}>
                  {n.href ? (
                    <Link href={openHref(n.id)} className="text-brand-700 hover:underline" prefetch={false}>
                      {n.title}
                    </Link>
                  ) : (
                    n.title
                  )}
                </p>
                {n.body && <p className="mt-0.5 text-slate-700">{n.body}</p>}
                {!n.readAt && (
                  <div className="mt-2">
                    <MarkReadButton id={n.id} label="标为已读" />
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
