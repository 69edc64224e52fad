import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { type DemoUser, signIn } from "../support/auth";

/** A competition award made through the API as staff would (non-default values throughout). */
export async function createAward(api: APIRequestContext, name: string, extra: Record<string, unknown> = {}) {
  const res = await api.post("/api/v1/records/competition-awards", {
    data: {
      year: 2022,
      data: {
        competition: name,
        level: "NATIONAL",
        participantType: "TEACHER",
        entryType: "INDIVIDUAL",
        topic: "student.competitions",
        prizes: [
          { prize: "二等奖", count: 5, unit: "人次" },
          { prize: "三等奖", count: 2, unit: "队" },
        ],
        ...extra,
      },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; version: number };
}

export async function act(api: APIRequestContext, id: string, action: string, body: Record<string, unknown> = {}) {
  const res = await api.post(`/api/v1/records/competition-awards/${id}/${action}`, { data: body });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as { id: string; version: number };
}

/** The page fits the viewport: nothing wider than the screen makes the body scroll sideways. */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(1);
}

/** Now, as the college reads a clock (Beijing), minute precision — and the minute before, for a test crossing one. */
export function beijingNow(): string[] {
  const fmt = (d: Date) => {
    const p = Object.fromEntries(
      new Intl.DateTimeFormat("en-GB", {
        timeZone: "Asia/Shanghai",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      })
        .formatToParts(d)
        .map((x) => [x.type, x.value]),
    );
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
  };
  const now = Date.now();
  return [fmt(new Date(now - 120_000)), fmt(new Date(now - 60_000)), fmt(new Date(now))];
}

/** signIn, then the start page (its bell and menus), with patience for a cold server on a busy machine. */
export async function signInSlow(page: Page, username: DemoUser) {
  await signIn(page, username);
  await page.goto("/admin");
  await expect(page.getByTestId("whoami")).toBeVisible({ timeout: 30_000 });
}
