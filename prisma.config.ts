import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createShadowAwareAdapter } from "./lib/server/migration-adapter";

// Prisma 6.19 with the bundled WebAssembly schema engine ("js" engine): migrations run offline.
// See docs/decisions/001-prisma-6-offline.md.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  experimental: { adapter: true },
  engine: "js",
  adapter: () => Promise.resolve(createShadowAwareAdapter(process.env.DATABASE_URL ?? "")),
});
