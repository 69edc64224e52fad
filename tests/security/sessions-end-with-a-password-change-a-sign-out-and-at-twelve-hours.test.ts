import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { createPgPool } from "../../lib/server/pg-pool";
import { actorOfSession } from "../../lib/auth/session";
import { SESSION_ABSOLUTE_MAX_AGE } from "../../lib/auth/sessions";
import { changeOwnPassword, setUserActive, setUserRole } from "../../lib/users/service";
import { demoDatabase } from "../support/database";
import { useAsAppDatabase } from "./support-auth";
import { Browser, session, signIn, signOut } from "./support-session";

/**
 * Issue #21 finding 2: the old cookie kept acting as the user after the password was changed and
 * after /api/auth/signout, and GET /api/auth/session handed it a fresh 8-hour token for ever. Now
 * the token carries the user's session version (raised by a password change, a sign-out, a role
 * change, a deactivation) and its sign-in time (12 hours at most, whatever the renewals). Driven
 * through next-auth's own handler with our options, on real Postgres; "stolen" is a second
 * browser holding a copy of the cookies.
 */
const PASSWORD = "demo-2022";
const HOUR = 3600_000;

describe("sessions end", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  const saved = { secret: process.env.NEXTAUTH_SECRET, url: process.env.NEXTAUTH_URL };
  beforeAll(async () => {
    process.env.NEXTAUTH_SECRET = "sessions-test-secret-0123456789-abcdefghijklmnop";
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    database = await demoDatabase();
    useAsAppDatabase(database.prisma);
  }, 180_000);
  afterAll(async () => {
    process.env.NEXTAUTH_SECRET = saved.secret;
    process.env.NEXTAUTH_URL = saved.url;
    await database?.dispose();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const actorOf = (s: Record<string, unknown> | null) => (s ? actorOfSession({ session: s, prisma: database.prisma }) : null);

  it("a copied cookie stops working when the password is changed, and is not renewed", async () => {
    const browser = new Browser();
    expect(await signIn(browser, "staff-a", PASSWORD)).toBe(true);
    const stolen = browser.copy();
    const before = await session(stolen);
    const actor = await actorOf(before);
    expect(actor?.username).toBe("staff-a");

    await changeOwnPassword({
      actor,
      prisma: database.prisma,
      current: PASSWORD,
      next: "Neues-Passwort-2026",
      confirm: "Neues-Passwort-2026",
    });

    expect(await actorOf(before)).toBeNull();
    expect(await session(stolen)).toBeNull();
    expect(stolen.sessionCookie()).toBeUndefined(); // cleared, not renewed
    // The new password signs in afresh.
    expect(await signIn(new Browser(), "staff-a", "Neues-Passwort-2026")).toBe(true);
  });

  it("a copied cookie stops working when its user signs out", async () => {
    const browser = new Browser();
    expect(await signIn(browser, "reviewer", PASSWORD)).toBe(true);
    const stolen = browser.copy();
    const before = await session(stolen);
    expect((await actorOf(before))?.username).toBe("reviewer");

    await signOut(browser);

    expect(await session(stolen)).toBeNull();
    expect(await actorOf(before)).toBeNull();
  });

  it("a role change or a deactivation ends the user's sessions", async () => {
    const admin = database.actors.admin!;
    const a = new Browser();
    expect(await signIn(a, "staff-b", PASSWORD)).toBe(true);
    const asStaff = await session(a);
    await setUserRole({ actor: admin, prisma: database.prisma, userId: database.actors["staff-b"]!.id, role: "REVIEWER" });
    expect(await actorOf(asStaff)).toBeNull();
    expect(await session(a.copy())).toBeNull();

    const b = new Browser();
    expect(await signIn(b, "staff-b", PASSWORD)).toBe(true);
    const asReviewer = await session(b);
    expect((await actorOf(asReviewer))?.role).toBe("REVIEWER");
    await setUserActive({ actor: admin, prisma: database.prisma, userId: database.actors["staff-b"]!.id, active: false });
    expect(await session(b.copy())).toBeNull();
    await setUserActive({ actor: admin, prisma: database.prisma, userId: database.actors["staff-b"]!.id, active: true });
    // Reactivated: the old session stays ended; a new sign-in works.
    expect(await actorOf(asReviewer)).toBeNull();
    expect(await signIn(new Browser(), "staff-b", PASSWORD)).toBe(true);
  });

  it("checking the session costs one read of the user by primary key, as before", async () => {
    const pool = createPgPool({ connectionString: database.url, max: 1 });
    const logged = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: "event", level: "query" }] });
    const statements: string[] = [];
    logged.$on("query", (e) => statements.push(e.query));
    try {
      const browser = new Browser();
      expect(await signIn(browser, "leader", PASSWORD)).toBe(true);
      const current = await session(browser);
      await logged.$queryRaw`SELECT 1`;
      statements.length = 0;
      expect((await actorOfSession({ session: current!, prisma: logged }))?.username).toBe("leader");
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatch(/FROM "public"\."User" AS "t0" WHERE \("t0"\."id" = \$1 AND 1=1\) LIMIT/);
    } finally {
      await logged.$disconnect();
      await pool.end();
    }
  });

  it("no renewal keeps a session past 12 hours from its sign-in", async () => {
    expect(SESSION_ABSOLUTE_MAX_AGE).toBe(12 * 60 * 60);
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date("2030-03-02T00:00:00Z").getTime();
    vi.setSystemTime(start);
    const browser = new Browser();
    expect(await signIn(browser, "admin", PASSWORD)).toBe(true);
    // Used every few hours: each answer renews the cookie for another 8 hours.
    let last: Record<string, unknown> | null = null;
    for (const hours of [3, 6, 9, 11.5]) {
      vi.setSystemTime(start + hours * HOUR);
      last = await session(browser);
      expect(last, `at ${hours} h`).not.toBeNull();
      expect((await actorOf(last))?.username).toBe("admin");
    }
    vi.setSystemTime(start + 12 * HOUR + 60_000);
    expect(await actorOf(last)).toBeNull();
    expect(await session(browser)).toBeNull();
    expect(browser.sessionCookie()).toBeUndefined();
  });
});
