import { createHash } from "node:crypto";

/**
 * The secret that signs session cookies. Whoever knows it can forge a session for any user id,
 * so a short or published value is refused at start instead of being used.
 */
export const MIN_SECRET_LENGTH = 32;

/** SHA-256 of values that were published (in this repository or in next-auth examples). */
const PUBLISHED = new Set(
  [
    "change-me-to-a-long-random-string",
    "e2e-only-secret-not-for-production",
    "bench-only-secret",
    "secret",
    "changeme",
    "your-secret",
    "supersecret",
    "development-secret",
  ].map(sha256),
);

function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** Why this value must not sign sessions, in both languages, or null when it may. */
export function authSecretProblem(value: string | undefined): string | null {
  if (!value || !value.trim()) {
    return "NEXTAUTH_SECRET 未设置（NEXTAUTH_SECRET is not set）: 请设置至少32个字符的随机值，例如 `openssl rand -base64 32` (set a random value of at least 32 characters)";
  }
  if (PUBLISHED.has(sha256(value.trim()))) {
    return "NEXTAUTH_SECRET 是公开过的示例值（NEXTAUTH_SECRET is a published example value）: 请换成随机值，例如 `openssl rand -base64 32` (replace it with a random value)";
  }
  if (value.trim().length < MIN_SECRET_LENGTH) {
    return `NEXTAUTH_SECRET 太短（NEXTAUTH_SECRET is too short）: 至少 ${MIN_SECRET_LENGTH} 个字符 (at least ${MIN_SECRET_LENGTH} characters), 例如 \`openssl rand -base64 32\``;
  }
  return null;
}

/** The secret for next-auth; in production a refused value stops every request instead of signing with it. */
export function authSecret(): string | undefined {
  const value = process.env.NEXTAUTH_SECRET;
  // `next build` evaluates route modules without the runtime's environment; the check is for serving.
  if (process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
    const problem = authSecretProblem(value);
    if (problem) throw new Error(problem);
  }
  return value;
}
