import { createHash, randomUUID } from "node:crypto";
import sharp from "sharp";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";
import { storage } from "../storage";
import { imageVariantKey, uploadFolder } from "./keys";
import { sniffUpload } from "./sniff";

/**
 * Stores an upload: checks its type from the content, keeps the original, and for images a web
 * copy (at most 1600 px) and a thumbnail (320 px). Returns the StoredFile row.
 */
export type Variant = "original" | "web" | "thumb";

/** An image's web copy (at most 1600 px) and thumbnail (320 px), as JPEG; throws on bytes that are not an image. */
async function imageCopies(bytes: Uint8Array) {
  const image = sharp(bytes, { limitInputPixels: 100_000_000 }).rotate();
  const meta = await image.metadata();
  const web = await image
    .clone()
    .resize({ width: 1600, height: 1600, fit: "inside", withoutEnlargement: true })
    .jpeg({ quality: 82 })
    .toBuffer();
  const thumb = await image
    .clone()
    .resize({ width: 320, height: 320, fit: "inside", withoutEnlargement: true })
    .jpeg({ quality: 75 })
    .toBuffer();
  return { web, thumb, width: meta.width ?? null, height: meta.height ?? null };
}

export async function storeUpload(options: {
  bytes: Uint8Array;
  originalName: string;
  uploadedById: string | null;
  tx: Prisma.TransactionClient | PrismaClient;
  /** A picture to print (a photo, a logo): anything else is refused with this error (sniffUpload). */
  imagesOnly?: () => AppError;
}) {
  const { mime, ext } = await sniffUpload(options.bytes, { imagesOnly: options.imagesOnly });
  const id = randomUUID();
  const base = uploadFolder(id);
  const variants: Partial<Record<Variant, { key: string; mime: string }>> = { original: { key: `${base}/original.${ext}`, mime } };
  let width: number | null = null;
  let height: number | null = null;
  const s = storage();
  await s.putFile(variants.original!.key, options.bytes, { contentType: mime });
  if (mime !== "application/pdf") {
    try {
      const { web, thumb, ...size } = await imageCopies(options.bytes);
      width = size.width;
      height = size.height;
      variants.web = { key: imageVariantKey(id, "web"), mime: "image/jpeg" };
      variants.thumb = { key: imageVariantKey(id, "thumb"), mime: "image/jpeg" };
      await s.putFile(variants.web.key, web, { contentType: "image/jpeg" });
      await s.putFile(variants.thumb.key, thumb, { contentType: "image/jpeg" });
    } catch {
      await Promise.all(Object.values(variants).map((v) => s.delete(v.key)));
      throw new AppError("INVALID", bi("图片已损坏或无法读取", "the image is damaged or unreadable"));
    }
  }
  return options.tx.storedFile.create({
    data: {
      id,
      storageKey: variants.original!.key,
      originalName: options.originalName.slice(0, 200),
      mimeType: mime,
      size: options.bytes.byteLength,
      sha256: createHash("sha256").update(options.bytes).digest("hex"),
      width,
      height,
      variants: variants,
      uploadedById: options.uploadedById,
    },
  });
}

/**
 * Puts bytes into storage as they are, under a type the caller has decided (a received submission
 * package, a photo out of one), and returns the StoredFile row to create: no image variants, so a
 * province importing hundreds of packages does not resize thousands of photos it may never show,
 * and the caller writes the rows in its own transaction (createMany).
 */
export async function putBytes(options: {
  bytes: Uint8Array;
  originalName: string;
  mime: string;
  ext: string;
  uploadedById: string | null;
}): Promise<Prisma.StoredFileCreateManyInput> {
  const id = randomUUID();
  const key = `${uploadFolder(id)}/original.${options.ext}`;
  await storage().putFile(key, options.bytes, { contentType: options.mime });
  return {
    id,
    storageKey: key,
    originalName: options.originalName.slice(0, 200),
    mimeType: options.mime,
    size: options.bytes.byteLength,
    sha256: createHash("sha256").update(options.bytes).digest("hex"),
    variants: { original: { key, mime: options.mime } },
    uploadedById: options.uploadedById,
  };
}

/**
 * Makes the web copy and thumbnail of a stored image that has none (a photo out of a received
 * package, stored by putBytes) once it is to be shown: a typical case picked for a province's
 * report. True when the file has its web copy afterwards; false for a missing or unreadable file.
 */
export async function addImageVariants(options: { fileId: string; prisma: PrismaClient }): Promise<boolean> {
  const file = await options.prisma.storedFile.findUnique({ where: { id: options.fileId } });
  if (!file) return false;
  const variants = file.variants as Partial<Record<Variant, { key: string; mime: string }>>;
  if (variants.web) return true;
  const s = storage();
  const bytes = await s.getFile(file.storageKey);
  if (!bytes) return false;
  try {
    const { web, thumb, width, height } = await imageCopies(bytes);
    const [webKey, thumbKey] = [imageVariantKey(file.id, "web"), imageVariantKey(file.id, "thumb")];
    await s.putFile(webKey, web, { contentType: "image/jpeg" });
    await s.putFile(thumbKey, thumb, { contentType: "image/jpeg" });
    await options.prisma.storedFile.update({
      where: { id: file.id },
      data: {
        width,
        height,
        variants: { ...variants, web: { key: webKey, mime: "image/jpeg" }, thumb: { key: thumbKey, mime: "image/jpeg" } },
      },
    });
    return true;
  } catch {
    return false;
  }
}
