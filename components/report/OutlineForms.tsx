"use client";

import { INITIAL } from "@/lib/actions/result";
import { addSectionAction, configureSectionAction, deleteSectionAction } from "@/lib/report/actions";
import { BLOCK_LABELS, BLOCK_NAMES, type BlockOptions, rowOrderChoices } from "@/lib/report/outline/block-options";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { ActionMessage } from "@/components/ui/ActionMessage";

/** Admins: a new chapter, or a new section at the end of a chapter. */
export function AddSectionForm({ year, chapters }: { year: number; chapters: { key: string; label: string }[] }) {
  const { state, pending, formProps } = useKeptFormAction(addSectionAction, INITIAL, { resetOnSuccess: true });
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3 text-sm">
      <input type="hidden" name="year" value={year} />
      <label>
        <span className="mb-1 block font-medium">新增到</span>
        <select name="parentKey" className="rounded border border-slate-300 px-2 py-1.5" aria-label="新增到哪一章">
          <option value="">（新的一章）</option>
          {chapters.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label className="min-w-48 flex-1">
        <span className="mb-1 block font-medium">标题</span>
        <input
          name="title"
          required
          maxLength={100}
          aria-label="新章节标题"
          className="w-full rounded border border-slate-300 px-2 py-1.5"
        />
      </label>
      <button disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700 disabled:opacity-60">
        添加章节
      </button>
      <ActionMessage state={state} />
    </form>
  );
}

/** Admins: delete a chapter or section; the server refuses one that is not empty, saying why. */
export function DeleteSectionForm({ year, sectionKey, title }: { year: number; sectionKey: string; title: string }) {
  const { state, pending, formProps } = useKeptFormAction(deleteSectionAction, INITIAL);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="sectionKey" value={sectionKey} />
      <button
        disabled={pending}
        aria-label={`删除 ${title}`}
        className="rounded border border-rose-300 px-2 py-1 text-rose-700 hover:bg-rose-50 disabled:opacity-60"
      >
        删除
      </button>
      <ActionMessage state={state} />
    </form>
  );
}

type TopicChoice = { key: string; label: string; heldBy: string | null };

/** Admins: the topics and tables a section shows (each table's row order and placement), and its department. */
export function SectionContentForm({
  year,
  sectionKey,
  title,
  topics,
  blocks,
  blockOptions,
  departmentId,
  departments,
  topicChoices,
}: {
  year: number;
  sectionKey: string;
  title: string;
  topics: string[];
  blocks: string[];
  blockOptions: Record<string, BlockOptions>;
  departmentId: string | null;
  departments: { id: string; name: string; active: boolean }[];
  topicChoices: TopicChoice[];
}) {
  const { state, pending, formProps } = useKeptFormAction(configureSectionAction, INITIAL);
  const id = sectionKey.replace(/[^a-zA-Z0-9_-]/g, "-");
  return (
    <details className="rounded border border-slate-200 p-2 text-sm" data-testid={`content-${sectionKey}`}>
      <summary className="cursor-pointer font-medium">内容与负责部门（{title}）</summary>
      <form {...formProps} className="mt-2 space-y-3">
        <input type="hidden" name="year" value={year} />
        <input type="hidden" name="sectionKey" value={sectionKey} />
        <label className="block">
          <span className="mb-1 block font-medium">负责部门</span>
          <select
            name="departmentId"
            defaultValue={departmentId ?? ""}
            aria-label={`负责部门（${title}）`}
            className="rounded border border-slate-300 px-2 py-1.5"
          >
            <option value="">（未指定）</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id} disabled={!d.active && d.id !== departmentId}>
                {d.name}
                {d.active ? "" : "（已停用）"}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend className="mb-1 font-medium">归入本节的主题（所属栏目为这些主题的数据显示在本节）</legend>
          <div className="grid gap-1 sm:grid-cols-3">
            {topicChoices.map((t) => (
              <label key={t.key} className={t.heldBy ? "text-slate-400" : undefined}>
                <input type="checkbox" name="topics" value={t.key} defaultChecked={topics.includes(t.key)} className="mr-1" />
                {t.label}
                {t.heldBy ? `（在「${t.heldBy}」）` : ""}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="mb-1 font-medium">显示的数据表和图</legend>
          <ul className="space-y-1">
            {BLOCK_NAMES.map((b) => {
              const choices = rowOrderChoices(b);
              const o = blockOptions[b] ?? {};
              return (
                <li key={b} className="flex flex-wrap items-center gap-3">
                  <label>
                    <input type="checkbox" name="blocks" value={b} defaultChecked={blocks.includes(b)} className="mr-1" />
                    {BLOCK_LABELS[b]}
                  </label>
                  {choices.length > 0 && (
                    <>
                      <label>
                        行的顺序
                        <select
                          name={`order:${b}`}
                          defaultValue={o.order ?? "entry"}
                          aria-label={`行的顺序（${BLOCK_LABELS[b]}，${title}）`}
                          className="ml-1 rounded border border-slate-300 px-1 py-0.5"
                        >
                          {choices.map((c) => (
                            <option key={c.value} value={c.value}>
                              {c.label}
                            </option>
                          ))}
                        </select>
                      </label>
                      <label>
                        <input type="checkbox" name={`appendix:${b}`} defaultChecked={o.appendix === true} className="mr-1" />
                        放在附录
                      </label>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
        <div className="flex items-center gap-3">
          <button
            id={`save-content-${id}`}
            disabled={pending}
            className="rounded bg-slate-700 px-3 py-1.5 text-white hover:bg-slate-800 disabled:opacity-60"
          >
            保存内容设置
          </button>
          <ActionMessage state={state} />
        </div>
      </form>
    </details>
  );
}
