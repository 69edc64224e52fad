import { expect, test } from "@playwright/test";
import { apiAs } from "../e2e/support/auth";

/**
 * Finding 13: a GET on /admin/report/{year}/pdf started a Chromium print, so any page a reviewer
 * visited could make the server print (an <img src> is enough). It is a POST now, refused
 * cross-site; tests/e2e/pdf/pdf.spec.ts prints through it.
 */
test("a GET or a cross-site POST does not start a print", async ({ baseURL }) => {
  const reviewer = await apiAs(baseURL!, "reviewer");
  expect((await reviewer.get("/admin/report/2022/pdf")).status()).toBe(405);
  const crossSite = await reviewer.post("/admin/report/2022/pdf", {
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
  });
  expect(crossSite.status()).toBe(403);
  await reviewer.dispose();
});
