import { env } from "../env";

/**
 * Login attempt limiter, in memory (one Node process serves the portal). Counts failures per
 * username and attempts per IP in a sliding window; a locked key stays locked until its oldest
 * counted attempt leaves the window.
 */
type Window = { hits: number[] };

export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  constructor(private readonly limit: number, private readonly windowMs: number) {}

  private live(key: string, now: number): Window {
    const w = this.windows.get(key) ?? { hits: [] };
    w.hits = w.hits.filter((t) => now - t < this.windowMs);
    this.windows.set(key, w);
    return w;
  }

  blocked(key: string, now = Date.now()): boolean {
    return this.live(key, now).hits.length >= this.limit;
  }

  hit(key: string, now = Date.now()): void {
    this.live(key, now).hits.push(now);
    if (this.windows.size > 10_000) this.prune(now);
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private prune(now: number) {
    for (const [k, w] of this.windows) if (w.hits.every((t) => now - t >= this.windowMs)) this.windows.delete(k);
  }
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;
const holder = globalThis as unknown as { __nianbaoLimits?: { user: RateLimiter; ip: RateLimiter } };
/** 5 failed passwords per username, 30 attempts per IP, per 15 minutes (override for load tests). */
export function loginLimits() {
  holder.__nianbaoLimits ??= {
    user: new RateLimiter(env().NIANBAO_LOGIN_LIMIT_USER, FIFTEEN_MINUTES),
    ip: new RateLimiter(env().NIANBAO_LOGIN_LIMIT_IP, FIFTEEN_MINUTES),
  };
  return holder.__nianbaoLimits;
}
