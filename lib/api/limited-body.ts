import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";

/**
 * A multipart body read with a ceiling: refused at once when Content-Length says it is too large,
 * and counted while it streams (a chunked body has no Content-Length), so a huge upload never sits
 * in memory. Call it only after the caller was authorized: reading is the expensive part.
 * limitedJson below does the same for JSON bodies.
 */
const MULTIPART_OVERHEAD = 64 * 1024;

export function tooLarge(maxBytes: number): AppError {
  const mb = Math.round(maxBytes / 1024 / 1024);
  return new AppError("TOO_LARGE", bi(`文件不能超过 ${mb} MB`, `the file must be at most ${mb} MB`));
}

export async function limitedFormData(request: Request, maxFileBytes: number): Promise<FormData> {
  const ceiling = maxFileBytes + MULTIPART_OVERHEAD;
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > ceiling) throw tooLarge(maxFileBytes);
  if (!request.body) throw new AppError("INVALID", bi("请选择要上传的文件", "choose a file to upload"));
  let seen = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > ceiling) controller.error(tooLarge(maxFileBytes));
        else controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Response(counted, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    if (seen > ceiling) throw tooLarge(maxFileBytes);
    throw new AppError("INVALID", bi("请选择要上传的文件", "choose a file to upload"));
  }
}

/** A JSON body's default ceiling: every JSON request of the API is a form's worth of fields. */
export const JSON_MAX_BYTES = 1024 * 1024;
/** Deeper nesting than any of our bodies has: a crafted one is refused before it is parsed. */
const JSON_MAX_DEPTH = 64;

export function bodyTooLarge(maxBytes: number): AppError {
  const size = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${Math.round(maxBytes / 1024)} KB`;
  return new AppError("TOO_LARGE", bi(`请求体不能超过 ${size}`, `the request body must be at most ${size}`));
}

const notAnObject = () => new AppError("INVALID", bi("请求体必须是 JSON 对象", "the request body must be a JSON object"));

/** The bytes of a body, at most `maxBytes`: refused by Content-Length first, then counted as they stream. */
export async function limitedBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw bodyTooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let seen = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += value.byteLength;
    if (seen > maxBytes) {
      discardRest(reader);
      throw bodyTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(seen);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * The rest of a refused body, read and dropped (never kept), as Node does with a body nobody read:
 * until it is consumed the connection cannot carry the 413 nor the next request (cancelling the
 * stream instead left the answer unsent in Next). scripts/serve.ts closes the connection once its
 * own ceiling is passed, which ends this loop.
 */
function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>) {
  void (async () => {
    try {
      while (!(await reader.read()).done) {
        // dropped
      }
    } catch {
      // the connection went away
    }
  })();
}

/** How deeply the JSON text nests (brackets outside strings), counted before JSON.parse builds anything. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/**
 * A JSON object body read with a ceiling (JSON_MAX_BYTES unless a route needs more): too large is
 * a 413, malformed or not an object a 400. Call it only after the caller was authorized.
 */
export async function limitedJson(request: Request, options: { maxBytes?: number } = {}): Promise<Record<string, unknown>> {
  const bytes = await limitedBytes(request, options.maxBytes ?? JSON_MAX_BYTES);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw notAnObject();
  }
  if (jsonDepth(text) > JSON_MAX_DEPTH)
    throw new AppError("INVALID", bi(`JSON 嵌套不能超过 ${JSON_MAX_DEPTH} 层`, `JSON may nest at most ${JSON_MAX_DEPTH} levels`));
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === "object" && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw notAnObject();
}
