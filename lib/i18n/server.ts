import "server-only";
import { cookies } from "next/headers";
import { LANG_COOKIE, messages, type Lang, type Messages } from "./catalogue";
import type { MessageShape, Namespace } from "./define";

export { LANG_COOKIE };

/** The reader's language: Simplified Chinese unless they switched to English. */
export async function currentLang(): Promise<Lang> {
  const value = (await cookies()).get(LANG_COOKIE)?.value;
  return value === "en" ? "en" : "zh";
}

export async function currentMessages(): Promise<{ lang: Lang; t: Messages }> {
  const lang = await currentLang();
  return { lang, t: messages(lang) };
}

/** One namespace of the catalogue in the reader's language, for a server page: `const { t } = await translate(tasks)`. */
export async function translate<Zh extends MessageShape>(namespace: Namespace<Zh>): Promise<{ lang: Lang; t: Namespace<Zh>["zh"] }> {
  const lang = await currentLang();
  return { lang, t: namespace[lang] };
}
