import { createHash } from "node:crypto";
import { scaleEnv } from "../../env";
import { editionPdfKey } from "../../pdf/jobs";
import { contentDisposition } from "../../pdf/responses";
import { storage } from "../../storage";
import { listEditions, publishedYearsCached, renderedEdition } from "../editions/editions";
import { cacheControl } from "../../http/cache";
import { cachedVariants, encodedAnswer, type Answer } from "./http-cache";
import { parseVersion, parseYear } from "./params";
import { notPublishedPage, publishedReportPage, REPORT_CSP } from "./public-page";
import { chromeFor, type Chrome } from "../../web/reader";

/**
 * The public report's bytes over HTTP, one home for both ways they are served:
 * - scripts/serve.ts answers these paths itself, before Next, with the pre-compressed bytes
 *   (Next 16 drops a route handler's Content-Encoding and would compress again on every request);
 * - the route handlers under app/(public)/reports answer the same without encodings (`next dev`,
 *   or any server that is not ours; Next then compresses on the fly).
 */
const HTML = "text/html; charset=utf-8";
/** Part of every ETag: a deploy that renders pages differently must not be answered 304 with old bytes. */
const build = () => scaleEnv().NIANBAO_BUILD_ID ?? "dev";

/** The report pages run no script at all (docs/security.md). */
const CSP = { "content-security-policy": REPORT_CSP };

const personalAnswer = (status: number, page: string): Answer => {
  const body = Buffer.from(page);
  return {
    status,
    headers: { "content-type": HTML, ...cacheControl("private-no-store"), ...CSP, "content-length": String(body.length) },
    body,
  };
};

async function notFound(year: number | null, headers: Headers): Promise<Answer> {
  const { chrome, personal } = await chromeFor(headers, year ? `/reports/${year}` : "/reports");
  if (personal) return personalAnswer(404, notPublishedPage(year, chrome));
  return {
    status: 404,
    headers: { "content-type": HTML, ...cacheControl("public-brief"), ...CSP },
    body: Buffer.from(notPublishedPage(year, chrome)),
  };
}
/** Part of a shared page's cache key (and so its ETag, ASCII only): a digest of what its header prints of the college. */
const collegeKey = (chrome: Chrome) =>
  createHash("sha256")
    .update(`${chrome.college?.name ?? ""}|${chrome.college?.logoFileId ?? ""}`)
    .digest("base64url")
    .slice(0, 10);

/** /reports/{year}[?edition=N]: the latest (or N-th) edition, ETag per edition, years and latest. */
export async function latestReportAnswer(options: {
  year: string;
  edition: string | null;
  headers: Headers;
  encodings: boolean;
}): Promise<Answer> {
  const year = parseYear(options.year);
  const version = options.edition === null ? undefined : parseVersion(options.edition);
  if (!year || version === null) return notFound(year, options.headers);
  const [rendered, published] = await Promise.all([renderedEdition({ year, version }), publishedYearsCached()]);
  if (!rendered) return notFound(year, options.headers);
  const years = published.map((p) => p.year);
  const latest = published.find((p) => p.year === year)?.latestVersion ?? rendered.meta.version;
  const back = `/reports/${year}${version ? `?edition=${version}` : ""}`;
  const { chrome, personal } = await chromeFor(options.headers, back);
  const page = () => publishedReportPage({ meta: rendered.meta, html: rendered.html, years, latest, chrome });
  if (personal) return personalAnswer(200, page());
  const variants = await cachedVariants(`page-${build()}-${rendered.meta.id}-${latest}-${years.join(".")}-${collegeKey(chrome)}`, () => ({
    bytes: Buffer.from(page()),
  }));
  return encodedAnswer(options.headers, variants, {
    contentType: HTML,
    cache: "public-edition",
    headers: CSP,
    encodings: options.encodings,
  });
}

/** /reports/{year}/editions/{n}: the permanent page of an edition, immutable. */
export async function editionAnswer(options: { year: string; version: string; headers: Headers; encodings: boolean }): Promise<Answer> {
  const year = parseYear(options.year);
  const version = parseVersion(options.version);
  const rendered = year && version ? await renderedEdition({ year, version }) : null;
  // Not (yet) published: a short shared cache, the edition may appear any moment.
  if (!rendered) return notFound(year, options.headers);
  const { chrome, personal } = await chromeFor(options.headers, `/reports/${year}/editions/${version}`);
  const page = () =>
    publishedReportPage({ meta: rendered.meta, html: rendered.html, years: [], latest: rendered.meta.version, permanent: true, chrome });
  if (personal) return personalAnswer(200, page());
  // Immutable for a year, so the college's name in the header is part of the key (a renamed college gets new bytes).
  const variants = await cachedVariants(`edition-${build()}-${rendered.meta.id}-${collegeKey(chrome)}`, () => ({
    bytes: Buffer.from(page()),
  }));
  return encodedAnswer(options.headers, variants, {
    contentType: HTML,
    cache: "immutable",
    headers: CSP,
    encodings: options.encodings,
  });
}

/**
 * /reports/{year}/editions/{n}/pdf once the PDF is stored: immutable, compressed once per
 * process. null when it is not stored (yet): the route handler queues it and answers 202.
 */
export async function storedEditionPdfAnswer(options: {
  year: string;
  version: string;
  headers: Headers;
  encodings: boolean;
}): Promise<Answer | null> {
  const year = parseYear(options.year);
  const version = parseVersion(options.version);
  if (!year || !version) return null;
  const edition = (await listEditions({ year })).find((e) => e.version === version);
  if (!edition) return null;
  const key = editionPdfKey(edition);
  let variants;
  try {
    variants = await cachedVariants(`pdf-${edition.id}`, async () => {
      const bytes = await storage().getFile(key);
      if (!bytes) throw new NotStored();
      return { bytes, textLike: false };
    });
  } catch (err) {
    if (err instanceof NotStored) return null;
    throw err;
  }
  return encodedAnswer(options.headers, variants, {
    contentType: "application/pdf",
    cache: "immutable",
    encodings: options.encodings,
    headers: {
      "content-disposition": contentDisposition("attachment", `report-${year}-v${version}.pdf`, `${edition.title}（第${version}版）.pdf`),
      "x-content-type-options": "nosniff",
    },
  });
}
class NotStored extends Error {}

const LATEST_PATH = /^\/reports\/([^/]+)$/;
const EDITION_PATH = /^\/reports\/([^/]+)\/editions\/([^/]+)$/;
const PDF_PATH = /^\/reports\/([^/]+)\/editions\/([^/]+)\/pdf$/;

/** The answer for a public report path (GET/HEAD), or null for anything else (Next answers it). */
export async function publicReportAnswer(method: string, url: URL, headers: Headers): Promise<Answer | null> {
  if (method !== "GET" && method !== "HEAD") return null;
  const path = url.pathname.replace(/\/$/, "");
  let m: RegExpExecArray | null; // the path patterns' groups are all required: m[1]!, m[2]! below
  if ((m = LATEST_PATH.exec(path)))
    return latestReportAnswer({ year: m[1]!, edition: url.searchParams.get("edition"), headers, encodings: true });
  if ((m = EDITION_PATH.exec(path))) return editionAnswer({ year: m[1]!, version: m[2]!, headers, encodings: true });
  // The PDF needs no JSON/HTML status answers here: only the stored file; the rest goes to Next.
  if ((m = PDF_PATH.exec(path)) && !/application\/json/.test(headers.get("accept") ?? "")) {
    return storedEditionPdfAnswer({ year: m[1]!, version: m[2]!, headers, encodings: true });
  }
  return null;
}

export function answerToResponse(answer: Answer, method = "GET"): Response {
  const body =
    answer.body && method !== "HEAD"
      ? new Uint8Array(answer.body.buffer as ArrayBuffer, answer.body.byteOffset, answer.body.byteLength)
      : null;
  return new Response(body, { status: answer.status, headers: answer.headers });
}
