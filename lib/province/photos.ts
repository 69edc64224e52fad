/** A pooled case's photos as stored ([{ fileId, caption }], lib/province/import.ts); anything else is no photo. */
export function photosOf(json: unknown): { fileId: string; caption: string }[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((p: unknown) =>
    p && typeof p === "object" && "fileId" in p && typeof p.fileId === "string"
      ? [{ fileId: p.fileId, caption: "caption" in p && typeof p.caption === "string" ? p.caption : "" }]
      : [],
  );
}
