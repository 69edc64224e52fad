// The scaled-out shape in docker-compose.yml, checked by parsing it (no Docker engine here; where
// `docker compose` exists, CI can also run `docker compose --profile replicas config`).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

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
const compose = parse(fs.readFileSync(path.join(ROOT, "docker-compose.yml"), "utf8"), { merge: true }) as {
  services: Record<string, Service>;
};
const services = compose.services;
const inProfile = Object.entries(services).filter(([, s]) => s.profiles?.includes("replicas"));

/** Names that carry secrets; their values must come from the environment (${VAR:?…}). */
const SECRET = /SECRET|PASSWORD|ACCESS_KEY|_KEY_ID|ROOT_USER/;
const fromEnv = /^\$\{[A-Z0-9_]+(:\?[^}]*)?\}$/;

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
    expect(services.worker!.command).toEqual(["npm", "run", "worker"]);
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
