/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg loads optional native bindings dynamically; keep it out of the server bundle.
  serverExternalPackages: ["pg", "@electric-sql/pglite"],
  poweredByHeader: false,
  // Lets parallel test runs (and developers) build into separate folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
};

export default nextConfig;
