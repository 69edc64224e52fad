import { expect, request, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-2022";
export type DemoUser = "admin" | "reviewer" | "staff-a" | "staff-b";
/** The review chain's demo accounts (department heads, the leader). */
export type ChainUser = "head-a" | "head-b" | "leader";

/** An HTTP client signed in through next-auth's own endpoints (csrf → callback/credentials). */
export async function apiAs(baseURL: string, username: DemoUser | ChainUser | null): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL });
  if (!username) return ctx;
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const res = await ctx.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password: DEMO_PASSWORD, json: "true" },
  });
  expect(res.status(), `sign-in of ${username}`).toBeLessThan(400);
  const session = await (await ctx.get("/api/auth/session")).json();
  expect(session?.uid, `session of ${username}`).toBeTruthy();
  return ctx;
}

/** Signs in through the login page, as a person would. */
export async function signIn(page: Page, username: DemoUser | ChainUser) {
  await page.goto("/login");
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录 Sign in" }).click();
  await expect(page.getByTestId("whoami")).toBeVisible();
}

export async function signOut(page: Page) {
  await page.context().clearCookies();
}

export const uniqueName = (prefix: string) => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
