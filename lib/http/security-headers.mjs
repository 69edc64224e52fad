// Security headers every response carries (docs/security.md). Plain JS so next.config.mjs can use
// them; scripts/serve.ts adds the same to the answers it gives before Next (the published report).
export const EVERY_ROUTE = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

/** For answers that are files, not pages (a PDF, a Word file): shown, never run, never framed. */
export const FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";

export const HSTS = "max-age=31536000; includeSubDomains";
