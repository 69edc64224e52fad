import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { readableFile } from "@/lib/evidence/service";
import { servedFileName } from "@/lib/files/sniff";
import type { Variant } from "@/lib/files/store";
import { bi } from "@/lib/i18n/bilingual";
import { contentDisposition } from "@/lib/pdf/responses";
import { storage } from "@/lib/storage";
import { cacheControl } from "@/lib/http/cache";

const VARIANTS = new Set<Variant>(["original", "web", "thumb"]);

/** GET /files/{id}/{original|web|thumb}: served only to those who may read a record using the file. */
export const GET = apiRoute<{ id: string; variant: string }>(async ({ params, actor }) => {
  if (!VARIANTS.has(params.variant as Variant)) throw new AppError("NOT_FOUND", bi("文件不存在", "file not found"));
  const { file, key, mime } = await readableFile({ actor, fileId: params.id, variant: params.variant as Variant });
  const bytes = await storage().getFile(key);
  if (!bytes) throw new AppError("NOT_FOUND", bi("文件不存在", "file not found"));
  return new NextResponse(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mime,
      "Content-Length": String(bytes.byteLength),
      // Named by the type its bytes were sniffed as, never by the uploaded name's extension.
      "Content-Disposition": contentDisposition("inline", servedFileName("evidence", mime), servedFileName(file.originalName, mime)),
      "X-Content-Type-Options": "nosniff",
      // The sandbox Content-Security-Policy of /files/… is set in next.config.mjs (FILE_CSP).
      ...cacheControl(actor ? "private-5min" : "public-hour"),
    },
  });
});
