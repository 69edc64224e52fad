// The scaled-out shape in docker-compose.yml, checked by parsing it (no Docker engine here; where
// `docker compose` exists, CI can also run `docker compose --profile replicas config`).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { authSecretProblem } from "../../lib/auth/secret";

type Service = {
  image?: string;
  build?: unknown;
  profiles?: string[];
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, unknown>;
  ports?: string[];
  volumes?: string[];
};
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const COMPOSE_TEXT = fs.readFileSync(path.join(ROOT, "docker-compose.yml"), "utf8");
const compose = parse(COMPOSE_TEXT, { merge: true }) as {
  services: Record<string, Service> & Record<string, Service & { entrypoint?: string[] }>;
};
const services = compose.services;
const inProfile = Object.entries(services).filter(([, s]) => s.profiles?.includes("replicas"));

/** Names that carry secrets; their values must come from the environment (${VAR:?…}, or ${VAR:-} empty when the container checks). */
const SECRET = /SECRET|PASSWORD|ACCESS_KEY|_KEY_ID|ROOT_USER/;
const fromEnv = /^\$\{[A-Z0-9_]+(:\?[^}]*|:-)?\}$/;

describe("docker-compose.yml, profile replicas", () => {
  it("has two app replicas, one worker, Postgres 16, MinIO and a reverse proxy, all in the profile", () => {
    const names = inProfile.map(([n]) => n).sort();
    expect(names).toEqual(expect.arrayContaining(["web-1", "web-2", "worker", "postgres", "minio", "proxy"]));
    expect(services.postgres!.image).toBe("postgres:16");
    expect(services.minio!.image).toMatch(/^minio\/minio/);
    expect(services.proxy!.image).toMatch(/^caddy/);
    for (const web of ["web-1", "web-2"]) {
      expect(services[web]!.build).toBeTruthy();
      expect(services[web]!.environment?.NIANBAO_WORKER).toBe("off");
      expect(services[web]!.environment?.S3_ENDPOINT).toBe("http://minio:9000");
      expect(services[web]!.environment?.DATABASE_URL).toContain("@postgres:5432/");
    }
    expect(services.worker!.command?.at(-1)).toMatch(/exec npm run worker$/);
    expect(services.worker!.environment?.NIANBAO_WORKER).toBeUndefined();
    expect(Object.keys(services.proxy!.depends_on ?? {})).toEqual(expect.arrayContaining(["web-1", "web-2", "worker"]));
  });

  it("balances round robin over both replicas, without sticky sessions, checking /api/ready", () => {
    const mount = services.proxy!.volumes?.find((v) => v.includes("Caddyfile"));
    expect(mount).toBeTruthy();
    const caddyfile = fs.readFileSync(path.join(ROOT, mount!.split(":")[0]!), "utf8");
    expect(caddyfile).toMatch(/reverse_proxy\s+web-1:3000\s+web-2:3000/);
    expect(caddyfile).toMatch(/lb_policy\s+round_robin/);
    expect(caddyfile).not.toMatch(/lb_policy\s+(cookie|ip_hash|client_ip_hash|header)/);
    expect(caddyfile).toMatch(/health_uri\s+\/api\/ready/);
  });

  it("writes no secret into the file: every secret of the profile comes from the environment", () => {
    const offenders: string[] = [];
    for (const [name, s] of inProfile) {
      for (const [key, value] of Object.entries(s.environment ?? {})) {
        if (SECRET.test(key) && !fromEnv.test(String(value))) offenders.push(`${name}.${key}=${value}`);
        // A connection string may name the password only as a variable.
        if (/:\/\/[^:/]+:[^@$]+@/.test(String(value))) offenders.push(`${name}.${key} has an inline password`);
      }
    }
    expect(offenders).toEqual([]);
    expect(services["web-1"]!.environment?.NEXTAUTH_SECRET).toMatch(/^\$\{NEXTAUTH_SECRET:\?/);
    // The shared-secret rule: every replica gets the same one from the environment, none generates its own.
    expect(services["web-1"]!.environment?.NEXTAUTH_SECRET).toBe(services["web-2"]!.environment?.NEXTAUTH_SECRET);
    expect(fs.readFileSync(path.join(ROOT, ".gitignore"), "utf8")).toMatch(/^deploy\/replicas\.env$/m);
  });
});

/**
 * Compose's interpolation (compose-spec "Interpolation"): $$ is a literal $, ${VAR:?err} and
 * ${VAR?err} refuse when VAR is unset (":" also when empty), ${VAR:-d}/${VAR-d} default. Compose
 * applies it to the WHOLE file before choosing the active profiles' services, so one refusal
 * anywhere stops every `docker compose up` (docker/compose#11977).
 */
function interpolate(value: unknown, env: Record<string, string>, errors: string[]): void {
  if (typeof value === "string") {
    const text = value.replace(/\$\$/g, "");
    for (const m of text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([?-])([^}]*))?\}/g)) {
      const [, name, colon, op] = m;
      const v = env[name!];
      const absent = v === undefined || (colon === ":" && v === "");
      if (op === "?" && absent) errors.push(name!);
    }
  } else if (Array.isArray(value)) {
    for (const v of value) interpolate(v, env, errors);
  } else if (value && typeof value === "object") {
    for (const v of Object.values(value)) interpolate(v, env, errors);
  }
}
const refusals = (env: Record<string, string>) => {
  const errors: string[] = [];
  interpolate(parse(COMPOSE_TEXT), env, errors); // without merging: the anchors' own text is interpolated too
  return [...new Set(errors)].sort();
};

/** The variables the file's header tells a college to put in `.env` for the default `docker compose up`. */
const DOT_ENV = [...COMPOSE_TEXT.matchAll(/^#\s+([A-Z_]+)=</gm)].map((m) => m[1]!);
const fill = (names: string[]) => Object.fromEntries(names.map((n) => [n, "x".repeat(40)]));

describe("docker-compose.yml, the default (production) shape", () => {
  it("the header's .env names every variable `docker compose up` requires, replicas' ones included", () => {
    expect(DOT_ENV.sort()).toEqual(["NEXTAUTH_SECRET", "NIANBAO_APP_PASSWORD", "POSTGRES_PASSWORD"]);
    expect(refusals(fill(DOT_ENV))).toEqual([]);
    // The check can fail: without the secret, compose refuses to start at all.
    expect(refusals(fill(DOT_ENV.filter((n) => n !== "NEXTAUTH_SECRET")))).toEqual(["NEXTAUTH_SECRET"]);
    expect(refusals({})).toEqual(["NEXTAUTH_SECRET", "NIANBAO_APP_PASSWORD", "POSTGRES_PASSWORD"]);
  });

  it("the replicas path interpolates with the example env file's variables alone", () => {
    const example = fs.readFileSync(path.join(ROOT, "deploy", "replicas.env.example"), "utf8");
    const names = [...example.matchAll(/^([A-Z_][A-Z0-9_]*)=/gm)].map((m) => m[1]!);
    expect(refusals(fill(names))).toEqual([]);
  });

  it("replicas-only keys are not required by interpolation; their containers refuse to start without them", () => {
    const profileOnly = ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"];
    expect(refusals(fill(DOT_ENV))).not.toEqual(expect.arrayContaining(profileOnly));
    const guarded = (cmd: string[] | undefined, vars: string[]) =>
      vars.every((v) => cmd?.join(" ").includes(`test -n "$$${v}"`)) && /exit 1/.test(cmd?.join(" ") ?? "");
    for (const name of ["web-1", "web-2", "worker"]) expect(guarded(services[name]!.command, profileOnly), name).toBe(true);
    expect(guarded(compose.services["minio-bucket"]!.entrypoint, profileOnly)).toBe(true);
    expect(guarded(compose.services.minio!.entrypoint, ["MINIO_ROOT_USER", "MINIO_ROOT_PASSWORD"])).toBe(true);
  });

  it("loads no demo data and writes no secret; the app refuses a missing or short NEXTAUTH_SECRET", () => {
    const app = services.app!;
    expect(app.profiles).toBeUndefined();
    expect(app.environment?.NIANBAO_DEMO).toBeUndefined();
    expect(fs.readFileSync(path.join(ROOT, "Dockerfile"), "utf8")).not.toMatch(/NIANBAO_DEMO/);
    // An external database without NIANBAO_DEMO=1 starts empty, at /setup.
    expect(app.environment?.DATABASE_URL).toMatch(/^postgresql:\/\/[^:]+:\$\{NIANBAO_APP_PASSWORD:\?[^}]*\}@db:5432\//);
    expect(app.environment?.NEXTAUTH_SECRET).toMatch(/^\$\{NEXTAUTH_SECRET:\?[^}]*\}$/);
    expect(authSecretProblem(undefined)).toMatch(/未设置/);
    expect(authSecretProblem("a".repeat(31))).toMatch(/太短/);
    expect(authSecretProblem("Zq3".repeat(11))).toBeNull();
  });
});
