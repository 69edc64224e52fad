import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { CACHE_POLICIES } from "../../http/cache";
import { cachedVariants, compressVariants, encodedAnswer, etagMatches, negotiate, variantEtag } from "./http-cache";

const html = Buffer.from(`<!DOCTYPE html><html><body>${"<p>质量年度报告 annual report</p>".repeat(2000)}</body></html>`);
const get = (headers: Record<string, string> = {}) => new Headers(headers);
const bodyOf = (a: { body: Buffer | null }) => a.body!;
const headerOf = (a: { headers: Record<string, string> }, k: string) => a.headers[k] ?? null;

describe("negotiate", () => {
  it("prefers brotli, falls back to gzip, honours q=0", () => {
    const both = { br: true, gzip: true };
    expect(negotiate("gzip, br", both)).toBe("br");
    expect(negotiate("gzip", both)).toBe("gzip");
    expect(negotiate("br;q=0, gzip", both)).toBe("gzip");
    expect(negotiate("*", both)).toBe("br");
    expect(negotiate(null, both)).toBe("identity");
    expect(negotiate("deflate", both)).toBe("identity");
    expect(negotiate("gzip, br", { br: false, gzip: true })).toBe("gzip");
  });
});

describe("etagMatches", () => {
  it("matches lists, weak forms and *", () => {
    expect(etagMatches(`"a", "b-br"`, `"b-br"`)).toBe(true);
    expect(etagMatches(`W/"b-br"`, `"b-br"`)).toBe(true);
    expect(etagMatches("*", `"x"`)).toBe(true);
    expect(etagMatches(`"b"`, `"b-br"`)).toBe(false);
    expect(etagMatches(null, `"b"`)).toBe(false);
  });
});

describe("encodedResponse", () => {
  it("answers the pre-compressed bytes with Content-Encoding, Vary, a per-encoding ETag, and 304", async () => {
    const v = await compressVariants(html, "e1");
    expect(v.br!.length).toBeLessThan(html.length / 5);
    const br = encodedAnswer(get({ "accept-encoding": "gzip, br" }), v, { contentType: "text/html", cache: "immutable" });
    expect(br.status).toBe(200);
    expect(headerOf(br, "content-encoding")).toBe("br");
    expect(headerOf(br, "vary")).toBe("Accept-Encoding");
    expect(headerOf(br, "cache-control")).toBe(CACHE_POLICIES.immutable);
    expect(headerOf(br, "etag")).toBe(variantEtag("e1", "br"));
    expect(zlib.brotliDecompressSync(bodyOf(br)).equals(html)).toBe(true);

    const gz = encodedAnswer(get({ "accept-encoding": "gzip" }), v, { contentType: "text/html", cache: "immutable" });
    expect(headerOf(gz, "content-encoding")).toBe("gzip");
    expect(zlib.gunzipSync(bodyOf(gz)).equals(html)).toBe(true);

    const plain = encodedAnswer(get(), v, { contentType: "text/html", cache: "immutable" });
    expect(headerOf(plain, "content-encoding")).toBeNull();
    expect(bodyOf(plain).equals(html)).toBe(true);

    const identityOnly = encodedAnswer(get({ "accept-encoding": "br" }), v, {
      contentType: "text/html",
      cache: "immutable",
      encodings: false,
    });
    expect(identityOnly.headers["content-encoding"]).toBeUndefined();
    expect(identityOnly.headers.etag).toBe(variantEtag("e1", "identity"));

    const again = encodedAnswer(get({ "accept-encoding": "br", "if-none-match": headerOf(br, "etag")! }), v, {
      contentType: "text/html",
      cache: "immutable",
    });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    // The gzip ETag does not validate the brotli representation.
    const other = encodedAnswer(get({ "accept-encoding": "br", "if-none-match": headerOf(gz, "etag")! }), v, {
      contentType: "text/html",
      cache: "immutable",
    });
    expect(other.status).toBe(200);
  });

  it("keeps no encoding that does not pay (bytes that are compressed already)", async () => {
    const random = Buffer.from(Array.from({ length: 50_000 }, () => Math.floor(Math.random() * 256)));
    const v = await compressVariants(random, "r", false);
    expect(v.br).toBeNull();
    expect(v.gzip).toBeNull();
    expect(
      encodedAnswer(get({ "accept-encoding": "br, gzip" }), v, { contentType: "application/pdf", cache: "immutable" }).headers[
        "content-encoding"
      ],
    ).toBeUndefined();
  });
});

describe("cachedVariants", () => {
  it("compresses once for concurrent and later requests", async () => {
    let loads = 0;
    const load = () => {
      loads++;
      return { bytes: html };
    };
    const key = `test-${Math.random()}`;
    const [a, b] = await Promise.all([cachedVariants(key, load), cachedVariants(key, load)]);
    const c = await cachedVariants(key, load);
    expect(loads).toBe(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
  });
});
