import { createRequire } from "node:module";
import path from "node:path";
import { authOptions } from "../../lib/auth/options";

// next-auth's request handler, which its package does not export: loaded by file path.
const { AuthHandler } = createRequire(import.meta.url)(path.resolve(import.meta.dirname, "../../node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: unknown) => Promise<unknown>;
};

/**
 * next-auth's own request handler (the one behind /api/auth/*) with our options, driven like a
 * browser: a cookie jar per "browser", so a test can copy a session cookie (a stolen one) and see
 * what the server answers to it after a sign-out or a password change.
 */
export const ORIGIN = "http://localhost:3000";
const ADDRESS = { ip: "203.0.113.9", peer: "203.0.113.9" };

export class Browser {
  readonly cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  /** Another browser holding the same cookies (someone who copied them). */
  copy(): Browser {
    const other = new Browser();
    for (const [k, v] of this.cookies) other.cookies.set(k, v);
    return other;
  }
  sessionCookie(): string | undefined {
    return [...this.cookies].find(([k]) => k.endsWith("next-auth.session-token"))?.[1];
  }
}

type Internal = {
  status?: number;
  body?: unknown;
  cookies?: { name: string; value: string; options?: { maxAge?: number } }[];
  redirect?: string;
};

/** One request to /api/auth/{path}; cookies the answer sets or clears go into the browser's jar. */
export async function auth(browser: Browser, path: string, body?: Record<string, string>): Promise<Internal> {
  const req = new Request(`${ORIGIN}/api/auth/${path}`, {
    method: body ? "POST" : "GET",
    headers: { cookie: browser.header(), host: "localhost:3000", "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  });
  const res = (await AuthHandler({ req, options: authOptions({ address: ADDRESS }) })) as Internal;
  for (const c of res.cookies ?? []) {
    if (c.value === "" || c.options?.maxAge === 0) browser.cookies.delete(c.name);
    else browser.cookies.set(c.name, c.value);
  }
  return res;
}

async function csrf(browser: Browser): Promise<string> {
  return ((await auth(browser, "csrf")).body as { csrfToken: string }).csrfToken;
}

/** Signs in with a password as the login form does; true when a session cookie came back. */
export async function signIn(browser: Browser, username: string, password: string): Promise<boolean> {
  await auth(browser, "callback/credentials", { csrfToken: await csrf(browser), username, password, json: "true" });
  return Boolean(browser.sessionCookie());
}

/** The 退出 button: POST /api/auth/signout. */
export async function signOut(browser: Browser): Promise<void> {
  await auth(browser, "signout", { csrfToken: await csrf(browser), json: "true" });
}

/** GET /api/auth/session: what next-auth answers (and renews) for this browser's cookie; null for no session. */
export async function session(browser: Browser): Promise<Record<string, unknown> | null> {
  const body = (await auth(browser, "session")).body as Record<string, unknown> | undefined;
  return body && Object.keys(body).length ? body : null;
}
