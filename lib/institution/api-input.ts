import "server-only";
import { AppError } from "../errors";
import { maxUploadBytes } from "../files/sniff";
import { bi } from "../i18n/bilingual";
import type { Upload } from "./service";

/**
 * PUT/PATCH /api/v1/institution's body → updateInstitution's options. JSON carries the logo as
 * base64 (or a data: URL) in `logo`, with `logoName` optional, `logo: null` removes it and the
 * `/files/…` address GET answers keeps it; a
 * multipart body carries it as the file `logo` (and `removeLogo=true`), like the settings screen.
 * Either way the bytes go through the same check as the screen's upload (sniffed JPEG, PNG or
 * WebP; SVG and anything else refused; at most the upload limit).
 */
export type InstitutionUpdate = { input: Record<string, unknown>; logo: Upload | null; removeLogo: boolean };

const badLogo = (message: string) => new AppError("INVALID", message, { logo: [message] });

export function institutionUpdateFromJson(body: Record<string, unknown>): InstitutionUpdate {
  const { logo, logoName, ...input } = body;
  if (logo === undefined) return { input, logo: null, removeLogo: false };
  if (logo === null || logo === "") return { input, logo: null, removeLogo: true };
  // The address GET answers, sent back unchanged by a read-modify-write client: the logo stays.
  if (typeof logo === "string" && logo.startsWith("/files/")) return { input, logo: null, removeLogo: false };
  if (typeof logo !== "string") throw badLogo(bi("logo 应为 base64 编码的图片或 null", "logo must be a base64-encoded image or null"));
  const match = /^data:([\w/+.-]+)?(;[\w=-]+)*;base64,/i.exec(logo);
  const base64 = (match ? logo.slice(match[0].length) : logo).replace(/\s+/g, "");
  const limit = maxUploadBytes();
  // Refused before decoding when the text alone is too long for an image within the limit.
  if (base64.length > Math.ceil(limit / 3) * 4 + 4) {
    throw badLogo(bi(`校徽/标志不能超过 ${limit / 1024 / 1024} MB`, `the logo must be at most ${limit / 1024 / 1024} MB`));
  }
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(base64) || base64.length === 0) {
    throw badLogo(bi("logo 不是有效的 base64 编码", "logo is not valid base64"));
  }
  const name = typeof logoName === "string" && logoName.trim() ? logoName.trim().slice(0, 200) : "logo";
  return { input, logo: { bytes: new Uint8Array(Buffer.from(base64, "base64")), name }, removeLogo: false };
}

export async function institutionUpdateFromForm(form: FormData): Promise<InstitutionUpdate> {
  const input: Record<string, unknown> = {};
  const booleans = new Set(["departmentReview", "leaderSignoff"]);
  for (const [key, value] of form.entries()) {
    if (key === "logo" || key === "removeLogo" || typeof value !== "string") continue;
    input[key] = booleans.has(key) ? value === "true" || value === "on" : value;
  }
  const file = form.get("logo");
  const logo = file instanceof File && file.size > 0 ? { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name } : null;
  const remove = form.get("removeLogo");
  return { input, logo, removeLogo: !logo && (remove === "true" || remove === "on") };
}
