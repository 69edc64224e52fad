"use client";

import { createContext, useContext } from "react";
import type { Lang, MessageShape, Namespace } from "@/lib/i18n/define";

const LangContext = createContext<Lang>("zh");

/** Tells client components the reader's language (read once on the server, in the root layout). */
export function LangProvider({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** One namespace of the catalogue in the reader's language, for a client component: `const t = useMessages(tasks)`. */
export function useMessages<Zh extends MessageShape>(namespace: Namespace<Zh>): Namespace<Zh>["zh"] {
  return namespace[useLang()];
}
