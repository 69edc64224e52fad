import { cacheControl } from "../http/cache";

/** Response headers for a downloaded workbook; the Chinese file name goes in filename* (RFC 6266). */
export function xlsxHeaders(asciiName: string, name: string): HeadersInit {
  return {
    "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "content-disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    ...cacheControl("private-no-store"),
  };
}
