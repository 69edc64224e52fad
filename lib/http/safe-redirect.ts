/**
 * A redirect target taken from the query string, kept only if it stays on this site. Parsed the
 * way the browser will parse it (WHATWG URL): "/\evil.example" and "/\t/evil.example" are
 * protocol-relative to a browser, so a prefix check ("starts with / but not //") is not enough.
 */
const BASE = "http://same-origin.invalid";

export function sameOriginPath(raw: string | null | undefined, fallback: string): string {
  if (!raw) return fallback;
  try {
    const url = new URL(raw, BASE);
    if (url.origin !== BASE) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
