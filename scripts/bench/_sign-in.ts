import { DEMO_PASSWORD } from "../../lib/demo/accounts";

/**
 * Signs in over plain HTTP through next-auth's own endpoints (csrf → callback/credentials), keeping
 * the cookies by hand: for benchmarks and tests that talk to a running server without a browser.
 * Answers the Cookie header to send, the callback's status, and whether a session cookie was set.
 */
export async function signInOverHttp(
  base: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<{ cookie: string; status: number; signedIn: boolean }> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  keep(res);
  return { cookie: cookie(), status: res.status, signedIn: [...jar.keys()].some((k) => k.includes("session-token")) };
}
