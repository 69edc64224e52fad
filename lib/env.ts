import path from "node:path";
import { z } from "zod";
import { bi } from "./i18n/bilingual";

/**
 * Environment variables: the one place the app and its scripts read them, each validated, so a
 * typo stops `npm start` with a message naming the variable instead of quietly changing
 * behaviour (a non-numeric login limit used to turn the limiter off). An empty value counts as
 * unset, the way a blank `VAR=` line in a compose file or .env is meant.
 */

const whole = (min: number, max: number, what: { zh: string; en: string }) =>
  z
    .string()
    .regex(/^\d+$/, bi(`应为${what.zh}`, `must be ${what.en}`))
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, bi(`应为${what.zh}`, `must be ${what.en}`))
        .max(max, bi(`应为${what.zh}`, `must be ${what.en}`)),
    );

const positiveInt = whole(1, 1_000_000, { zh: "正整数", en: "a whole number ≥ 1" });
const port = whole(1, 65_535, { zh: "1–65535 之间的端口号", en: "a port number from 1 to 65535" });

const flag = z.enum(["0", "1", "true", "false"], bi("应为 1 或 0", "must be 1 or 0")).transform((v) => v === "1" || v === "true");

const url = (protocols: string[]) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    bi(`应为以 ${protocols.join(" 或 ")}// 开头的网址`, `must be a URL starting with ${protocols.join(" or ")}//`),
  );

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const ZEnv = z
  .object({
    NODE_ENV: z
      .enum(["development", "production", "test"], bi("应为 development、production 或 test", "must be development, production or test"))
      .default("development"),
    // Database
    DATABASE_URL: url(["postgresql:", "postgres:"]).optional(),
    DATABASE_POOL_MAX: positiveInt.optional(),
    NIANBAO_EMBEDDED: flag.default(false),
    NIANBAO_PG_PORT: port.optional(),
    // Unset: the embedded default loads the demo on its first start; 0: never (a real installation); 1: always.
    NIANBAO_DEMO: flag.optional(),
    /** 1: the demo turns on the department-head review step (its head-a / head-b accounts approve first). */
    NIANBAO_DEMO_DEPT_HEADS: flag.default(false),
    /** 1: the demo asks for the leader's sign-off before each publication (the seeded edition is signed off anyway). */
    NIANBAO_DEMO_LEADER_SIGNOFF: flag.default(false),
    /** The tables' owner: migrations run as it and grant the app's role only what it needs (docs/security.md). */
    NIANBAO_MIGRATION_URL: url(["postgresql:", "postgres:"]).optional(),
    NIANBAO_DATA_DIR: z.string().optional(),
    // Web server (npm start)
    PORT: port.default(3000),
    NIANBAO_REBUILD: flag.default(false),
    NEXT_DIST_DIR: z.string().default(".next"),
    // Sign-in
    NEXTAUTH_SECRET: z.string().optional(),
    NEXTAUTH_URL: url(["http:", "https:"]).optional(),
    OIDC_ISSUER: url(["http:", "https:"]).optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_NAME: z.string().default("统一身份认证"),
    /**
     * The first-run set-up token (lib/institution/setup-token.ts) chosen by the operator, for scripted
     * installs; unset: `npm start` prints a new one in its log while the installation is not set up.
     */
    NIANBAO_SETUP_TOKEN: z
      .string()
      .trim()
      .min(16, bi("至少16个字符（例如 openssl rand -base64 24 的输出）", "at least 16 characters (e.g. from openssl rand -base64 24)"))
      .optional(),
    NIANBAO_LOGIN_LIMIT_USER: positiveInt.default(5),
    NIANBAO_LOGIN_LIMIT_IP: positiveInt.default(50),
    /**
     * bcrypt's cost for passwords (lib/auth/password.ts). Lower it only on a machine that signs in
     * thousands of times for its tests: each step down halves the work of a sign-in.
     */
    NIANBAO_PASSWORD_COST: whole(6, 15, { zh: "6–15 之间的整数", en: "a whole number from 6 to 15" }).default(12),
    /** Comma-separated addresses/CIDRs of reverse proxies whose X-Forwarded-For is believed. */
    NIANBAO_TRUSTED_PROXIES: z.string().default(""),
    // Files
    NIANBAO_UPLOAD_MAX_MB: whole(1, 10_000, { zh: "1–10000 之间的整数（MB）", en: "a whole number of MB from 1 to 10000" }).default(10),
    S3_BUCKET: z.string().optional(),
    S3_ENDPOINT: url(["http:", "https:"]).optional(),
    S3_REGION: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_PREFIX: z.string().optional(),
    S3_FORCE_PATH_STYLE: flag.optional(),
    // PDF
    CHROMIUM_PATH: z.string().optional(),
    NIANBAO_CHROMIUM_EXTRA_ARGS: z
      .string()
      .default("")
      .transform((v) => v.split(" ").filter(Boolean)),
    NIANBAO_PDF_DEBUG: flag.default(false),
    // npm run user:create
    NIANBAO_PASSWORD: z.string().optional(),
    /** The college's time zone: every time shown to people (lib/time.ts). */
    NIANBAO_TIME_ZONE: z
      .string()
      .refine(validTimeZone, bi("应为 IANA 时区名，如 Asia/Shanghai", "must be an IANA time zone such as Asia/Shanghai"))
      .default("Asia/Shanghai"),
    // Notifications by mail (lib/notifications): smtp://user:pass@host:port or smtps://…; unset = no mail.
    SMTP_URL: url(["smtp:", "smtps:"]).optional(),
    SMTP_FROM: z.string().default("年报 Nianbao <nianbao@localhost>"),
    /** Days before a year's deadline when departments with unsubmitted work are reminded. */
    NIANBAO_REMIND_DAYS: whole(0, 365, { zh: "0–365 之间的整数", en: "a whole number from 0 to 365" }).default(3),
  })
  .superRefine((e, ctx) => {
    // Single sign-on needs all three; with only some of them it would be silently off.
    const oidc = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;
    if (oidc.some((k) => e[k]) && !oidc.every((k) => e[k])) {
      for (const k of oidc.filter((k) => !e[k])) {
        ctx.addIssue({
          code: "custom",
          path: [k],
          message: bi(
            "单点登录需要同时设置 OIDC_ISSUER、OIDC_CLIENT_ID 和 OIDC_CLIENT_SECRET",
            "single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together",
          ),
        });
      }
    }
  });

export type TEnv = z.infer<typeof ZEnv>;

/** Benchmark knobs (scripts/bench), apart from the app's own settings. */
const ZBenchEnv = z.object({
  BENCH_RUNS: positiveInt.default(3),
  BENCH_IMPORT_ROWS: positiveInt.default(10_000),
  BENCH_CONNECTIONS: positiveInt.default(20),
  BENCH_DURATION: positiveInt.default(20),
  BENCH_PATH: z.string().startsWith("/", bi("应以 / 开头", "must start with /")).default("/reports/2022"),
  BENCH_PORT: port.default(3201),
  BENCH_URL: url(["http:", "https:"]).optional(),
  BENCH_DEBUG: flag.default(false),
});

/** Values that would give away a credential are never repeated in an error message. */
const SECRET = /SECRET|PASSWORD|KEY|TOKEN|DATABASE_URL|SMTP_URL/;

/** A bad environment: every offending variable, what it holds and what it should hold. */
export class EnvError extends Error {
  constructor(readonly problems: { name: string; message: string }[]) {
    super([bi("环境变量有误", "invalid environment variables") + ":", ...problems.map((p) => `  ${p.name}: ${p.message}`)].join("\n"));
    this.name = "EnvError";
  }
}

type Source = Record<string, string | undefined>;

function parseWith<S extends z.ZodType>(schema: S, source: Source): z.infer<S> {
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  throw new EnvError(
    parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const value = present[name];
      const shown = value === undefined ? "" : SECRET.test(name) ? "=…" : `=${JSON.stringify(value)}`;
      return { name: `${name}${shown}`, message: issue.message };
    }),
  );
}

/** Parses and validates an environment (process.env by default); throws EnvError. */
export function parseEnv(source: Source = process.env): TEnv {
  return parseWith(ZEnv, source);
}

function cachedParse<S extends z.ZodObject>(schema: S) {
  const names = Object.keys(schema.shape);
  let cache: { key: string; value: z.infer<S> } | undefined;
  return (): z.infer<S> => {
    // Scripts set DATABASE_URL once the embedded database is up, and tests set their own data
    // folder, so the cache follows the environment instead of freezing its first state.
    const key = JSON.stringify(names.map((n) => process.env[n]));
    if (cache?.key !== key) cache = { key, value: parseWith(schema, process.env) };
    return cache.value;
  };
}

/** The validated environment of this process. */
export const env = cachedParse(ZEnv);

/** The validated benchmark settings. */
export const benchEnv = cachedParse(ZBenchEnv);

/** The folder of the embedded database, stored files and temporary uploads. */
export function dataDir(): string {
  const configured = env().NIANBAO_DATA_DIR;
  // The ignore comments keep Turbopack from tracing the whole project into the build for a runtime path.
  return configured ? path.resolve(/* turbopackIgnore: true */ configured) : path.join(/* turbopackIgnore: true */ process.cwd(), ".data");
}

// ---- Scaling out (issue 14): replicas, workers, job leases. Parsed apart from the rest so the
// worker and the job code can read them without DATABASE_URL's other companions. ----
const ZScaleEnv = z.object({
  /** "off": this web instance never runs background jobs (nor Chromium); `npm run worker` does. */
  NIANBAO_WORKER: z.enum(["on", "off"]).default("on"),
  /** "off": the worker never enqueues the daily run itself (browser tests, which start it when they need it). */
  NIANBAO_SCHEDULE: z.enum(["on", "off"]).default("on"),
  /** Jobs one worker process runs at the same time. */
  NIANBAO_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  /** A claimed job belongs to its worker this long without a heartbeat; then another takes it. */
  NIANBAO_JOB_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  /** How many app instances share this database (documentation for checks such as the session secret). */
  NIANBAO_INSTANCES: z.coerce.number().int().min(1).default(1),
  /** How long SIGTERM waits for requests (and a worker's jobs) in flight. */
  NIANBAO_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(20_000),
  /** How often an idle `npm run worker` looks for jobs. */
  NIANBAO_WORKER_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  /** JSON log level, and `1` to log every request (otherwise failed and slow ones). */
  NIANBAO_LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  NIANBAO_ACCESS_LOG: z.enum(["0", "1"]).default("0"),
  /** The `service` field of every log line (e.g. web or worker). */
  NIANBAO_SERVICE: z.string().default("nianbao"),
  /** The address the web server listens on. */
  HOSTNAME_BIND: z.string().default("0.0.0.0"),
  /** Set by scripts/serve.ts from the build: part of every report ETag, so a deploy never gets a stale 304. */
  NIANBAO_BUILD_ID: z.string().optional(),
});
export type TScaleEnv = z.infer<typeof ZScaleEnv>;

/** Replicas, workers and operations (docs/deploy.md); a bad value is refused like any other. */
export const scaleEnv: () => TScaleEnv = cachedParse(ZScaleEnv);
