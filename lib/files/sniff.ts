import { fileTypeFromBuffer } from "file-type";
import { env } from "../env";
import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";

/** Evidence file types we accept, decided from the bytes, never from the name or the browser's claim. */
export const ACCEPTED = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
} as const;
export type AcceptedMime = keyof typeof ACCEPTED;

export function maxUploadBytes(): number {
  return env().NIANBAO_UPLOAD_MAX_MB * 1024 * 1024;
}

/** The refusal of a file that is not a picture where one is printed (sniffUpload's `imagesOnly`). */
export const notAPhoto = (zh: string, en: string) => () =>
  new AppError(
    "INVALID",
    bi(`${zh}只接受 JPEG、PNG、WebP 图片（按文件内容判断）`, `${en} must be a JPEG, PNG or WebP image (judged by content)`),
  );

/**
 * The type of an upload, from its bytes. `imagesOnly`: the file is to be printed as a picture (a
 * case's or a partner's photo, the logo), so a PDF is refused too, with the caller's words.
 */
export async function sniffUpload(
  bytes: Uint8Array,
  options: { imagesOnly?: () => AppError } = {},
): Promise<{ mime: AcceptedMime; ext: string }> {
  if (bytes.byteLength === 0) throw new AppError("INVALID", bi("文件为空", "the file is empty"));
  const limit = maxUploadBytes();
  if (bytes.byteLength > limit) {
    throw new AppError("INVALID", bi(`文件不能超过 ${limit / 1024 / 1024} MB`, `files must be at most ${limit / 1024 / 1024} MB`));
  }
  const type = await fileTypeFromBuffer(bytes);
  const accepted = type && type.mime in ACCEPTED && (!options.imagesOnly || type.mime.startsWith("image/"));
  if (!accepted) {
    if (options.imagesOnly) throw options.imagesOnly();
    throw new AppError(
      "INVALID",
      bi(
        "只接受 JPEG、PNG、WebP 图片或 PDF 文件（按文件内容判断）",
        "only JPEG, PNG, WebP images or PDF files are accepted (judged by content)",
      ),
    );
  }
  return { mime: type.mime as AcceptedMime, ext: ACCEPTED[type.mime as AcceptedMime] };
}

/**
 * The name a served file goes out under: the uploaded name's stem with the extension of the type
 * its bytes were sniffed as ("报告.html" holding a PNG downloads as "报告.png"), so a saved copy is
 * never opened as something it is not. An unknown type gets ".bin".
 */
export function servedFileName(originalName: string, mime: string): string {
  const ext = (ACCEPTED as Record<string, string>)[mime] ?? "bin";
  const base = originalName.split(/[\\/]/).pop() ?? "";
  const stem =
    base
      .replace(/\.[^.]*$/, "")
      .replace(/[\u0000-\u001f\u007f]/g, "")
      .trim() || "file";
  return `${stem}.${ext}`;
}
