import { CollegeAccountForm, EditCollegeForm, ImportCollegesForm, NewCollegeForm } from "@/components/province/CollegeForms";
import { guarded, pageActor } from "@/lib/admin/guard";
import { authorize } from "@/lib/auth/policy";
import { province } from "@/lib/i18n/messages/province";
import { translate } from "@/lib/i18n/server";
import { fill } from "@/lib/i18n/define";
import { COLLEGE_TYPE_LABELS } from "@/lib/package/schema";
import { listColleges } from "@/lib/province/colleges";

export async function generateMetadata() {
  const { t } = await translate(province);
  return { title: t.collegesTitle };
}

/** Province mode: the colleges register (学校名录) with each college's accounts. */
export default async function CollegesPage() {
  const actor = await pageActor();
  const colleges = await guarded(async () => {
    authorize(actor, "colleges.manage");
    return listColleges({ actor });
  });
  const { lang, t } = await translate(province);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t.collegesTitle}</h1>
      <p className="text-sm text-slate-600">{t.collegesIntro}</p>
      <NewCollegeForm />
      <ImportCollegesForm />
      {colleges.length === 0 ? (
        <p className="text-sm text-slate-500">{t.noColleges}</p>
      ) : (
        <ul className="space-y-2" data-testid="colleges">
          {colleges.map((c) => (
            <li key={c.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3" data-testid={`college-${c.code}`}>
              <p className="text-sm font-medium">
                {c.code} · {c.name} · {COLLEGE_TYPE_LABELS[c.type][lang]} · {c.city} ·{" "}
                {fill(t.pair, {
                  label: t.account,
                  value: c.users.length
                    ? c.users.map((u) => fill(t.withNote, { text: u.displayName, note: u.username })).join(t.listSep)
                    : t.noAccount,
                })}
              </p>
              <EditCollegeForm college={c} />
              <CollegeAccountForm collegeId={c.id} code={c.code} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
