import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

describe("RateLimiter", () => {
  it("blocks after the limit within the window and frees the key after it", () => {
    const limiter = new RateLimiter(3, 1000);
    for (let i = 0; i < 3; i++) {
      expect(limiter.blocked("u", i)).toBe(false);
      limiter.hit("u", i);
    }
    expect(limiter.blocked("u", 10)).toBe(true);
    expect(limiter.blocked("other", 10)).toBe(false);
    expect(limiter.blocked("u", 1001)).toBe(false);
  });
  it("reset clears a key", () => {
    const limiter = new RateLimiter(1, 1000);
    limiter.hit("u", 0);
    expect(limiter.blocked("u", 1)).toBe(true);
    limiter.reset("u");
    expect(limiter.blocked("u", 1)).toBe(false);
  });
});
