import { describe, expect, it } from "vitest";
import { pageRedirect } from "./kind";

/** The one guard of admin pages by installation: which pages each kind of installation has. */
describe("pageRedirect", () => {
  it("gives a province the report machinery — years, outline and narratives, sign-off, editions, rule packs", () => {
    for (const path of [
      "/admin/report",
      "/admin/report/2024/sections",
      "/admin/report/2024/editions",
      "/admin/years",
      "/admin/rule-packs/province-2024",
    ])
      expect(pageRedirect("PROVINCE", "ADMIN", path), path).toBeNull();
    expect(pageRedirect("CITY", "REVIEWER", "/admin/report/2024/preview")).toBeNull();
    expect(pageRedirect("PROVINCE", "LEADER", "/admin/report/2024/editions")).toBeNull();
  });

  it("keeps a college's own pages closed in a province: records, review, departments, tasks", () => {
    for (const path of ["/admin/records", "/admin/review", "/admin/departments", "/admin/tasks", "/admin/my-sections", "/admin/reports"])
      expect(pageRedirect("PROVINCE", "ADMIN", path), path).toBe("/admin/province/board");
  });

  it("lets a college's account (province mode) open its hand-in only, not the provincial report", () => {
    expect(pageRedirect("PROVINCE", "COLLEGE", "/admin/report/2024/preview")).toBe("/admin/hand-in");
    expect(pageRedirect("PROVINCE", "COLLEGE", "/admin/years")).toBe("/admin/hand-in");
    expect(pageRedirect("PROVINCE", "COLLEGE", "/admin/hand-in")).toBeNull();
  });

  it("keeps the province's pages out of a college's installation and its report pages in", () => {
    expect(pageRedirect("COLLEGE", "ADMIN", "/admin/province/board")).toBe("/admin");
    expect(pageRedirect("COLLEGE", "ADMIN", "/admin/report/2024/sections")).toBeNull();
    expect(pageRedirect("COLLEGE", "ADMIN", "/admin/records")).toBeNull();
  });
});
