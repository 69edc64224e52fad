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
  experimental: { serverActions: { bodySizeLimit: "12mb" }, proxyClientMaxBodySize: "12mb" },
};

export default nextConfig;
