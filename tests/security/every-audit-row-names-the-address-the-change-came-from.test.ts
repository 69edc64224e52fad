import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { actorOfSession } from "../../lib/auth/session";
import { attachFile } from "../../lib/evidence/service";
import { kindBySlug } from "../../lib/records/kinds";
import { createRecord } from "../../lib/records/write";
import { publishEdition } from "../../lib/report/editions/editions";
import { updateNarrative } from "../../lib/report/outline/narratives";
import { decideSignoff, requestSignoff } from "../../lib/report/editions/signoff";
import { createUser, setUserRole } from "../../lib/users/service";
import { demoDatabase } from "../support/database";
import { useAsAppDatabase } from "./support-auth";

/**
 * Issue #21 finding 9: sign-in rows carried the client address, but sign-off, publishing,
 * narrative edits, user management and evidence uploads were audited with ip = null. The actor a
 * request's session becomes (lib/auth/session.ts) now carries that request's address, and the
 * one audit writer (lib/audit/log.ts) records it on every row the actor writes.
 */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

describe("audit rows", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-audit-ip-"));
  const savedDataDir = process.env.NIANBAO_DATA_DIR;
  beforeAll(async () => {
    process.env.NIANBAO_DATA_DIR = dataDir;
    database = await demoDatabase();
    useAsAppDatabase(database.prisma);
  }, 180_000);
  afterAll(async () => {
    process.env.NIANBAO_DATA_DIR = savedDataDir;
    await database?.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** The actor of a request from `ip` whose session cookie says `username` signed in just now. */
  async function requestActor(username: string, ip: string): Promise<Actor> {
    const user = await database.prisma.user.findUniqueOrThrow({ where: { username } });
    const session = { uid: user.id, sv: user.sessionVersion, signedInAt: Math.floor(Date.now() / 1000) };
    return (await actorOfSession({ session, ip, prisma: database.prisma }))!;
  }

  it("carry the client address of sign-off, publishing, narrative edits, user management and evidence uploads", async () => {
    const prisma = database.prisma;
    const last = await prisma.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    const admin = await requestActor("admin", "198.51.100.10");
    const reviewer = await requestActor("reviewer", "198.51.100.20");
    const staff = await requestActor("staff-a", "198.51.100.30");
    const leader = await requestActor("leader", "198.51.100.40");

    // User management
    const made = await createUser({
      actor: admin,
      prisma,
      input: {
        username: "audited-user",
        displayName: "审计用户",
        password: "Audit-trail-2026",
        role: "STAFF",
        departmentId: staff.departmentId,
      },
    });
    await setUserRole({ actor: admin, prisma, userId: made.id, role: "REVIEWER" });
    // A narrative edit
    const section = await prisma.outlineSection.findFirstOrThrow({ where: { year: 2022, parentKey: { not: null } } });
    await updateNarrative({
      actor: reviewer,
      prisma,
      year: 2022,
      sectionKey: section.key,
      narrative: "本节由审计测试修改。",
      version: section.version,
    });
    // An evidence upload
    const awards = kindBySlug("competition-awards")!;
    const record = await createRecord({
      actor: staff,
      prisma,
      kind: awards,
      input: { competition: "审计地址测试赛", level: "PROVINCIAL", prizes: [{ prize: "二等奖", count: 1, unit: "人次" }] },
      meta: { year: 2022 },
    });
    await attachFile({ actor: staff, prisma, kind: awards, recordId: record.id, bytes: PNG, name: "evidence.png" });
    // Sign-off and publishing
    await requestSignoff({ actor: admin, prisma, year: 2022 });
    await decideSignoff({ actor: leader, prisma, year: 2022, input: { decision: "sign" } });
    await publishEdition({ actor: admin, prisma, year: 2022 });

    const rows = await prisma.auditLog.findMany({ where: { id: { gt: last?.id ?? 0n } }, orderBy: { id: "asc" } });
    const byAction = new Map(rows.map((r) => [r.action, r]));
    const expected: Record<string, string> = {
      USER_CREATE: "198.51.100.10",
      ROLE_CHANGE: "198.51.100.10",
      NARRATIVE_UPDATE: "198.51.100.20",
      CREATE: "198.51.100.30",
      ATTACH: "198.51.100.30",
      SIGNOFF_REQUEST: "198.51.100.10",
      SIGNOFF: "198.51.100.40",
      PUBLISH: "198.51.100.10",
    };
    for (const [action, ip] of Object.entries(expected)) expect(byAction.get(action)?.ip, action).toBe(ip);
    // And no row an actor wrote lacks it.
    expect(rows.filter((r) => r.actorId && !r.ip).map((r) => r.action)).toEqual([]);
  });
});
