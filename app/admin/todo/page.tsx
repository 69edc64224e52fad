import Link from "next/link";
import { guarded, pageActor } from "@/lib/admin/guard";
import { fill } from "@/lib/i18n/define";
import { todo as todoMessages } from "@/lib/i18n/messages/todo";
import { translate } from "@/lib/i18n/server";
import { todoFor } from "@/lib/todo/service";

export async function generateMetadata() {
  const { t } = await translate(todoMessages);
  return { title: t.title };
}
export const dynamic = "force-dynamic";

/** 待办: where everyone lands after signing in — what waits for them, each item linking to where it is done. */
export default async function TodoPage() {
  const actor = await pageActor();
  const { lang, t } = await translate(todoMessages);
  const todo = await guarded(() => todoFor({ actor, lang }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">
        {t.title}
        {todo.year ? <span className="text-sm font-normal text-slate-500">{fill(t.yearSuffix, { year: todo.year })}</span> : null}
      </h1>
      {todo.checklist && (
        <section aria-labelledby="todo-checklist" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="todo-checklist">
          <h2 id="todo-checklist" className="mb-2 font-semibold">
            {t.checklistTitle}
          </h2>
          <ol className="space-y-1.5 text-sm">
            {todo.checklist.map((step, i) => (
              <li
                key={step.key}
                data-step={step.key}
                data-done={step.done ? "true" : "false"}
                className="flex flex-wrap items-baseline gap-2"
              >
                <span aria-hidden="true" className={step.done ? "text-emerald-700" : "text-slate-400"}>
                  {step.done ? "✔" : "○"}
                </span>
                <Link href={step.href} className="font-medium text-brand-700 underline">
                  {i + 1}. {step.label}
                </Link>
                <span className="sr-only">{step.done ? t.stepDone : t.stepOpen}</span>
                <span className="text-slate-600">{step.detail}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {todo.sections.map((s) => (
        <section
          key={s.id}
          id={s.id}
          aria-labelledby={`todo-${s.id}`}
          className="rounded-lg border border-slate-200 bg-white p-4"
          data-testid={`todo-${s.id}`}
        >
          <h2 id={`todo-${s.id}`} className="mb-2 font-semibold">
            {s.title}
          </h2>
          {s.items.length === 0 ? (
            <p className="text-sm text-slate-500">{s.empty}</p>
          ) : (
            <ul className="space-y-1.5 text-sm">
              {s.items.map((item, i) => (
                <li key={`${item.href}-${i}`}>
                  <Link href={item.href} className="text-brand-700 underline">
                    {item.label}
                  </Link>
                  {item.detail && <span className="ml-2 text-slate-600">{item.detail}</span>}
                </li>
              ))}
            </ul>
          )}
          {s.more && (
            <p className="mt-2 text-sm">
              <Link href={s.more.href} className="text-brand-700 underline">
                {s.more.label}
              </Link>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
