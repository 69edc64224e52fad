import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";

/**
 * A multipart body read with a ceiling: refused at once when Content-Length says it is too large,
 * and counted while it streams (a chunked body has no Content-Length), so a huge upload never sits
 * in memory. Call it only after the caller was authorized: reading is the expensive part.
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
