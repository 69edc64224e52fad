import { describe, expect, it } from "vitest";
import { isPrivatePath, normalizePath } from "../../lib/http/cache";

/**
 * Finding 13 of the second review: scripts/serve.ts decided `private, no-store` from the raw
 * path, so `GET /x/../api/v1/users` reached the API (the router resolves the dot segments) and
 * came back without Cache-Control. Now the decision is made on the path the router sees, and
 * every path that is not explicitly public is private.
 */
describe("private caching follows the normalised path", () => {
  it("dot segments, encoded dots, doubled slashes and encoded letters cannot hide the API or admin pages", () => {
    for (const path of [
      "/x/../api/v1/users",
      "/x/%2e%2e/api/v1/users",
      "/x/%2E%2E/api/v1/users",
      "/reports/..%2f..%2fapi/v1/users",
      "//api/v1/users",
      "/%61pi/v1/users",
      "/reports/../admin/users",
      "/./admin",
      "/files/../files/abc/original",
    ]) {
      expect(isPrivatePath(path), path).toBe(true);
    }
    expect(normalizePath("/x/../api/v1/users?a=1")).toBe("/api/v1/users");
  });

  it("a path nobody declared public is private (set-up, partner pages, an unknown route)", () => {
    for (const path of ["/setup", "/partner", "/partner/reports/2022", "/some-new-route", "/_next/data/x.json"]) {
      expect(isPrivatePath(path), path).toBe(true);
    }
  });

  it("the public pages keep their own caching", () => {
    for (const path of ["/", "/reports/2022", "/reports/2022/pdf", "/records/majors", "/_next/static/chunks/a.js", "/icon.svg"]) {
      expect(isPrivatePath(path), path).toBe(false);
    }
  });
});
