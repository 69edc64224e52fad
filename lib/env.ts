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

// ---- Scaling out (issue 14): replicas, workers, job leases. Parsed apart from the rest so the
// worker and the job code can read them without DATABASE_URL's other companions. ----
const ZScaleEnv = z.object({
  /** "off": this web instance never runs background jobs (nor Chromium); `npm run worker` does. */
  NIANBAO_WORKER: z.enum(["on", "off"]).default("on"),
  /** Jobs one worker process runs at the same time. */
  NIANBAO_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  /** A claimed job belongs to its worker this long without a heartbeat; then another takes it. */
  NIANBAO_JOB_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  /** How many app instances share this database (documentation for checks such as the session secret). */
  NIANBAO_INSTANCES: z.coerce.number().int().min(1).default(1),
});
export type TScaleEnv = z.infer<typeof ZScaleEnv>;

let cachedScale: TScaleEnv | undefined;
export function scaleEnv(): TScaleEnv {
  cachedScale ??= ZScaleEnv.parse(process.env);
  return cachedScale;
}
