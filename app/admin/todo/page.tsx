import Link from "next/link";
import { guarded, pageActor } from "@/lib/admin/guard";
import { todoFor } from "@/lib/todo/service";

export const metadata = { title: "待办" };
export const dynamic = "force-dynamic";

/** 待办: where everyone lands after signing in — what waits for them, each item linking to where it is done. */
export default async function TodoPage() {
  const actor = await pageActor();
  const todo = await guarded(() => todoFor({ actor }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">
        待办 <span className="text-sm font-normal text-slate-500">To do{todo.year ? ` · ${todo.year}年度` : ""}</span>
      </h1>
      {todo.checklist && (
        <section aria-labelledby="todo-checklist" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="todo-checklist">
          <h2 id="todo-checklist" className="mb-2 font-semibold">
            第一年的准备（学校信息 → 部门 → 用户 → 年度 → 任务 → 审定 → 发布）
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
                <span className="sr-only">{step.done ? "已完成" : "未完成"}</span>
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
