/**
 * Characters as Word's 字数 counts them, which is how notices are read: every Chinese character
 * and punctuation mark is one, a run of Latin letters or digits (a word, 95.08, 1+X) is one, and
 * white space is none. Pure, so the case form and the narrative editor count in the browser as the
 * rule pack does.
 */
export function countChars(text: string): number {
  const words = text.match(/[A-Za-z0-9][A-Za-z0-9.%+\-_/]*/g)?.length ?? 0;
  const rest = text.replace(/[A-Za-z0-9][A-Za-z0-9.%+\-_/]*/g, "").replace(/\s+/g, "");
  return words + [...rest].length;
}
