import { expect, type APIRequestContext } from "@playwright/test";
import { test } from "../support/axe";
import { apiAs, uniqueName, type DemoUser } from "../support/auth";

/**
 * The authorization matrix, through the HTTP API of the running app on real Postgres:
 * roles × actions × (own department / other department / public record). Every cell names the
 * status it must get: 2xx where allowed, 401 anonymous, 403 signed in but not allowed, and 404
 * where the record is not even readable (a draft of another department is never revealed).
 */
type Role = "anonymous" | DemoUser;
const ROLES: Role[] = ["anonymous", "staff-a", "staff-b", "reviewer", "admin"];
const KIND = "competition-awards";
const body = (name: string) => ({ competition: name, level: "PROVINCIAL", prizes: [{ prize: "二等奖", count: 3, unit: "人次" }] });

type Target = "draftA" | "submittedA" | "approved";
type Action = "read" | "list" | "create" | "update" | "submit" | "withdraw" | "approve" | "return" | "history";

// Records are in staff-a's department (机电与信息工程系): own for staff-a, other for staff-b.
const EXPECTED: Record<Action, Partial<Record<Target, Record<Role, number>>> & { any?: Record<Role, number> }> = {
  read: {
    draftA: { anonymous: 404, "staff-a": 200, "staff-b": 404, reviewer: 200, admin: 200 },
    approved: { anonymous: 200, "staff-a": 200, "staff-b": 200, reviewer: 200, admin: 200 },
  },
  list: { any: { anonymous: 200, "staff-a": 200, "staff-b": 200, reviewer: 200, admin: 200 } },
  create: { any: { anonymous: 401, "staff-a": 201, "staff-b": 201, reviewer: 403, admin: 403 } },
  update: {
    draftA: { anonymous: 401, "staff-a": 200, "staff-b": 404, reviewer: 403, admin: 403 },
    approved: { anonymous: 401, "staff-a": 200, "staff-b": 403, reviewer: 403, admin: 403 },
  },
  submit: { draftA: { anonymous: 401, "staff-a": 200, "staff-b": 404, reviewer: 403, admin: 403 } },
  withdraw: { submittedA: { anonymous: 401, "staff-a": 200, "staff-b": 404, reviewer: 403, admin: 403 } },
  approve: { submittedA: { anonymous: 401, "staff-a": 403, "staff-b": 404, reviewer: 200, admin: 200 } },
  return: { submittedA: { anonymous: 401, "staff-a": 403, "staff-b": 404, reviewer: 200, admin: 200 } },
  history: {
    draftA: { anonymous: 401, "staff-a": 200, "staff-b": 404, reviewer: 200, admin: 200 },
    approved: { anonymous: 401, "staff-a": 200, "staff-b": 403, reviewer: 200, admin: 200 },
  },
};

test.describe("authorization matrix over /api/v1", () => {
  const clients = {} as Record<Role, APIRequestContext>;

  test.beforeAll(async ({ baseURL }) => {
    for (const role of ROLES) clients[role] = await apiAs(baseURL!, role === "anonymous" ? null : role);
  });
  test.afterAll(async () => {
    for (const c of Object.values(clients)) await c.dispose();
  });

  async function makeRecord(target: Target): Promise<{ id: string; version: number }> {
    const staffA = clients["staff-a"];
    const created = await staffA.post(`/api/v1/records/${KIND}`, { data: { year: 2022, data: body(uniqueName("矩阵")) } });
    expect(created.status()).toBe(201);
    let rec = await created.json();
    if (target === "submittedA" || target === "approved") {
      rec = await (await staffA.post(`/api/v1/records/${KIND}/${rec.id}/submit`, { data: {} })).json();
    }
    if (target === "approved") {
      rec = await (await clients.reviewer.post(`/api/v1/records/${KIND}/${rec.id}/approve`, { data: {} })).json();
      expect(rec.status).toBe("APPROVED");
    }
    return { id: rec.id, version: rec.version };
  }

  async function attempt(role: Role, action: Action, target: Target | "any"): Promise<number> {
    const c = clients[role];
    if (action === "list") return (await c.get(`/api/v1/records/${KIND}?year=2022`)).status();
    if (action === "create")
      return (await c.post(`/api/v1/records/${KIND}`, { data: { year: 2022, data: body(uniqueName("新建")) } })).status();
    const rec = await makeRecord(target as Target);
    const url = `/api/v1/records/${KIND}/${rec.id}`;
    switch (action) {
      case "read":
        return (await c.get(url)).status();
      case "history":
        return (await c.get(`${url}/history`)).status();
      case "update":
        return (await c.put(url, { data: { version: rec.version, data: body(uniqueName("修改")) } })).status();
      case "return":
        return (await c.post(`${url}/return`, { data: { reason: "矩阵测试退回" } })).status();
      default:
        return (await c.post(`${url}/${action}`, { data: {} })).status();
    }
  }

  for (const [action, byTarget] of Object.entries(EXPECTED) as [Action, (typeof EXPECTED)[Action]][]) {
    for (const [target, byRole] of Object.entries(byTarget) as [Target | "any", Record<Role, number>][]) {
      test(`${action} × ${target}`, async () => {
        const got: Record<string, number> = {};
        for (const role of ROLES) got[role] = await attempt(role, action, target);
        expect(got).toEqual(byRole);
      });
    }
  }

  test("anonymous and other-department listings never include a draft", async () => {
    const draft = await makeRecord("draftA");
    for (const role of ["anonymous", "staff-b"] as const) {
      const res = await clients[role].get(`/api/v1/records/${KIND}?pageSize=500`);
      const ids = (await res.json()).items.map((r: { id: string; status: string }) => r.id);
      expect(ids).not.toContain(draft.id);
    }
    const pub = await (await clients.anonymous.get(`/api/v1/public/2022/${KIND}?pageSize=500`)).json();
    expect(pub.items.every((r: { status: string }) => r.status === "APPROVED")).toBe(true);
    expect(pub.items.map((r: { id: string }) => r.id)).not.toContain(draft.id);
  });

  test("errors are JSON with a Chinese and English message; cross-site writes are refused", async () => {
    const res = await clients["staff-a"].post(`/api/v1/records/${KIND}`, {
      data: { year: 2022, data: { competition: "", level: "NATIONAL", prizes: [] } },
    });
    expect(res.status()).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("INVALID");
    expect(error.message).toMatch(/[\u4e00-\u9fff].*（.*[a-z].*）/);
    expect(error.fieldErrors.competition[0]).toContain("竞赛名称必须填写");

    const rec = await makeRecord("draftA");
    const stale = await clients["staff-a"].put(`/api/v1/records/${KIND}/${rec.id}`, {
      data: { version: rec.version + 5, data: body("x") },
    });
    expect(stale.status()).toBe(409);

    const cross = await clients["staff-a"].post(`/api/v1/records/${KIND}`, {
      headers: { Origin: "https://evil.example" },
      data: { year: 2022, data: body("x") },
    });
    expect(cross.status()).toBe(403);
  });

  test("a bad query parameter answers 400 naming the parameter, never 500", async () => {
    for (const [url, field] of [
      ["/api/v1/records/honours?level=foo", "level"],
      [`/api/v1/records/${KIND}?page=abc`, "page"],
      [`/api/v1/records/${KIND}?status=LOST`, "status"],
      ["/api/v1/public/2022/honours?pageSize=-1", "pageSize"],
      ["/api/v1/public/abc/honours", "year"],
    ] as const) {
      for (const c of [clients.anonymous, clients.reviewer]) {
        const res = await c.get(url);
        expect(res.status(), url).toBe(400);
        const { error } = await res.json();
        expect(error.code).toBe("INVALID");
        expect(error.message, url).toContain(field);
        expect(error.fieldErrors[field], url).toBeTruthy();
      }
    }
    // A valid level still filters.
    expect((await clients.anonymous.get("/api/v1/records/honours?level=NATIONAL")).status()).toBe(200);
  });

  test("the OpenAPI document lists the record and transition routes", async () => {
    const doc = await (await clients.anonymous.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/records/{kind}",
        "/api/v1/records/{kind}/{id}",
        "/api/v1/records/{kind}/{id}/{action}",
        "/api/v1/public/{year}/{kind}",
      ]),
    );
    expect(doc.components.schemas.competitionAward).toBeTruthy();
  });
});
