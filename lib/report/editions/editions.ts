import { htmlToLine } from "../../text";
import { audit } from "../../audit/log";
import type { MaybeActor } from "../../auth/actor";
import { authorize } from "../../auth/policy";
import { AppError } from "../../errors";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { bi } from "../../i18n/bilingual";
import { db } from "../../server/db";
import { assertYearWritable } from "../../years/service";
import { type Block, type ReportDocument, type ReportSection, storedDocument, type TableBlock } from "../model/document";
import { renderReportHtml } from "../engine/html";
import { contentHash, signoffRequired, usableSignoff } from "./signoff";
import { settlePublished } from "../../notifications/service";

const EDITION_TRANSACTION = { maxWait: 30_000, timeout: 120_000 };

/**
 * Published editions. Publishing freezes the approved-data ReportDocument of a year as a new
 * version; the public reads the latest version, earlier ones stay readable, and two versions can
 * be compared. A record changed after publication alters nothing until the next publication.
 */

/** `signoff`: the leader's sign-off it was published under (who, when, which content hash), if any. */
export type EditionMeta = {
  id: string;
  year: number;
  version: number;
  title: string;
  publishedAt: Date;
  publishedBy: string | null;
  /** The publisher's change note (lib/report/editions/publish.ts). */
  note?: string | null;
  signoff: { by: string | null; at: Date | null; contentHash: string } | null;
};

const metaSelect = {
  id: true,
  year: true,
  version: true,
  title: true,
  publishedAt: true,
  note: true,
  publishedBy: { select: { displayName: true } },
  signoff: { select: { decidedAt: true, contentHash: true, decidedBy: { select: { displayName: true } } } },
} as const;
type MetaRow = {
  id: string;
  year: number;
  version: number;
  title: string;
  publishedAt: Date;
  note: string | null;
  publishedBy: { displayName: string } | null;
  signoff: { decidedAt: Date | null; contentHash: string; decidedBy: { displayName: string } | null } | null;
};
const toMeta = (r: MetaRow): EditionMeta => ({
  id: r.id,
  year: r.year,
  version: r.version,
  title: r.title,
  publishedAt: r.publishedAt,
  publishedBy: r.publishedBy?.displayName ?? null,
  note: r.note,
  signoff: r.signoff ? { by: r.signoff.decidedBy?.displayName ?? null, at: r.signoff.decidedAt, contentHash: r.signoff.contentHash } : null,
});

/** Who signs a seeded edition off at once (usernames): the demo's leader, asked by its reviewer. */
export type SeededSigners = { leader: string; reviewer: string };

/** The demo's seeded edition goes out signed off by the demo leader (docs/decisions/010-review-chain-and-sign-off.md). */
async function demoSignoff(tx: Prisma.TransactionClient, year: number, document: ReportDocument, signers: SeededSigners) {
  const [leader, reviewer] = await Promise.all([
    tx.user.findUnique({ where: { username: signers.leader }, select: { id: true } }),
    tx.user.findUnique({ where: { username: signers.reviewer }, select: { id: true } }),
  ]);
  const row = await tx.reportSignoff.create({
    data: {
      year,
      status: "SIGNED",
      contentHash: contentHash(document),
      requestedById: reviewer?.id ?? null,
      decidedById: leader?.id ?? null,
      decidedAt: new Date(),
    },
    select: { id: true, decidedAt: true },
  });
  return row;
}

async function createEdition(
  prisma: PrismaClient,
  options: { actor: MaybeActor; year: number; actorName?: string; onlyIfNone?: boolean; demo?: SeededSigners },
) {
  // Loaded on use: building pulls in ECharts (seconds to import), which reading editions never needs.
  const { buildReportDocument } = await import("../engine/build");
  const document = await buildReportDocument({ prisma, year: options.year, mode: "approved" });
  if (!document) throw new AppError("NOT_FOUND", bi(`没有${options.year}年度的报告`, `there is no report year ${options.year}`));
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await prisma.$transaction(async (tx) => {
        const last = await tx.reportEdition.findFirst({
          where: { year: options.year },
          orderBy: { version: "desc" },
          select: { version: true },
        });
        if (last && options.onlyIfNone) return null;
        const version = (last?.version ?? 0) + 1;
        const signoff = options.demo
          ? await demoSignoff(tx, options.year, document, options.demo)
          : (await signoffRequired(tx))
            ? await usableSignoff(tx, options.year, document)
            : null;
        // The declaration is dated by the sign-off, or by the publication where the college has no such step.
        const frozen: ReportDocument = document.declaration
          ? { ...document, declaration: { ...document.declaration, signedAt: (signoff?.decidedAt ?? new Date()).toISOString() } }
          : document;
        const edition = await tx.reportEdition.create({
          data: {
            year: options.year,
            version,
            title: document.title,
            publishedById: options.actor?.id ?? null,
            document: frozen,
            signoffId: signoff?.id ?? null,
          },
          select: metaSelect,
        });
        await audit(tx, {
          actor: options.actor,
          actorName: options.actorName,
          action: "PUBLISH",
          entityType: "ReportEdition",
          entityId: edition.id,
          changes: {
            year: options.year,
            version,
            tables: document.counts.tables,
            figures: document.counts.figures,
            cases: document.counts.cases,
            signoff: signoff?.id ?? null,
          },
        });
        // The office's 「已审定，可以发布」 notice is handled by the publication.
        await settlePublished(tx, options.year);
        return toMeta(edition);
        // The edition freezes the whole report document (hundreds of KB of JSON): on a busy 2-core
        // machine writing it took longer than Prisma's 5 s default, after which the adapter's closed
        // transaction answered the insert with null instead of an error.
      }, EDITION_TRANSACTION);
    } catch (err) {
      // Two publications at once: the loser retries with the next version number.
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002" && attempt < 2) continue;
      throw err;
    }
  }
  throw new AppError("CONFLICT", bi("发布冲突，请重试", "publication conflict, please retry"));
}

/**
 * Publishes the year's approved data as the next edition (reviewers and admins); with the
 * institution's leader sign-off on, only the content a leader signed off (lib/report/editions/signoff.ts).
 */
export async function publishEdition(options: { actor: MaybeActor; year: number; prisma?: PrismaClient }): Promise<EditionMeta> {
  authorize(options.actor, "report.publish");
  const prisma = options.prisma ?? db();
  await assertYearWritable(options.year, prisma);
  const edition = await createEdition(prisma, { actor: options.actor, year: options.year });
  if (!edition) throw new AppError("INTERNAL", bi("发布失败", "publication failed"));
  // 填报中 → 已发布 once a first edition is out (an archived year was refused above).
  await prisma.reportYear.update({ where: { year: options.year }, data: { state: "PUBLISHED" } });
  forgetLatestEditions();
  return edition;
}

/** Demo start: publishes the 2022 edition once, when the year has none yet, signed off by the demo's people (lib/demo/accounts.ts). */
export async function publishDemoEdition(prisma: PrismaClient, signers: SeededSigners, year = 2022): Promise<EditionMeta | null> {
  if (await prisma.reportEdition.findFirst({ where: { year }, select: { id: true } })) return null;
  const edition = await createEdition(prisma, { actor: null, actorName: "演示数据（demo data）", year, onlyIfNone: true, demo: signers });
  if (edition) await prisma.reportYear.update({ where: { year }, data: { state: "PUBLISHED" } });
  return edition;
}

export async function listEditions(options: { year: number; prisma?: PrismaClient }): Promise<EditionMeta[]> {
  const rows = await (options.prisma ?? db()).reportEdition.findMany({
    where: { year: options.year },
    orderBy: { version: "desc" },
    select: metaSelect,
  });
  return rows.map(toMeta);
}

/** Years with at least one edition, newest first, with their latest version. */
export async function listPublishedYears(prisma: PrismaClient = db()) {
  const rows = await prisma.reportEdition.groupBy({ by: ["year"], _max: { version: true, publishedAt: true }, orderBy: { year: "desc" } });
  return rows.map((r) => ({ year: r.year, latestVersion: r._max.version ?? 0, publishedAt: r._max.publishedAt }));
}

export async function getEdition(options: { year: number; version?: number; prisma?: PrismaClient }) {
  const row = await (options.prisma ?? db()).reportEdition.findFirst({
    where: { year: options.year, ...(options.version ? { version: options.version } : {}) },
    orderBy: { version: "desc" },
    select: { ...metaSelect, document: true },
  });
  return row ? { meta: toMeta(row), document: storedDocument(row.document) } : null;
}

// ---- The public page's cache: an edition never changes, so its HTML is computed once. ----

type Rendered = { meta: EditionMeta; document: ReportDocument; html: string };
const CACHE_SIZE = 16;
/**
 * Which edition is the latest is re-read at most this often, so a publication on any instance is
 * served by every instance within HEAD_TTL_MS plus one query (publishing in this process clears
 * it at once). Concurrent requests share one query.
 */
export const HEAD_TTL_MS = 2_000;
const MAX_HEADS = 256;
type Heads = Map<string, { at: number; value: Promise<unknown> }>;
/** Rendered editions by id (ids are unique everywhere); latest-edition lookups per database client. */
type Caches = { rendered: Map<string, Rendered>; heads: WeakMap<PrismaClient, Heads> };
// One per process, not per route bundle (Next evaluates a module once per bundle): kept on globalThis.
declare global {
  var __nianbaoEditionCache: Caches | undefined;
}
const holder = globalThis;
const caches = (): Caches => (holder.__nianbaoEditionCache ??= { rendered: new Map(), heads: new WeakMap() });

function recent<T>(prisma: PrismaClient, key: string, load: () => Promise<T>): Promise<T> {
  const all = caches().heads;
  let heads = all.get(prisma);
  if (!heads) all.set(prisma, (heads = new Map() as Heads));
  const hit = heads.get(key);
  if (hit && Date.now() - hit.at < HEAD_TTL_MS) return hit.value as Promise<T>;
  const value = load();
  const entry = { at: Date.now(), value };
  heads.set(key, entry);
  value.catch(() => {
    if (heads.get(key) === entry) heads.delete(key);
  });
  // Keys come from the query string (?edition=N): keep only the most recent ones.
  while (heads.size > MAX_HEADS) heads.delete(heads.keys().next().value as string);
  return value;
}

/** How many latest-edition lookups are remembered for a database client (bounded by MAX_HEADS). */
export function rememberedLookups(prisma: PrismaClient = db()): number {
  return caches().heads.get(prisma)?.size ?? 0;
}

/** Forget which editions are the latest (called after a publication). */
export function forgetLatestEditions() {
  caches().heads = new WeakMap();
}

/** listPublishedYears, re-read at most every few seconds (the public page asks on every request). */
export function publishedYearsCached(prisma: PrismaClient = db()) {
  return recent(prisma, "years", () => listPublishedYears(prisma));
}

/**
 * The latest (or a given) edition of a year with its rendered HTML. Which edition that is comes
 * from a small query (cached for a few seconds); the document and its HTML come from memory
 * after the first time.
 */
export async function renderedEdition(options: { year: number; version?: number; prisma?: PrismaClient }): Promise<Rendered | null> {
  const prisma = options.prisma ?? db();
  const head = await recent(prisma, `head:${options.year}:${options.version ?? "latest"}`, () =>
    prisma.reportEdition.findFirst({
      where: { year: options.year, ...(options.version ? { version: options.version } : {}) },
      orderBy: { version: "desc" },
      select: metaSelect,
    }),
  );
  if (!head) return null;
  const cache = caches().rendered;
  const hit = cache.get(head.id);
  if (hit) return hit;
  const full = await prisma.reportEdition.findUnique({ where: { id: head.id }, select: { document: true } });
  if (!full) return null;
  const document = storedDocument(full.document);
  const rendered = { meta: toMeta(head), document, html: renderReportHtml(document) };
  cache.set(head.id, rendered);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return rendered;
}

// ---- Differences between two editions ----

export type EditionChange = { type: "added" | "removed" | "changed"; where: string; what: string; before?: string; after?: string };

type Fact = { where: string; what: string; value: string };

const plain = htmlToLine;

/** Every comparable statement of a document, keyed by a stable path (record ids, section keys). */
export function documentFacts(doc: ReportDocument): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  const add = (path: string, where: string, what: string, value: string) => facts.set(path, { where, what, value });
  const tableFacts = (t: TableBlock, where: string) => {
    for (const r of t.rows)
      add(`table:${t.key}:${r.id}`, where, `${t.caption}：${r.total ? "合计行" : r.cells.slice(0, 2).join(" ")}`, r.cells.join(" | "));
  };
  const blockFacts = (b: Block, where: string) => {
    if (b.type === "table") tableFacts(b, where);
    else if (b.type === "figure") add(`figure:${b.id}`, where, `图 ${b.caption}`, `${b.caption}${b.chart ? ` ${b.alt}` : ""}`);
    else if (b.type === "case") {
      add(`case:${b.id}`, where, `案例 ${b.title}`, `${b.title}\n${b.subtitle ?? ""}\n${plain(b.html)}`);
      for (const f of b.figures) add(`figure:${f.id}`, where, `图 ${f.caption}`, f.caption);
    } else if (b.type === "highlights")
      for (const g of b.groups) for (const it of g.items) add(`highlight:${g.title}:${it.text}`, where, `主要成果【${g.title}】`, it.text);
    else {
      if (b.indicators) tableFacts(b.indicators, where);
      for (const r of b.records) add(`other:${r.source.id}`, where, "本节其他已审核记录", r.text);
    }
  };
  const sectionFacts = (s: ReportSection) => {
    const where = `${s.number}${s.title}`;
    add(`section:${s.key}:title`, where, "标题", `${s.number}${s.title}`);
    add(`section:${s.key}:text`, where, "叙述", plain(s.html));
    for (const v of s.traced) add(`value:${s.key}:${v.token}`, where, v.label, `${v.text}${v.unit}`);
    for (const b of s.blocks) blockFacts(b, where);
    s.sections.forEach(sectionFacts);
  };
  doc.chapters.forEach(sectionFacts);
  for (const t of doc.appendix) tableFacts(t, "附录");
  return facts;
}

/** What changed from edition `a` to edition `b`, in `b`'s reading order (removals last). */
export function diffDocuments(a: ReportDocument, b: ReportDocument): EditionChange[] {
  const before = documentFacts(a);
  const after = documentFacts(b);
  const changes: EditionChange[] = [];
  for (const [path, f] of after) {
    const old = before.get(path);
    if (!old) changes.push({ type: "added", where: f.where, what: f.what, after: f.value });
    else if (old.value !== f.value) changes.push({ type: "changed", where: f.where, what: f.what, before: old.value, after: f.value });
  }
  for (const [path, f] of before) if (!after.has(path)) changes.push({ type: "removed", where: f.where, what: f.what, before: f.value });
  return changes;
}
