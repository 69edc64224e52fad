/** A user-facing message in Simplified Chinese first, English second. */
export function bi(zh: string, en: string): string {
  return `${zh}（${en}）`;
}
