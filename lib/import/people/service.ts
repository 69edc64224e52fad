import "server-only";
import type { MaybeActor } from "../../auth/actor";
import { deny } from "../../auth/policy";
import type { PrismaClient } from "../../generated/prisma/client";
import { db } from "../../server/db";
import { detectFormat, parseSpreadsheet } from "../parse";
import { claimUpload, deleteUpload, loadUpload, saveUpload } from "../store";
import type { PeopleSheet } from "./columns";
import { authorizeSheet, importPeople } from "./commit";
import { validatePeople } from "./validate";

/**
 * The pages' flow for people sheets, the same as record import: the upload is kept server-side
 * under a token (lib/import/store.ts), the preview parses and validates the stored file, the
 * commit saves it all or nothing and deletes it. The one-time passwords are returned once to
 * the caller and never stored.
 */
const storeKind = (sheet: PeopleSheet) => `people:${sheet}`;

export async function acceptPeopleUpload(options: { actor: MaybeActor; sheet: PeopleSheet; fileName: string; bytes: Uint8Array }) {
  const { actor, sheet } = options;
  authorizeSheet(actor, sheet);
  const format = await detectFormat(options.bytes);
  await validatePeople({ sheet, rows: (await parseSpreadsheet(options.bytes)).rows, prisma: db() }); // unusable sheets refused now
  return saveUpload(
    {
      userId: actor!.id,
      kind: storeKind(sheet),
      year: 0,
      format,
      size: options.bytes.byteLength,
      fileName: options.fileName.replace(/[^\p{L}\p{N} ._()（）-]/gu, "_").slice(0, 120) || "upload",
    },
    options.bytes,
  );
}

/** Parses and validates a sheet without saving anything (the API's preview, and the page's). */
export async function previewPeople(options: { actor: MaybeActor; sheet: PeopleSheet; bytes: Uint8Array; prisma?: PrismaClient }) {
  authorizeSheet(options.actor, options.sheet);
  const parsed = await parseSpreadsheet(options.bytes);
  return validatePeople({ sheet: options.sheet, rows: parsed.rows, prisma: options.prisma ?? db() });
}

export async function previewPeopleUpload(options: { actor: MaybeActor; sheet: PeopleSheet; token: string }) {
  if (!options.actor) deny(options.actor);
  authorizeSheet(options.actor, options.sheet);
  const { meta, bytes } = await loadUpload({ token: options.token, userId: options.actor.id, kind: storeKind(options.sheet) });
  return { meta, validation: await previewPeople({ ...options, bytes }) };
}

export async function commitPeople(options: {
  actor: MaybeActor;
  sheet: PeopleSheet;
  bytes: Uint8Array;
  ip?: string | null;
  prisma?: PrismaClient;
}) {
  authorizeSheet(options.actor, options.sheet);
  const { rows } = await parseSpreadsheet(options.bytes);
  return importPeople({ ...options, rows });
}

export async function commitPeopleUpload(options: { actor: MaybeActor; sheet: PeopleSheet; token: string; ip?: string | null }) {
  if (!options.actor) deny(options.actor);
  authorizeSheet(options.actor, options.sheet);
  const { bytes } = await loadUpload({ token: options.token, userId: options.actor.id, kind: storeKind(options.sheet) });
  const claim = await claimUpload(options.token);
  try {
    const outcome = await commitPeople({ ...options, bytes });
    await deleteUpload(options.token);
    return outcome;
  } catch (err) {
    await claim.release(); // nothing was saved: the admin may fix the file's neighbours and try again
    throw err;
  }
}
