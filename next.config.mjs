/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg loads optional native bindings dynamically; keep it out of the server bundle.
  serverExternalPackages: ["pg", "@electric-sql/pglite"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
