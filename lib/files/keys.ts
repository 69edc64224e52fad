/**
 * Storage keys of an upload's variants. Image copies have fixed names, so a printer that only
 * knows a file id (from a report document) can find them without the database.
 */
export type ImageVariant = "web" | "thumb";

export function uploadFolder(fileId: string): string {
  return `uploads/${fileId.slice(0, 2)}/${fileId}`;
}

export function imageVariantKey(fileId: string, variant: ImageVariant): string {
  return `${uploadFolder(fileId)}/${variant}.jpg`;
}
