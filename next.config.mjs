import { EVERY_ROUTE, FILE_CSP } from "./lib/http/security-headers.mjs";

/**
 * Security headers for every route (docs/security.md). App pages need 'unsafe-inline' scripts:
 * Next's App Router writes its bootstrap inline, and a per-request nonce would make every page
 * dynamic. The public report (/reports/{year}) and evidence files (/files/…) are served by route
 * handler with its own, stricter policy, so APP_CSP leaves it out: Next does not let a handler's
 * header replace one set here. Evidence files (/files/…) get FILE_CSP here, for errors too. HSTS depends on the runtime URL: proxy.ts adds it.
 */
const dev = process.env.NODE_ENV !== "production";
const APP_CSP = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg loads optional native bindings dynamically; keep it out of the server bundle.
  serverExternalPackages: ["pg", "@electric-sql/pglite"],
  poweredByHeader: false,
  // Lets parallel test runs (and developers) build into separate folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm test` type-checks once with tsc before the browser tests; their build skips it.
  typescript: { ignoreBuildErrors: process.env.NIANBAO_SKIP_TYPECHECK === "1" },
  typedRoutes: false,
  // Evidence uploads and spreadsheet imports go through server actions (limit checked again in lib/files).
  async headers() {
    return [
      { source: "/:path*", headers: EVERY_ROUTE },
      { source: "/((?!files/|reports/\\d+$).*)", headers: [{ key: "Content-Security-Policy", value: APP_CSP }] },
      // Evidence files: shown, never run (an uploaded PDF or image is rendered in a sandbox).
      { source: "/files/:path*", headers: [{ key: "Content-Security-Policy", value: FILE_CSP }] },
    ];
  },
  experimental: {
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "12mb",
    // Turbopack's build cache (on by default in Next 16.4) took 15 s to write after every build
    // here, and nothing reads it: `npm start` builds only when no build exists (a fresh clone)
    // and CI builds in a clean clone.
    turbopackFileSystemCacheForBuild: false,
  },
};

export default nextConfig;
