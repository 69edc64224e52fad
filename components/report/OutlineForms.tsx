"use client";

import { INITIAL } from "@/lib/actions/result";
import { addSectionAction, configureSectionAction, deleteSectionAction } from "@/lib/report/actions";
import { BLOCK_LABELS, BLOCK_NAMES, type BlockOptions, rowOrderChoices } from "@/lib/report/model/block-options";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { useLang, useMessages } from "@/components/i18n/LangProvider";
import { fill } from "@/lib/i18n/define";
import { report } from "@/lib/i18n/messages/report";

/** Admins: a new chapter, or a new section at the end of a chapter. */
export function AddSectionForm({ year, chapters }: { year: number; chapters: { key: string; label: string }[] }) {
  const { state, pending, formProps } = useKeptFormAction(addSectionAction, INITIAL, { resetOnSuccess: true });
  const t = useMessages(report);
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3 text-sm">
      <input type="hidden" name="year" value={year} />
      <label>
        <span className="mb-1 block font-medium">{t.addTo}</span>
        <select name="parentKey" className="rounded border border-slate-300 px-2 py-1.5" aria-label={t.addToChapter}>
          <option value="">{t.newChapter}</option>
          {chapters.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label className="min-w-48 flex-1">
        <span className="mb-1 block font-medium">{t.title}</span>
        <input
          name="title"
          required
          maxLength={100}
          aria-label={t.newSectionTitle}
          className="w-full rounded border border-slate-300 px-2 py-1.5"
        />
      </label>
      <button disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700 disabled:opacity-60">
        {t.addSection}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}

/** Admins: delete a chapter or section; the server refuses one that is not empty, saying why. */
export function DeleteSectionForm({ year, sectionKey, title }: { year: number; sectionKey: string; title: string }) {
  const { state, pending, formProps } = useKeptFormAction(deleteSectionAction, INITIAL);
  const t = useMessages(report);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="sectionKey" value={sectionKey} />
      <button
        disabled={pending}
        aria-label={fill(t.deleteOf, { title })}
        className="rounded border border-rose-300 px-2 py-1 text-rose-700 hover:bg-rose-50 disabled:opacity-60"
      >
        {t.delete}
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
  const t = useMessages(report);
  const lang = useLang();
  // The row orders' Chinese names come with the table (its size measure); English names them plainly.
  const orderLabel = (c: { value: string; label: string }) =>
    lang === "zh" ? c.label : c.value === "entry" ? t.orderEntry : c.value === "name" ? t.orderName : t.orderSize;
  return (
    <details className="rounded border border-slate-200 p-2 text-sm" data-testid={`content-${sectionKey}`}>
      <summary className="cursor-pointer font-medium">{fill(t.contentOf, { title })}</summary>
      <form {...formProps} className="mt-2 space-y-3">
        <input type="hidden" name="year" value={year} />
        <input type="hidden" name="sectionKey" value={sectionKey} />
        <label className="block">
          <span className="mb-1 block font-medium">{t.responsible}</span>
          <select
            name="departmentId"
            defaultValue={departmentId ?? ""}
            aria-label={fill(t.responsibleOf, { title })}
            className="rounded border border-slate-300 px-2 py-1.5"
          >
            <option value="">{t.unassigned}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id} disabled={!d.active && d.id !== departmentId}>
                {d.name}
                {d.active ? "" : t.inactive}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend className="mb-1 font-medium">{t.topicsLegend}</legend>
          <div className="grid gap-1 sm:grid-cols-3">
            {topicChoices.map((c) => (
              <label key={c.key} className={c.heldBy ? "text-slate-400" : undefined}>
                <input type="checkbox" name="topics" value={c.key} defaultChecked={topics.includes(c.key)} className="mr-1" />
                {c.label}
                {c.heldBy ? fill(t.heldBy, { section: c.heldBy }) : ""}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="mb-1 font-medium">{t.blocksLegend}</legend>
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
                        {t.rowOrder}
                        <select
                          name={`order:${b}`}
                          defaultValue={o.order ?? "entry"}
                          aria-label={fill(t.rowOrderOf, { block: BLOCK_LABELS[b], title })}
                          className="ml-1 rounded border border-slate-300 px-1 py-0.5"
                        >
                          {choices.map((c) => (
                            <option key={c.value} value={c.value}>
                              {orderLabel(c)}
                            </option>
                          ))}
                        </select>
                      </label>
                      <label>
                        <input type="checkbox" name={`appendix:${b}`} defaultChecked={o.appendix === true} className="mr-1" />
                        {t.inAppendix}
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
            {t.saveContent}
          </button>
          <ActionMessage state={state} />
        </div>
      </form>
    </details>
  );
}
