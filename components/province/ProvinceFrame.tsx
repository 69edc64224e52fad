import Link from "next/link";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { Bell } from "@/components/notifications/Bell";
import type { Actor } from "@/lib/auth/actor";
import { may } from "@/lib/auth/policy";
import { province } from "@/lib/i18n/messages/province";
import { translate } from "@/lib/i18n/server";
import { fill } from "@/lib/i18n/define";
import { unreadCount } from "@/lib/notifications/service";
import { enumLabel } from "@/lib/records/labels";

/** An education department's admin menu (province mode): its own things instead of a college's departments and records. */
export async function ProvinceFrame({ actor, children }: { actor: Actor; children: React.ReactNode }) {
  const { lang, t } = await translate(province);
  const link = "hover:underline";
  return (
    <div className="space-y-6">
      <nav className="flex flex-wrap items-center gap-4 rounded-lg bg-brand-800 px-4 py-2 text-sm text-white" aria-label={t.navBoard}>
        {may(actor, "province.board") && (
          <Link href="/admin/province/board" className={link}>
            {t.navBoard}
          </Link>
        )}
        {may(actor, "colleges.manage") && (
          <Link href="/admin/colleges" className={link}>
            {t.navColleges}
          </Link>
        )}
        {(may(actor, "handIn.own") || may(actor, "handIn.any")) && (
          <Link href="/admin/hand-in" className={link}>
            {may(actor, "handIn.any") ? t.importFolderTitle : t.navHandIn}
          </Link>
        )}
        {may(actor, "province.board") && (
          <Link href="/admin/province/tables" className={link}>
            {t.navTables}
          </Link>
        )}
        {may(actor, "province.board") && (
          <Link href="/admin/province/cases" className={link}>
            {t.navCases}
          </Link>
        )}
        {may(actor, "report.preview") && (
          <Link href="/admin/report" className={link}>
            {t.navReport}
          </Link>
        )}
        {may(actor, "years.manage") && (
          <Link href="/admin/years" className={link}>
            {t.navYears}
          </Link>
        )}
        {may(actor, "institution.manage") && (
          <Link href="/admin/settings" className={link}>
            {t.navSettings}
          </Link>
        )}
        <span className="ml-auto">
          <Bell unread={await unreadCount({ actor })} lang={lang} />
        </span>
        <Link href="/admin/account" className="text-brand-100 hover:underline" data-testid="whoami">
          {fill(t.withNote, { text: actor.displayName, note: enumLabel(actor.role, lang) })}
        </Link>
        <SignOutButton />
      </nav>
      {children}
    </div>
  );
}
