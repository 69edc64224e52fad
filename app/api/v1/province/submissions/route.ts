import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { bi } from "@/lib/i18n/bilingual";
import { handInPackage } from "@/lib/province/import";

/** A package's largest size over the API (the zip with its PDF, Word file, workbook and photos). */
const MAX_PACKAGE_BYTES = 200 * 1024 * 1024;

/**
 * POST the package's zip as the body (Content-Type: application/zip): a college's account hands in
 * its own college's package, an admin any registered college's. 201 with the submission when
 * received, 200 when the same edition's same zip was handed in before (idempotent), 400 with every
 * problem in error.fieldErrors.package when the package is refused, 409 when a handed-in edition
 * comes again with different content. Province installations only (404 in a college's).
 */
export const POST = apiRoute(async ({ request, actor, ip }) => {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_PACKAGE_BYTES) throw new AppError("TOO_LARGE", bi("报送包不能超过 200 MB", "the package must be at most 200 MB"));
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_PACKAGE_BYTES)
    throw new AppError("TOO_LARGE", bi("报送包不能超过 200 MB", "the package must be at most 200 MB"));
  if (bytes.byteLength === 0) throw new AppError("INVALID", bi("请求体应为报送包（zip）", "the body must be the package (zip)"));
  const result = await handInPackage({ actor, ip, bytes, fileName: request.headers.get("x-file-name") ?? undefined });
  return Response.json(result, { status: result.status === "received" ? 201 : 200 });
});
