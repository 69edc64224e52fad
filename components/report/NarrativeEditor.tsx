"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { saveDraftAction, saveNarrativeAction } from "@/lib/report/actions";
import { countChars } from "@/lib/text";
import type { TokenChoice } from "@/lib/report/outline/workspace";
import { useLang, useMessages } from "@/components/i18n/LangProvider";
import { fill, type Lang } from "@/lib/i18n/define";
import { report } from "@/lib/i18n/messages/report";

/**
 * One section's text with autosave: a pause in typing saves it (a server action), the state is
 * said in words with the local time (未保存 / 保存中 / 已保存), and leaving the page while a change is
 * not saved asks first. Numbers are inserted from a picker that lists each data item by its Chinese
 * label with its current value and unit; the counter counts as the rule pack does, tokens filled in.
 * The quality office edits the narrative itself; a writer (撰写人) edits their draft.
 */
type SaveState = "idle" | "dirty" | "saving" | "saved" | "error";
type Length = { min: number; max: number; packName: string; others: number } | null;

const DELAY_MS = 1200;
const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

const clock = (d: Date, lang: Lang) => d.toLocaleTimeString(lang === "zh" ? "zh-CN" : "en-GB", { hour12: false });

/** The text roughly as printed: tokens by their values, a unit written after one printed once (as the report does), markdown marks dropped. */
function printedText(text: string, values: Map<string, TokenChoice>): string {
  let out = "";
  let at = 0;
  for (const m of text.matchAll(TOKEN)) {
    const t = values.get(m[1]!); // TOKEN's group always takes part
    const end = m.index + m[0].length;
    out += text.slice(at, m.index) + (t ? (t.value ?? "—") : m[0]);
    at = t?.unit && text.startsWith(t.unit, end) ? end + t.unit.length : end;
  }
  return (out + text.slice(at)).replace(/^#{1,6}\s+|^>\s?|[*_`]/gm, "");
}

export function NarrativeEditor(props: {
  year: number;
  sectionKey: string;
  title: string;
  mode: "office" | "writer";
  text: string;
  version?: number;
  /** When the text was last saved, in the college's time (lib/time.ts formatDateTime). */
  savedAt: string | null;
  readOnly?: boolean;
  tokens: TokenChoice[];
  length: Length;
  children?: React.ReactNode;
}) {
  const { year, sectionKey, mode } = props;
  const [text, setText] = useState(props.text);
  const [state, setState] = useState<SaveState>("idle");
  const [message, setMessage] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [picker, setPicker] = useState(false);
  const [query, setQuery] = useState("");
  const t = useMessages(report);
  const lang = useLang();
  const area = useRef<HTMLTextAreaElement>(null);
  const version = useRef(props.version ?? 1);
  const latest = useRef(text);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const id = `narrative-${sectionKey.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

  // One save at a time; a change made meanwhile is saved right after (the loop), never lost or raced.
  const save = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    try {
      for (;;) {
        again.current = false;
        setState("saving");
        const sent = latest.current;
        const result =
          mode === "office"
            ? await saveNarrativeAction({ year, sectionKey, narrative: sent, version: version.current })
            : await saveDraftAction({ year, sectionKey, draft: sent });
        if (!result.ok) {
          setState("error");
          setMessage(result.message);
          return;
        }
        if (mode === "office" && result.data && "version" in result.data) version.current = result.data.version;
        setSavedAt(new Date());
        setMessage(null);
        if (!again.current && latest.current === sent) {
          setState("saved");
          return;
        }
      }
    } finally {
      inFlight.current = false;
    }
  }, [mode, year, sectionKey]);

  const changed = (next: string) => {
    setText(next);
    latest.current = next;
    setState("dirty");
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), DELAY_MS);
  };

  // Leaving with a change not yet saved asks first (the browser's own words).
  useEffect(() => {
    if (state !== "dirty" && state !== "saving" && state !== "error") return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [state]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const insert = (token: string) => {
    const el = area.current;
    const at = el ? el.selectionStart : text.length;
    const end = el ? el.selectionEnd : text.length;
    const piece = `{{${token}}}`;
    changed(text.slice(0, at) + piece + text.slice(end));
    setPicker(false);
    setQuery("");
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + piece.length, at + piece.length);
    });
  };

  const values = useMemo(() => new Map(props.tokens.map((t) => [t.token, t])), [props.tokens]);
  const own = countChars(printedText(text, values));
  const total = props.length ? props.length.others + own : null;
  const outside = props.length && total !== null && (total < props.length.min || total > props.length.max);
  const shown = props.tokens.filter((t) => !query.trim() || t.label.includes(query.trim()) || t.group.includes(query.trim()));
  const groups = [...new Set(shown.map((t) => t.group))];

  const status =
    state === "dirty"
      ? t.unsaved
      : state === "saving"
        ? t.saving
        : state === "saved" && savedAt
          ? fill(t.savedAt, { time: clock(savedAt, lang) })
          : state === "error"
            ? t.notSaved
            : props.savedAt
              ? fill(t.lastSaved, { at: props.savedAt })
              : t.neverSaved;

  return (
    <div className="space-y-2">
      <form
        className="space-y-2"
        aria-label={fill(t.narrativeOf, { title: props.title })}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="flex flex-wrap items-end justify-between gap-2">
          <label htmlFor={id} className="block text-sm font-medium">
            {fill(mode === "office" ? t.narrativeLabel : t.draftLabel, { title: props.title })}
          </label>
          {!props.readOnly && (
            <button
              type="button"
              aria-expanded={picker}
              aria-controls={`${id}-picker`}
              onClick={() => setPicker((v) => !v)}
              className="rounded border border-brand-600 px-2 py-1 text-sm text-brand-700 hover:bg-brand-50"
            >
              {t.insertToken}
            </button>
          )}
        </div>
        {picker && (
          <div
            id={`${id}-picker`}
            className="rounded border border-slate-300 bg-slate-50 p-2 text-sm"
            role="group"
            aria-label={t.chooseToken}
          >
            <label className="mb-2 flex items-center gap-2">
              <span className="shrink-0">{t.find}</span>
              <input
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                placeholder={t.findPlaceholder}
                className="w-full min-w-0 rounded border border-slate-300 px-2 py-1"
              />
            </label>
            <div className="max-h-72 overflow-y-auto">
              {groups.map((g) => (
                <div key={g} className="mb-2">
                  <p className="font-semibold text-slate-700">{g}</p>
                  <ul className="grid gap-1 sm:grid-cols-2">
                    {shown
                      .filter((item) => item.group === g)
                      .map((item) => (
                        <li key={item.token}>
                          <button
                            type="button"
                            onClick={() => insert(item.token)}
                            className="w-full rounded border border-slate-200 bg-white px-2 py-1 text-left hover:border-brand-600"
                          >
                            {fill(t.tokenLine, { label: item.label })}
                            <b>{item.value ?? t.noValue}</b>
                          </button>
                        </li>
                      ))}
                  </ul>
                </div>
              ))}
              {shown.length === 0 && <p className="text-slate-600">{t.noTokens}</p>}
            </div>
            <p className="mt-1 text-xs text-slate-600">{t.tokenNote}</p>
          </div>
        )}
        <textarea
          ref={area}
          id={id}
          name="narrative"
          rows={8}
          value={text}
          readOnly={props.readOnly}
          onChange={(e) => changed(e.target.value)}
          className="w-full rounded border border-slate-300 px-2 py-1.5 text-base leading-7 read-only:bg-slate-50 sm:text-sm sm:leading-6"
        />
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          {!props.readOnly && (
            <button
              disabled={state === "saving"}
              className="rounded bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700 disabled:opacity-60"
            >
              {t.save}
            </button>
          )}
          <p
            // The outcome is the status (as a form's confirmation is); typing and saving are just said.
            role={state === "saved" ? "status" : undefined}
            data-testid="save-state"
            data-save-state={state}
            className={state === "error" ? "text-rose-700" : "text-slate-700"}
          >
            {status}
          </p>
          <p className={outside ? "text-amber-800" : "text-slate-600"} data-testid="char-count">
            {fill(t.ownChars, { n: own })}
            {props.length &&
              `${fill(t.totalChars, { total: total ?? 0, pack: props.length.packName, min: props.length.min, max: props.length.max })}${
                outside && total !== null
                  ? total < props.length.min
                    ? fill(t.charsShort, { n: props.length.min - total })
                    : fill(t.charsOver, { n: total - props.length.max })
                  : ""
              }`}
          </p>
        </div>
        {message && (
          <p role="alert" className="text-sm text-rose-700">
            {message}
          </p>
        )}
        {text.includes("{{") && (
          <details className="text-sm">
            <summary className="cursor-pointer text-slate-700">{t.previewText}</summary>
            <p className="mt-1 whitespace-pre-line rounded bg-slate-50 p-2" data-testid="narrative-preview">
              {printedText(text, values)}
            </p>
          </details>
        )}
      </form>
      {props.children}
    </div>
  );
}
