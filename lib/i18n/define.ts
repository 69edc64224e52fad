/**
 * The message catalogue's building block: one namespace of user-facing text, Simplified Chinese
 * first and English complete. A message is a string (placeholders as {name}, filled by fill()) or a
 * function for wording that depends on a value (Chinese and English count differently). The
 * English half must have exactly the Chinese half's keys and the same shapes: a missing or extra
 * key is a type error here, not a blank on an English page.
 */
export type Lang = "zh" | "en";
export const LANGS: readonly Lang[] = ["zh", "en"];

type Message = string | ((...args: never[]) => string);
export type MessageShape = Record<string, Message>;

/** The English (or any second) half: the Chinese keys, each a string or a function of the same arguments. */
export type Translation<Zh extends MessageShape> = {
  [K in keyof Zh]: Zh[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export type Namespace<Zh extends MessageShape> = { readonly zh: Translation<Zh>; readonly en: Translation<Zh> };

export function defineMessages<Zh extends MessageShape>(zh: Zh & Translation<Zh>, en: Translation<Zh>): Namespace<Zh> {
  return { zh, en };
}

/** The messages of one namespace in one language. */
export type MessagesOf<N extends Namespace<MessageShape>> = N["zh"];

/** A message with its {placeholders} filled: fill(t.editionLine, { version: 2, date: "2023-05-01" }). */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
