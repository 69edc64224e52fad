"use client";

import { useEffect, useState } from "react";
import { INITIAL } from "@/lib/actions/result";
import type { FieldSpec } from "@/lib/records/fields";
import { saveRecordAction } from "@/lib/workflow/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { printed } from "@/lib/text";
import { countChars } from "@/lib/text";
import { PRIZE_UNIT } from "@/lib/records/enums";
import { useLang, useMessages } from "@/components/i18n/LangProvider";
import { fill } from "@/lib/i18n/define";
import { records } from "@/lib/i18n/messages/records";

export type Option = { value: string; label: string };

type Props = {
  kindSlug: string;
  fields: FieldSpec[];
  optionLabels: Record<string, string>;
  initial: Record<string, unknown>;
  id?: string;
  version?: number;
  year: number;
  years: number[];
  departments?: Option[];
  submitLabel: string;
  /**
   * A character counter under one text field against the year's rule (a case's text: the rule pack's
   * 案例最多字数, by report year), counted as the rule check counts.
   */
  counter?: { field: string; limits: Record<number, number> };
};

function initialText(field: FieldSpec, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (field.type === "list" && Array.isArray(value)) return value.join("\n");
  if (field.type === "date") return printed(value).slice(0, 10);
  return printed(value);
}

/** The generic create/edit form: fields from the kind's FieldSpec, validated on the server by zod. */
export function RecordForm(props: Props) {
  const lang = useLang();
  const t = useMessages(records);
  const [dirty, setDirty] = useState(false);
  const [year, setYear] = useState(props.year);
  const [counted, setCounted] = useState<string | null>(null);
  const { state, pending, formProps } = useKeptFormAction(saveRecordAction, INITIAL, { onSubmit: () => setDirty(false) });
  const values = !state.ok ? state.values : undefined;
  const errors = !state.ok ? (state.fieldErrors ?? {}) : {};

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const value = (f: FieldSpec) => values?.[f.name] ?? initialText(f, props.initial[f.name]);
  const prizes = (props.initial.prizes as { prize: string; count?: number | null; unit?: string | null }[] | undefined) ?? [];

  return (
    <form {...formProps} onChange={() => setDirty(true)} className="space-y-4" noValidate>
      <input type="hidden" name="_kind" value={props.kindSlug} />
      {props.id && <input type="hidden" name="_id" value={props.id} />}
      {props.version !== undefined && <input type="hidden" name="_version" value={props.version} />}
      {!state.ok && (
        <div role="alert" className="rounded border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800">
          {state.message}
          {state.code === "CONFLICT" && props.id && (
            <>
              {" "}
              ·{" "}
              <a className="underline" href="" target="_blank" rel="noreferrer">
                {t.viewNewer}
              </a>
            </>
          )}
        </div>
      )}
      {!props.id && (
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="block text-sm">
            <span className="mb-1 block font-medium">
              {t.year} <span className="text-rose-600">*</span>
            </span>
            <select
              name="_year"
              onChange={(e) => setYear(Number(e.currentTarget.value))}
              defaultValue={values?._year ?? String(props.year)}
              className="w-full rounded border border-slate-300 px-2 py-1.5"
            >
              {props.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          {props.departments && (
            <label className="block text-sm">
              <span className="mb-1 block font-medium">{t.department}</span>
              <select
                name="_departmentId"
                defaultValue={values?._departmentId ?? ""}
                className="w-full rounded border border-slate-300 px-2 py-1.5"
              >
                {props.departments.map((d) => (
                  <option key={d.value} value={d.value}>
                    {d.label}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
      {props.fields.map((f) => {
        const id = `field-${f.name}`;
        const err =
          errors[f.name] ??
          Object.entries(errors)
            .filter(([k]) => k.startsWith(`${f.name}.`))
            .flatMap(([, v]) => v);
        const describedBy = err.length ? `${id}-error` : f.hint ? `${id}-hint` : undefined;
        const common = {
          id,
          name: f.name,
          "aria-invalid": err.length > 0 || undefined,
          "aria-describedby": describedBy,
          className: `w-full rounded border px-2 py-1.5 ${err.length ? "border-rose-500" : "border-slate-300"}`,
        };
        let control: React.ReactNode;
        if (f.type === "prizes") {
          const rows = Math.max(prizes.length + 1, 3);
          control = (
            <div className="space-y-2" id={id}>
              {Array.from({ length: rows }, (_, i) => (
                <div key={i} className="flex gap-2">
                  <input
                    aria-label={fill(t.prize, { i: i + 1 })}
                    name={`prizes.${i}.prize`}
                    defaultValue={values?.[`prizes.${i}.prize`] ?? prizes[i]?.prize ?? ""}
                    placeholder={t.prizePlaceholder}
                    // min-w-0: a field's own width (20 characters) would push the unit off a phone's screen.
                    className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1.5"
                  />
                  <input
                    aria-label={fill(t.prizeCount, { i: i + 1 })}
                    name={`prizes.${i}.count`}
                    inputMode="numeric"
                    defaultValue={values?.[`prizes.${i}.count`] ?? prizes[i]?.count ?? ""}
                    placeholder={t.prizeCountPlaceholder}
                    className="w-20 rounded border border-slate-300 px-2 py-1.5"
                  />
                  <select
                    aria-label={fill(t.prizeUnit, { i: i + 1 })}
                    name={`prizes.${i}.unit`}
                    defaultValue={values?.[`prizes.${i}.unit`] ?? prizes[i]?.unit ?? PRIZE_UNIT.values[0]}
                    className="rounded border border-slate-300 px-2 py-1.5"
                  >
                    {PRIZE_UNIT.values.map((u) => (
                      <option key={u} value={u}>
                        {PRIZE_UNIT.labels[u][lang]}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          );
        } else if (f.type === "select") {
          control = (
            <select {...common} defaultValue={value(f)}>
              {/* A new record starts with nothing chosen: a required choice is the user's, not the first option's. */}
              {(!f.required || value(f) === "") && <option value="">{f.required ? t.choose : "—"}</option>}
              {f.options?.map((o) => (
                <option key={o} value={o}>
                  {props.optionLabels[o] ?? o}
                </option>
              ))}
            </select>
          );
        } else if (f.type === "textarea" || f.type === "list") {
          const counting = props.counter?.field === f.name;
          control = (
            <textarea
              {...common}
              rows={f.type === "list" ? 4 : 8}
              defaultValue={value(f)}
              onChange={counting ? (e) => setCounted(e.currentTarget.value) : undefined}
            />
          );
        } else {
          control = (
            <div className="flex items-center gap-2">
              <input
                {...common}
                type={f.type === "date" ? "date" : "text"}
                inputMode={f.type === "int" ? "numeric" : f.type === "decimal" ? "decimal" : undefined}
                defaultValue={value(f)}
              />
              {(lang === "zh" ? f.unit : f.unitEn) && (
                <span className="shrink-0 text-sm text-slate-500">{lang === "zh" ? f.unit : f.unitEn}</span>
              )}
            </div>
          );
        }
        return (
          <div key={f.name} className="text-sm">
            <label htmlFor={id} className="mb-1 block font-medium">
              {lang === "zh" ? f.zh : f.en}{" "}
              {f.required && (
                <span className="text-rose-600" aria-hidden>
                  *
                </span>
              )}
              {lang === "zh" && <span className="ml-1 text-xs font-normal text-slate-500">{f.en}</span>}
            </label>
            {control}
            {props.counter?.field === f.name && (
              <CharCounter text={counted ?? String(value(f))} max={props.counter.limits[year]} year={year} />
            )}
            {f.hint && !err.length && (
              <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
                {lang === "zh" ? f.hint : f.hintEn}
              </p>
            )}
            {err.length > 0 && (
              <p id={`${id}-error`} className="mt-1 text-xs text-rose-700">
                {err.join(t.errorSeparator)}
              </p>
            )}
          </div>
        );
      })}
      <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t.saving : props.submitLabel}
      </button>
    </form>
  );
}

/** 「已写 812 字，本年度规则每个案例不超过 1000 字」, red with the excess once over. */
function CharCounter({ text, max, year }: { text: string; max: number | undefined; year: number }) {
  const lang = useLang();
  const t = useMessages(records);
  const n = countChars(text);
  const over = max !== undefined && n > max;
  return (
    <p className={`mt-1 text-xs ${over ? "font-medium text-rose-700" : "text-slate-500"}`} aria-live="polite" data-testid="char-counter">
      {fill(t.charsWritten, { n })}
      {max !== undefined && (
        <>
          {fill(t.charsRule, { year, max })}
          {over ? fill(t.charsOver, { over: n - max }) : ""}
        </>
      )}
      {lang === "zh" && (
        <span className="ml-1">
          ({n}
          {max !== undefined ? ` / ${max}` : ""} characters)
        </span>
      )}
    </p>
  );
}
