import { z } from "zod";

/** Environment variables, validated once; the one place the app reads them. */
const ZEnv = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required (npm start sets it for the embedded database)"),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().optional(),
  NIANBAO_EMBEDDED: z.enum(["0", "1"]).optional(),
  NIANBAO_DEMO: z.enum(["0", "1"]).optional(),
  NEXTAUTH_SECRET: z.string().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;
export function env(): TEnv {
  cached ??= ZEnv.parse(process.env);
  return cached;
}
