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

/**
 * Signs the page's browser context in through next-auth's endpoints (the page's request client
 * shares the context's cookies): the session cookie a sign-in sets, without loading /login and
 * the start page each time — they cost seconds a test, and the specs that are about signing in
 * (tests/e2e/auth/login.spec.ts, the set-up and partner specs) fill the form as a person would.
 * The page stays where it was: the caller opens the page it is about.
 */
export async function signIn(page: Page, username: DemoUser | ChainUser) {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password: DEMO_PASSWORD, json: "true" },
  });
  expect(res.status(), `sign-in of ${username}`).toBeLessThan(400);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.uid, `session of ${username}`).toBeTruthy();
}

export async function signOut(page: Page) {
  await page.context().clearCookies();
}

export const uniqueName = (prefix: string) => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
