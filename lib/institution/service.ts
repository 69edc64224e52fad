import type { MaybeActor } from "../auth/actor";
import { hashPassword } from "../auth/password";
import { authorize } from "../auth/policy";
import { audit, changedFields } from "../audit/log";
import { AppError } from "../errors";
import { storeUpload } from "../files/store";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { INSTITUTION_ID } from "./demo-identity";
import { db } from "../server/db";
import { isUniqueViolation } from "../server/db-errors";
import { parseWith } from "../validation";
import { ZFirstAdmin, ZInstallationKind, ZInstitution, ZSignoffSettings } from "./schema";
import { checkSetupToken, spendSetupToken } from "./setup-token";

/**
 * The college itself: first-run set-up and 学校设置. An installation without an institution row
 * is "not set up": every page leads to /setup, which creates the institution (and the first
 * administrator unless `npm run user:create` made one) and is gone for good afterwards.
 */
type Client = PrismaClient | Prisma.TransactionClient;
export type Upload = { bytes: Uint8Array; name: string };

const SETUP_GONE = () => new AppError("NOT_FOUND", bi("学校已完成初始设置", "this installation is already set up"));
// Set-up cannot be undone, so once seen done, no request needs to ask the database again.
let setUpSeen = false;

export async function needsSetup(prisma: Client = db()): Promise<boolean> {
  if (setUpSeen) return false;
  const count = await prisma.institution.count();
  if (count > 0) setUpSeen = true;
  return count === 0;
}

export function institutionProfile(prisma: Client = db()) {
  return prisma.institution.findFirst({ orderBy: { createdAt: "asc" } });
}

/** The demo installation (the 2022 demo data): bannered on every page, its accounts shown at sign-in. */
export async function isDemoInstallation(prisma: Client = db()): Promise<boolean> {
  return (await institutionProfile(prisma))?.id === INSTITUTION_ID;
}

/** Whether an active administrator exists (then set-up does not ask for one). */
export async function hasAdministrator(prisma: Client = db()): Promise<boolean> {
  return (await prisma.user.count({ where: { role: "ADMIN", active: true } })) > 0;
}

async function storeLogo(tx: Client, logo: Upload, uploadedById: string | null) {
  const notImage = () =>
    new AppError("INVALID", bi("校徽/标志须为 JPEG、PNG 或 WebP 图片", "the logo must be a JPEG, PNG or WebP image"), {
      logo: [bi("须为 JPEG、PNG 或 WebP 图片", "must be a JPEG, PNG or WebP image")],
    });
  return storeUpload({ bytes: logo.bytes, originalName: logo.name, uploadedById, tx, imagesOnly: notImage });
}

export async function completeSetup(options: {
  institution: unknown;
  /** COLLEGE (the default), PROVINCE or CITY: an education department gathering its colleges' packages (lib/province). */
  kind?: unknown;
  admin?: unknown;
  /** The one-time set-up token from the server log or NIANBAO_SETUP_TOKEN (lib/institution/setup-token.ts). */
  setupToken: unknown;
  logo?: Upload | null;
  ip?: string | null;
  prisma?: PrismaClient;
}) {
  const prisma = options.prisma ?? db();
  if (!(await needsSetup(prisma))) throw SETUP_GONE();
  // Before anything else is read: without the token a visitor learns nothing but "no".
  await checkSetupToken({ prisma, token: options.setupToken });
  const details = parseWith(ZInstitution, options.institution);
  const kind = parseWith(ZInstallationKind, options.kind ?? "COLLEGE");
  const needAdmin = !(await hasAdministrator(prisma));
  const admin = needAdmin ? parseWith(ZFirstAdmin, options.admin) : null;
  const passwordHash = admin ? await hashPassword(admin.password) : null;
  const result = await prisma
    .$transaction(async (tx) => {
      // Two set-ups racing: the lock makes the second one see the first one's institution.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(20261201)`;
      if ((await tx.institution.count()) > 0) throw SETUP_GONE();
      await spendSetupToken(tx);
      const user =
        admin && passwordHash
          ? await tx.user.create({ data: { username: admin.username, displayName: admin.displayName, role: "ADMIN", passwordHash } })
          : null;
      const logo = options.logo ? await storeLogo(tx, options.logo, user?.id ?? null) : null;
      // A new college reviews in two steps and publishes only what a leader signed off (学校设置 can turn either off).
      const institution = await tx.institution.create({
        data: { ...details, kind, logoFileId: logo?.id ?? null, departmentReview: true, leaderSignoff: true },
      });
      await audit(tx, {
        actor: null,
        actorName: user?.username ?? "setup",
        action: "SETUP",
        entityType: "Institution",
        entityId: institution.id,
        ip: options.ip,
        changes: changedFields(null, { ...details, kind, logo: logo?.originalName ?? null, administrator: user?.username ?? null }),
      });
      return { institution, administrator: user };
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err))
        throw new AppError("CONFLICT", bi("用户名已存在", "that username is taken"), {
          username: [bi("用户名已存在", "that username is taken")],
        });
      throw err;
    });
  setUpSeen = true;
  // (The shipped rule packs a new college opens its first year with are stored by lib/rules when first
  // listed or used: rulePackChoices, listRulePacks, loadRulePack.)
  return result;
}

/** 学校设置 and PUT/PATCH /api/v1/institution: admins edit the details and replace or remove the logo. */
export async function updateInstitution(options: {
  actor: MaybeActor;
  input: unknown;
  logo?: Upload | null;
  removeLogo?: boolean;
  ip?: string | null;
  prisma?: PrismaClient;
}) {
  authorize(options.actor, "institution.manage");
  const prisma = options.prisma ?? db();
  // A partial update: what the input leaves out stays as it is (PATCH semantics; the settings
  // screen sends every field, an API client may send one).
  const given = <T extends Record<string, unknown>>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
  const details = given(parseWith(ZInstitution.partial(), options.input));
  const signoff = parseWith(ZSignoffSettings, options.input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.institution.findFirst({ orderBy: { createdAt: "asc" }, include: { logo: { select: { originalName: true } } } });
    if (!before) throw new AppError("NOT_FOUND", bi("尚未完成初始设置", "the installation is not set up yet"));
    const logo = options.logo ? await storeLogo(tx, options.logo, options.actor!.id) : null;
    const logoFileId = logo ? logo.id : options.removeLogo ? null : before.logoFileId;
    // Sign-off settings left out of the input stay as they are (older API clients send only the details).
    const settings = Object.fromEntries(Object.entries(signoff).filter(([, v]) => v !== undefined));
    const institution = await tx.institution.update({ where: { id: before.id }, data: { ...details, ...settings, logoFileId } });
    await audit(tx, {
      actor: options.actor,
      action: "INSTITUTION_UPDATE",
      entityType: "Institution",
      entityId: before.id,
      ip: options.ip,
      changes: changedFields(
        {
          ...Object.fromEntries(Object.keys(details).map((k) => [k, before[k as keyof typeof before]])),
          logo: before.logo?.originalName ?? null,
          ...Object.fromEntries(Object.keys(settings).map((k) => [k, before[k as keyof typeof before]])),
        },
        { ...details, ...settings, logo: logo ? logo.originalName : options.removeLogo ? null : (before.logo?.originalName ?? null) },
      ),
    });
    return institution;
  });
}

/** Whom the login page names for a lost password (学校设置 → 账号问题联系人); null when none is set. */
export async function accountContact(prisma: Client = db()): Promise<string | null> {
  const row = await prisma.institution.findFirst({ orderBy: { createdAt: "asc" }, select: { accountContact: true } });
  return row?.accountContact ?? null;
}

/** The logo is public (it is printed on the public report); nothing else is made public by this. */
export async function isInstitutionLogo(fileId: string, prisma: Client = db()): Promise<boolean> {
  return (await prisma.institution.count({ where: { logoFileId: fileId } })) > 0;
}
