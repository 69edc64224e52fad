import { expect } from "@playwright/test";
import { apiAs } from "../support/auth";

/**
 * Turns the institution's sign-off settings on or off through the API, as an admin would, and
 * answers the previous values so a test can put them back (the demo runs with both steps off).
 */
export async function setSignoffSettings(baseURL: string, settings: Record<string, unknown>) {
  const admin = await apiAs(baseURL, "admin");
  const before = await (await admin.get("/api/v1/institution")).json();
  const res = await admin.put("/api/v1/institution", {
    data: {
      name: before.name,
      shortName: before.shortName,
      city: before.city,
      region: before.region,
      website: before.website,
      ...settings,
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  await admin.dispose();
  return {
    departmentReview: before.departmentReview,
    leaderSignoff: before.leaderSignoff,
    legalRepresentative: before.legalRepresentative ?? "",
  } as Record<string, unknown>;
}
