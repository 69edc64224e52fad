import { promisify } from "node:util";
import zlib from "node:zlib";
import { cacheControl, type CachePolicy } from "../../http/cache";

/**
 * Published bytes as a CDN and a browser want them: compressed once (brotli and gzip) and kept
 * beside the identity bytes, chosen per request by Accept-Encoding, with a strong ETag per
 * representation and 304 for a matching If-None-Match. Compressing on every request is what
 * made /reports/{year} reach a quarter of a bare server's throughput (issue 14).
 */
export type Encoding = "br" | "gzip" | "identity";
export type Variants = { etag: string; identity: Buffer; br: Buffer | null; gzip: Buffer | null };

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** An encoding is kept only when it saves at least this share (a PDF's streams are compressed already). */
const MIN_SAVING = 0.05;

export async function compressVariants(identity: Buffer, etag: string, textLike = true): Promise<Variants> {
  const [br, gz] = await Promise.all([
    brotli(identity, {
      params: {
        // Text once at the highest quality; a PDF (megabytes, mostly compressed already) at a cheaper one.
        [zlib.constants.BROTLI_PARAM_QUALITY]: textLike ? 11 : 5,
        [zlib.constants.BROTLI_PARAM_MODE]: textLike ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
    gzip(identity, { level: 9 }),
  ]);
  const worth = (b: Buffer) => (b.length <= identity.length * (1 - MIN_SAVING) ? b : null);
  return { etag, identity, br: worth(br), gzip: worth(gz) };
}

/** The best encoding the client accepts that we have (brotli first); q=0 excludes one. */
export function negotiate(acceptEncoding: string | null, available: { br: boolean; gzip: boolean }): Encoding {
  if (!acceptEncoding) return "identity";
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (available.br && ok("br")) return "br";
  if (available.gzip && ok("gzip")) return "gzip";
  return "identity";
}

const SUFFIX: Record<Encoding, string> = { br: "-br", gzip: "-gz", identity: "" };
export const variantEtag = (etag: string, encoding: Encoding) => `"${etag}${SUFFIX[encoding]}"`;

/** Whether If-None-Match names this representation (a list, weak forms and * included). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .some((t) => t === "*" || t === etag);
}

/** An HTTP answer as plain data, written by node:http (scripts/serve.ts) or a route handler. */
export type Answer = { status: number; headers: Record<string, string>; body: Buffer | null };

/**
 * The representation the client accepts, with its ETag, or 304. `encodings: false` answers the
 * identity bytes only (for a server that compresses by itself, or drops Content-Encoding).
 */
export function encodedAnswer(
  requestHeaders: Headers,
  variants: Variants,
  options: { contentType: string; cache: CachePolicy; headers?: Record<string, string>; encodings?: boolean },
): Answer {
  const encoding =
    options.encodings === false
      ? "identity"
      : negotiate(requestHeaders.get("accept-encoding"), { br: !!variants.br, gzip: !!variants.gzip });
  const etag = variantEtag(variants.etag, encoding);
  const headers: Record<string, string> = {
    "content-type": options.contentType,
    etag,
    vary: "Accept-Encoding",
    ...cacheControl(options.cache),
    ...options.headers,
  };
  if (etagMatches(requestHeaders.get("if-none-match"), etag)) return { status: 304, headers, body: null };
  const body = encoding === "identity" ? variants.identity : (variants[encoding] as Buffer);
  if (encoding !== "identity") headers["content-encoding"] = encoding;
  headers["content-length"] = String(body.length);
  return { status: 200, headers, body };
}

// ---- Compressed once per process: every representation by its ETag ----

type Entry = { bytes: number; variants: Promise<Variants> };
/** Room for a few editions' pages and PDFs of several years. */
const BUDGET_BYTES = 256 * 1024 * 1024;
// One per process, not per route bundle (Next evaluates a module once per bundle): kept on globalThis.
declare global {
  var __nianbaoVariants: Map<string, Entry> | undefined;
}
const cache = () => (globalThis.__nianbaoVariants ??= new Map<string, Entry>());

/**
 * The variants of the bytes named `etag`, compressed at most once in this process (concurrent
 * requests share the one compression). `load` is called only on a miss.
 */
export function cachedVariants(
  etag: string,
  load: () => { bytes: Buffer; textLike?: boolean } | Promise<{ bytes: Buffer; textLike?: boolean }>,
): Promise<Variants> {
  const map = cache();
  const hit = map.get(etag);
  if (hit) {
    map.delete(etag); // most recently used last
    map.set(etag, hit);
    return hit.variants;
  }
  // In the map at once, so concurrent requests share the one compression; its callbacks run later.
  const variants: Promise<Variants> = Promise.resolve()
    .then(load)
    .then(async ({ bytes, textLike }) => {
      const v = await compressVariants(bytes, etag, textLike ?? true);
      entry.bytes = v.identity.length + (v.br?.length ?? 0) + (v.gzip?.length ?? 0);
      let total = 0;
      for (const e of map.values()) total += e.bytes;
      for (const [key, e] of map) {
        if (total <= BUDGET_BYTES || key === etag) break;
        map.delete(key);
        total -= e.bytes;
      }
      return v;
    });
  const entry: Entry = { bytes: 0, variants };
  variants.catch(() => map.delete(etag));
  map.set(etag, entry);
  return variants;
}
