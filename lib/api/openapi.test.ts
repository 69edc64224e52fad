// Every route handler under app/api/v1 is described in the OpenAPI document, and nothing the
// document describes is missing from app/api/v1: adding a route without its description fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const API = path.join(ROOT, "app", "api", "v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(p);
    return e.name === "route.ts" ? [p] : [];
  });
}

/** "app/api/v1/records/[kind]/[id]/route.ts" → "/api/v1/records/{kind}/{id}", with the methods it exports. */
export function routesOnDisk(): { path: string; method: string }[] {
  return routeFiles(API).flatMap((file) => {
    const dir = path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep);
    const route = "/" + dir.map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/");
    const source = fs.readFileSync(file, "utf8");
    return METHODS.filter((m) =>
      new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b|export\\s*\\{[^}]*\\bas\\s+${m}\\b`).test(source),
    ).map((method) => ({ path: route, method }));
  });
}

type Doc = { paths: Record<string, Record<string, { requestBody?: unknown }>> };

/** Routes without a description, and descriptions without a route. */
export function undocumented(doc: Doc, routes = routesOnDisk()) {
  const onDisk = new Set(routes.map((r) => `${r.method} ${r.path}`));
  const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
  return {
    missing: [...onDisk].filter((r) => !documented.includes(r)).sort(),
    stale: documented.filter((d) => !onDisk.has(d)).sort(),
  };
}

/** README's "JSON API" section: every `METHOD|METHOD /api/v1/…` it names, as "METHOD /path". */
export function readmeRoutes(readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8")): string[] {
  const start = readme.indexOf("\n## JSON API");
  if (start < 0) return [];
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/`((?:GET|POST|PUT|PATCH|DELETE)(?:\|(?:GET|POST|PUT|PATCH|DELETE))*) (\/api\/v1\/[^`\s?]*)/g)].flatMap(
    ([, methods, p]) => methods!.split("|").map((m) => `${m} ${p}`),
  );
}

describe("the OpenAPI document covers app/api/v1", () => {
  const doc = openApiDocument() as unknown as Doc;

  it("finds the route handlers (the walk itself works)", () => {
    const routes = routesOnDisk().map((r) => `${r.method} ${r.path}`);
    expect(routes.length).toBeGreaterThan(30);
    expect(routes).toEqual(
      expect.arrayContaining([
        "GET /api/v1/records/{kind}",
        "PATCH /api/v1/records/{kind}/{id}",
        "POST /api/v1/records/{kind}/{id}/{action}",
        "PUT /api/v1/years/{year}/outline/{key}/narrative",
        "POST /api/v1/users/import",
        "DELETE /api/v1/departments/{id}",
      ]),
    );
  });

  it("describes every route and method, and no route that does not exist", () => {
    expect(undocumented(doc)).toEqual({ missing: [], stale: [] });
  });

  it("is what README's JSON API section lists, path by path and method by method", () => {
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    const listed = new Set(readmeRoutes());
    expect({
      missingFromReadme: documented.filter((d) => !listed.has(d)).sort(),
      notInOpenApi: [...listed].filter((l) => !documented.includes(l)).sort(),
    }).toEqual({ missingFromReadme: [], notInOpenApi: [] });
    // The parse itself: a README that lists nothing fails, and one line names its methods.
    expect(readmeRoutes("intro\n## JSON API\n`GET|PUT /api/v1/institution` x\n## Next")).toEqual([
      "GET /api/v1/institution",
      "PUT /api/v1/institution",
    ]);
  });

  it("describes the fields of the settings and year bodies the screens can set", () => {
    const body = (p: string, m: string) => JSON.stringify(doc.paths[p]![m]!.requestBody);
    for (const m of ["put", "patch"])
      for (const field of ["name", "departmentReview", "leaderSignoff", "legalRepresentative", "declarationText", "logo"])
        expect(body("/api/v1/institution", m), `${m} ${field}`).toContain(`"${field}"`);
    expect(body("/api/v1/years/{year}", "patch")).toContain('"title"');
    expect(body("/api/v1/years", "post")).toContain('"title"');
  });

  it("would notice a route added without a description", () => {
    const { ["/api/v1/users/import"]: _gone, ...paths } = doc.paths;
    expect(undocumented({ paths }).missing).toEqual(["POST /api/v1/users/import"]);
    expect(undocumented(doc, [...routesOnDisk(), { path: "/api/v1/new-thing", method: "GET" }]).missing).toEqual(["GET /api/v1/new-thing"]);
  });

  it("gives every write that takes input a request body (from the services' zod schemas)", () => {
    // Writes that take no body: publishing (its body is optional) and a password reset.
    const bodiless = new Set(["POST /api/v1/years/{year}/editions", "POST /api/v1/users/{id}/password"]);
    const missing = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.entries(ops)
        .filter(([m, op]) => ["post", "put", "patch"].includes(m) && !op.requestBody && !bodiless.has(`${m.toUpperCase()} ${p}`))
        .map(([m]) => `${m.toUpperCase()} ${p}`),
    );
    expect(missing).toEqual([]);
    const body = (p: string, m: string) => JSON.stringify(doc.paths[p]![m]!.requestBody);
    // The department and user bodies are the zod schemas the services parse.
    expect(body("/api/v1/departments", "post")).toContain('"name"');
    expect(body("/api/v1/users", "post")).toContain('"STAFF"');
    expect(body("/api/v1/years", "post")).toContain('"previous"');
  });
});
