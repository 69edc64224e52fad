import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER, proxyMatcher } from "../../lib/auth/client-address";
import { loginThrottled, recordLoginFailure } from "../../lib/auth/throttle";
import { closePrismaClient, createPrismaClient } from "../../lib/server/db";
import { demoDatabase } from "../support/database";
import { signInFrom, useAsAppDatabase } from "./support-auth";

/**
 * Finding 6: the client IP was taken from X-Forwarded-For as sent (rotating it walked past the
 * per-IP limit), five wrong passwords from anywhere locked the real user out, every success
 * counted against the address, and the counts lived in one process's memory. Now: forwarded
 * headers only through NIANBAO_TRUSTED_PROXIES, failures counted per user name + address and per
 * address in Postgres, successes free. Run on the sign-in code itself with real Postgres: every
 * request to a test server comes from 127.0.0.1, so "another address" cannot be made over HTTP.
 */
const PASSWORD = "demo-2022";
const from = (ip: string) => ({ ip, peer: ip });

describe("login throttling", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  beforeAll(async () => {
    database = await demoDatabase();
    useAsAppDatabase(database.prisma);
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });
  afterEach(async () => {
    await database.prisma.loginFailure.deleteMany();
    delete process.env.NIANBAO_LOGIN_LIMIT_IP;
  });

  it("a stranger's wrong passwords do not lock the real user out", async () => {
    for (let i = 0; i < 5; i++) expect(await signInFrom(from("198.51.100.66"), "reviewer", "guess")).toBe("INVALID_CREDENTIALS");
    expect(await signInFrom(from("198.51.100.66"), "reviewer", PASSWORD)).toBe("RATE_LIMITED");
    expect(await signInFrom(from("10.20.0.15"), "reviewer", PASSWORD)).toBe("OK");
  });

  it("successful sign-ins do not count against a shared (NAT) address", async () => {
    process.env.NIANBAO_LOGIN_LIMIT_IP = "3";
    for (let i = 0; i < 6; i++) expect(await signInFrom(from("10.0.0.1"), i % 2 ? "staff-a" : "staff-b", PASSWORD)).toBe("OK");
  });

  it("an address guessing many user names is stopped, whatever names it tries", async () => {
    process.env.NIANBAO_LOGIN_LIMIT_IP = "3";
    for (const name of ["staff-a", "staff-b", "nobody"])
      expect(await signInFrom(from("203.0.113.9"), name, "guess")).toBe("INVALID_CREDENTIALS");
    expect(await signInFrom(from("203.0.113.9"), "admin", "guess")).toBe("RATE_LIMITED");
  });

  it("counts live in Postgres: a second app instance sees the first one's failures", async () => {
    const other = createPrismaClient(database.url, 1);
    try {
      const attempt = { username: "admin", address: from("192.0.2.44") };
      for (let i = 0; i < 5; i++) await recordLoginFailure(other, attempt);
      expect(await loginThrottled(database.prisma, attempt)).toBe(true);
      expect(await loginThrottled(database.prisma, { ...attempt, address: from("192.0.2.45") })).toBe(false);
    } finally {
      await closePrismaClient(other);
    }
  });

  it("audits successful and failed sign-ins with the client address and the socket peer", async () => {
    await signInFrom({ ip: "198.51.100.7", peer: "10.0.0.2" }, "staff-a", PASSWORD);
    await signInFrom({ ip: "198.51.100.8", peer: "10.0.0.2" }, "staff-a", "wrong");
    const rows = await database.prisma.auditLog.findMany({
      where: { action: { in: ["LOGIN", "LOGIN_FAILED"] }, ip: { in: ["198.51.100.7", "198.51.100.8"] } },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.action, r.ip, (r.changes as { peer?: string }).peer])).toEqual([
      ["LOGIN", "198.51.100.7", "10.0.0.2"],
      ["LOGIN_FAILED", "198.51.100.8", "10.0.0.2"],
    ]);
  });
});

describe("which address a request comes from", () => {
  const headers = (xff: string | null, peer: string) => new Headers({ ...(xff ? { "x-forwarded-for": xff } : {}), [PEER_HEADER]: peer });

  it("ignores X-Forwarded-For from a client that is not a trusted proxy, however it rotates it", () => {
    const none = proxyMatcher("");
    for (const spoof of ["1.2.3.4", "5.6.7.8, 9.9.9.9", "::1"]) {
      expect(clientAddress(headers(spoof, "::ffff:203.0.113.5"), none)).toEqual({ ip: "203.0.113.5", peer: "203.0.113.5" });
    }
  });

  it("believes X-Forwarded-For only hop by hop through the configured proxies", () => {
    const trusted = proxyMatcher("10.0.0.0/8, 192.168.1.1");
    // nginx at 10.0.0.3 appended the address it saw; what the client sent on the left is not believed.
    expect(clientAddress(headers("6.6.6.6, 198.51.100.20", "10.0.0.3"), trusted).ip).toBe("198.51.100.20");
    expect(clientAddress(headers("6.6.6.6, 198.51.100.20, 192.168.1.1", "10.0.0.3"), trusted).ip).toBe("198.51.100.20");
    // A direct client (not a proxy) cannot choose its address by sending the header.
    expect(clientAddress(headers("10.0.0.7", "198.51.100.21"), trusted).ip).toBe("198.51.100.21");
  });

  it("refuses a malformed NIANBAO_TRUSTED_PROXIES instead of trusting everything", () => {
    expect(() => proxyMatcher("10.0.0.0/8, not-an-ip")).toThrow(/NIANBAO_TRUSTED_PROXIES/);
  });
});
