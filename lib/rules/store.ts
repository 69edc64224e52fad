import { audit, changedFields } from "../audit/log";
import type { MaybeActor } from "../auth/actor";
import { authorize } from "../auth/policy";
import { AppError } from "../errors";
import type { InstallationKind, Prisma, PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { db } from "../server/db";
import { z } from "zod";
import { diffRulePacks, type PackDiff } from "./diff";
import { audienceOf, type PackAudience, parseRulePack, type TRulePack, ZKey } from "./pack";
import { isShippedKey, shippedPacks } from "./shipped";

/**
 * Rule packs in the database (RulePack: key, name, body = the whole pack as lib/rules/pack.ts
 * parses it). The shipped packs are written into any database that lacks them the first time
 * packs are read, so a new installation, the demo and every test database have them without a
 * seeding step anyone could forget. Reads and writes ask the policy (rulePacks.read / .manage).
 */
type Client = PrismaClient | Prisma.TransactionClient;
type Ctx = { actor: MaybeActor; ip?: string | null; prisma?: PrismaClient };

/** A pack as stored JSON: what Prisma would write for it (optional fields left out), typed as JSON. */
const asJson = (pack: TRulePack): Prisma.InputJsonValue => JSON.parse(JSON.stringify(pack)) as Prisma.InputJsonValue;

/** Inserts the shipped packs that are missing (never overwrites an edited one). */
export async function ensureShippedPacks(prisma: Client = db()) {
  const present = new Set((await prisma.rulePack.findMany({ select: { key: true } })).map((p) => p.key));
  const missing = shippedPacks().filter((p) => !present.has(p.key));
  if (missing.length)
    await prisma.rulePack.createMany({ data: missing.map((p) => ({ key: p.key, name: p.name, body: asJson(p) })), skipDuplicates: true });
}

/** A stored body as a pack; the row's key and name are the truth (an edit keeps them in step). */
function packOf(row: { key: string; name: string; body: unknown }): TRulePack {
  return parseRulePack({ ...(row.body as object), key: row.key, name: row.name });
}

/** A pack by key without asking the policy: for building a year's report and creating its outline. Null when there is none. */
export async function loadRulePack(key: string, prisma: Client = db()): Promise<TRulePack | null> {
  let row = await prisma.rulePack.findUnique({ where: { key } });
  if (!row && isShippedKey(key)) {
    await ensureShippedPacks(prisma);
    row = await prisma.rulePack.findUnique({ where: { key } });
  }
  return row ? packOf(row) : null;
}

/** Like loadRulePack, but a missing pack is a clear 400 naming the key (opening a year, switching its outline). */
export async function requireRulePack(key: string, prisma: Client = db(), field = "templateKey"): Promise<TRulePack> {
  const pack = await loadRulePack(key, prisma);
  if (!pack)
    throw new AppError("INVALID", bi(`没有键为“${key}”的规则包`, `there is no rule pack "${key}"`), {
      [field]: [bi("请选择已有的规则包", "choose an existing rule pack")],
    });
  return pack;
}

/** A stored body's audience, read without parsing the whole pack (a pack that does not say is a college's). */
const storedAudience = (body: unknown): PackAudience =>
  body && typeof body === "object" && "audience" in body && body.audience === "province" ? "province" : "college";

/**
 * Key and name of every pack, for choosing one (the open-year form, the outline's template choice);
 * with `audience`, only the packs for that kind of installation (a province writes from a province's pack).
 */
export async function rulePackChoices(prisma: Client = db(), audience?: PackAudience) {
  await ensureShippedPacks(prisma);
  const rows = await prisma.rulePack.findMany({ select: { key: true, name: true, body: true }, orderBy: { key: "desc" } });
  return rows.filter((r) => !audience || storedAudience(r.body) === audience).map(({ key, name }) => ({ key, name }));
}

/** The packs an installation of this kind writes from: an education department's are the province's. */
export const audienceForInstallation = (kind: InstallationKind): PackAudience => (kind === "COLLEGE" ? "college" : "province");

async function installationAudience(prisma: Client): Promise<PackAudience> {
  const institution = await prisma.institution.findFirst({ orderBy: { createdAt: "asc" }, select: { kind: true } });
  return audienceForInstallation(institution?.kind ?? "COLLEGE");
}

/** The packs this installation writes its report from (the open-year form and the outline's template switch). */
export async function packChoicesForInstallation(prisma: Client = db()) {
  return rulePackChoices(prisma, await installationAudience(prisma));
}

/** A college's report is not written from a province's pack, nor the other way round: its outline and tables would not fit. */
export async function assertPackForInstallation(pack: TRulePack, prisma: Client = db(), field = "templateKey") {
  const wanted = await installationAudience(prisma);
  if (audienceOf(pack) === wanted) return;
  const message =
    wanted === "province"
      ? bi(
          `规则包“${pack.name}”是学校年报用的，请选择省级规则包`,
          `the rule pack "${pack.key}" is for a college's report: choose a province's pack`,
        )
      : bi(
          `规则包“${pack.name}”是省级年报用的，请选择学校规则包`,
          `the rule pack "${pack.key}" is for a province's report: choose a college's pack`,
        );
  throw new AppError("INVALID", message, { [field]: [message] });
}

export type RulePackSummary = { key: string; name: string; updatedAt: Date; shipped: boolean; audience: PackAudience; usedBy: number[] };

export async function listRulePacks(ctx: Ctx): Promise<RulePackSummary[]> {
  authorize(ctx.actor, "rulePacks.read");
  const prisma = ctx.prisma ?? db();
  await ensureShippedPacks(prisma);
  const [packs, years] = await Promise.all([
    prisma.rulePack.findMany({ select: { key: true, name: true, updatedAt: true, body: true }, orderBy: { key: "desc" } }),
    prisma.reportYear.findMany({ select: { year: true, templateKey: true }, orderBy: { year: "asc" } }),
  ]);
  return packs.map(({ body, ...p }) => ({
    ...p,
    shipped: isShippedKey(p.key),
    audience: storedAudience(body),
    usedBy: years.filter((y) => y.templateKey === p.key).map((y) => y.year),
  }));
}

export async function getRulePack(ctx: Ctx & { key: string }): Promise<TRulePack> {
  authorize(ctx.actor, "rulePacks.read");
  const pack = await loadRulePack(ctx.key, ctx.prisma ?? db());
  if (!pack) throw new AppError("NOT_FOUND", bi(`没有规则包“${ctx.key}”`, `no rule pack "${ctx.key}"`));
  return pack;
}

/** The file an export downloads: the pack as the schema reads it, pretty-printed. */
export const exportFileName = (key: string) => `rule-pack-${key}.json`;
export const exportText = (pack: TRulePack) => JSON.stringify(pack, null, 2) + "\n";

/**
 * Import a pack file. A new key is created. An existing key is replaced only when asked
 * (`replace`) and only if it is one of this college's own packs that no year uses: a shipped
 * pack or one a year is built with changes under nobody's feet — import it under a new key.
 */
export async function importRulePack(ctx: Ctx & { input: unknown; replace?: boolean }) {
  authorize(ctx.actor, "rulePacks.manage");
  const pack = parseRulePack(ctx.input);
  const prisma = ctx.prisma ?? db();
  await ensureShippedPacks(prisma);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.rulePack.findUnique({ where: { key: pack.key } });
    if (existing) {
      if (!ctx.replace)
        throw new AppError(
          "CONFLICT",
          bi(`规则包“${pack.key}”已存在；换一个键导入，或选择覆盖`, `the rule pack "${pack.key}" exists: use another key, or replace it`),
          {
            key: [bi("该键已存在", "this key exists")],
          },
        );
      const usedBy = await tx.reportYear.findMany({ where: { templateKey: pack.key }, select: { year: true } });
      if (isShippedKey(pack.key) || usedBy.length)
        throw new AppError(
          "CONFLICT",
          bi(
            `规则包“${pack.key}”${isShippedKey(pack.key) ? "是系统内置的" : `已被${usedBy.map((y) => `${y.year}年度`).join("、")}使用`}，不能被导入覆盖；请换一个键导入`,
            `the rule pack "${pack.key}" is ${isShippedKey(pack.key) ? "shipped" : "in use"} and cannot be replaced: import it under another key`,
          ),
          { key: [bi("不能覆盖此规则包", "this pack cannot be replaced")] },
        );
      await tx.rulePack.update({ where: { key: pack.key }, data: { name: pack.name, body: asJson(pack) } });
    } else {
      await tx.rulePack.create({ data: { key: pack.key, name: pack.name, body: asJson(pack) } });
    }
    await audit(tx, {
      actor: ctx.actor,
      action: existing ? "UPDATE" : "CREATE",
      entityType: "RulePack",
      entityId: pack.key,
      ip: ctx.ip,
      changes: changedFields(existing ? { name: existing.name } : null, { name: pack.name, imported: true }),
    });
    return { pack, replaced: Boolean(existing) };
  });
}

/** Save an edited pack (the admin page or PUT). The key is the address: a body naming another key is refused. */
export async function updateRulePack(ctx: Ctx & { key: string; input: unknown }) {
  authorize(ctx.actor, "rulePacks.manage");
  const prisma = ctx.prisma ?? db();
  const before = await loadRulePack(ctx.key, prisma);
  if (!before) throw new AppError("NOT_FOUND", bi(`没有规则包“${ctx.key}”`, `no rule pack "${ctx.key}"`));
  const input = ctx.input && typeof ctx.input === "object" ? { key: ctx.key, ...ctx.input } : ctx.input;
  const pack = parseRulePack(input);
  if (pack.key !== ctx.key)
    throw new AppError(
      "INVALID",
      bi("规则包的键不能修改；要另存请导入为新键", "a pack's key cannot change: import it under a new key instead"),
      {
        key: [bi("键不能修改", "the key cannot change")],
      },
    );
  return prisma.$transaction(async (tx) => {
    await tx.rulePack.update({ where: { key: ctx.key }, data: { name: pack.name, body: asJson(pack) } });
    await audit(tx, {
      actor: ctx.actor,
      action: "UPDATE",
      entityType: "RulePack",
      entityId: ctx.key,
      ip: ctx.ip,
      changes: changedFields(
        { name: before.name, lengthRules: before.lengthRules, indicatorRows: before.indicatorTables.flatMap((t) => t.rows).length },
        { name: pack.name, lengthRules: pack.lengthRules, indicatorRows: pack.indicatorTables.flatMap((t) => t.rows).length },
      ),
    });
    return pack;
  });
}

/**
 * Two packs compared (「与往年的差异」, the admin page under a pack): keys validated as the schema
 * spells them, both packs read under rulePacks.read. `from` defaults to the pack before `to` in
 * key order (2022 before 2024), the year a college compares with.
 */
export async function compareRulePacks(ctx: Ctx & { to: unknown; from?: unknown }): Promise<{ diff: PackDiff; choices: string[] }> {
  authorize(ctx.actor, "rulePacks.read");
  const prisma = ctx.prisma ?? db();
  const keys = z.object({ to: ZKey, from: ZKey.optional() }).safeParse({ to: ctx.to, from: ctx.from || undefined });
  if (!keys.success) throw new AppError("NOT_FOUND", bi("没有该规则包", "no such rule pack"));
  const choices = (await rulePackChoices(prisma)).map((p) => p.key);
  const from = keys.data.from ?? choices.find((k) => k < keys.data.to) ?? keys.data.to;
  const [a, b] = await Promise.all([loadRulePack(from, prisma), loadRulePack(keys.data.to, prisma)]);
  if (!a || !b)
    throw new AppError("NOT_FOUND", bi(`没有规则包“${!a ? from : keys.data.to}”`, `no rule pack "${!a ? from : keys.data.to}"`));
  return { diff: diffRulePacks(a, b), choices };
}
