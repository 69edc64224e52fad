import { HandInForm } from "@/components/province/HandInForm";
import { guarded, pageActor } from "@/lib/admin/guard";
import { deny, may } from "@/lib/auth/policy";
import { fill } from "@/lib/i18n/define";
import { province } from "@/lib/i18n/messages/province";
import { translate } from "@/lib/i18n/server";
import { ownHandIns } from "@/lib/province/board";
import { formatDateTime } from "@/lib/time";

export async function generateMetadata() {
  const { t } = await translate(province);
  return { title: t.handInTitle };
}

/** Province mode: a college's account hands in its package; an admin imports several at once. */
export default async function HandInPage() {
  const actor = await pageActor();
  const many = may(actor, "handIn.any");
  const own = await guarded(async () => {
    if (!many && !may(actor, "handIn.own")) deny(actor);
    return many ? null : ownHandIns({ actor });
  });
  const { lang, t } = await translate(province);
  const when = (at: Date) => (lang === "zh" ? formatDateTime(at) : at.toLocaleString("en-GB", { timeZone: "Asia/Shanghai" }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{many ? t.importFolderTitle : t.handInTitle}</h1>
      {own?.college && (
        <p className="text-sm font-medium" data-testid="hand-in-college">
          {fill(t.pair, { label: t.handInFor, value: fill(t.withNote, { text: own.college.name, note: own.college.code }) })}
        </p>
      )}
      <p className="text-sm text-slate-600">{many ? t.importFolderIntro : t.handInIntro}</p>
      <HandInForm many={many} />
      {own && (
        <section className="space-y-2">
          <h2 className="font-semibold text-brand-800">{t.myHandIns}</h2>
          {own.submissions.length === 0 ? (
            <p className="text-sm text-slate-500">{t.noHandIns}</p>
          ) : (
            <ul className="space-y-1 text-sm" data-testid="own-hand-ins">
              {own.submissions.map((s) => (
                <li key={s.id}>
                  {s.year} · {fill(t.versionN, { n: s.editionVersion })} · {when(s.receivedAt)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
