import { afterEach, describe, expect, it } from "vitest";
import { EnvError, env, parseEnv } from "./env";

function problems(source: Record<string, string>): string {
  try {
    parseEnv(source);
  } catch (err) {
    expect(err).toBeInstanceOf(EnvError);
    return (err as EnvError).message;
  }
  throw new Error(`accepted ${JSON.stringify(source)}`);
}

describe("the environment", () => {
  it("gives numbers, flags and defaults their types", () => {
    const e = parseEnv({
      NIANBAO_LOGIN_LIMIT_USER: "7",
      PORT: "3123",
      NIANBAO_DEMO: "1",
      DATABASE_POOL_MAX: "2",
      NIANBAO_CHROMIUM_EXTRA_ARGS: " --a  --b ",
    });
    expect(e).toMatchObject({
      NIANBAO_LOGIN_LIMIT_USER: 7,
      NIANBAO_LOGIN_LIMIT_IP: 50,
      PORT: 3123,
      NIANBAO_DEMO: true,
      NIANBAO_EMBEDDED: false,
      DATABASE_POOL_MAX: 2,
      NIANBAO_UPLOAD_MAX_MB: 10,
    });
    expect(e.NIANBAO_CHROMIUM_EXTRA_ARGS).toEqual(["--a", "--b"]);
    expect(parseEnv({}).DATABASE_URL).toBeUndefined();
  });

  it("treats an empty value as unset", () => {
    const e = parseEnv({ NIANBAO_LOGIN_LIMIT_USER: "", DATABASE_URL: " " });
    expect(e.NIANBAO_LOGIN_LIMIT_USER).toBe(5);
    expect(e.DATABASE_URL).toBeUndefined();
  });

  it("refuses a login limit that is not a whole number, naming it and what it must be, in Chinese and English", () => {
    const message = problems({ NIANBAO_LOGIN_LIMIT_USER: "five" });
    expect(message).toContain('NIANBAO_LOGIN_LIMIT_USER="five"');
    expect(message).toContain("应为正整数");
    expect(message).toContain("must be a whole number ≥ 1");
    for (const bad of ["0", "-3", "2.5", "1e3"]) expect(problems({ NIANBAO_LOGIN_LIMIT_IP: bad })).toContain("NIANBAO_LOGIN_LIMIT_IP");
  });

  it("refuses bad ports, flags, pool sizes, upload limits and URLs, listing every problem at once", () => {
    const message = problems({
      PORT: "70000",
      NIANBAO_PG_PORT: "x",
      NIANBAO_DEMO: "yes",
      DATABASE_POOL_MAX: "0",
      NIANBAO_UPLOAD_MAX_MB: "ten",
      NEXTAUTH_URL: "localhost:3000",
      S3_ENDPOINT: "minio:9000",
      NODE_ENV: "prod",
    });
    for (const name of [
      "PORT",
      "NIANBAO_PG_PORT",
      "NIANBAO_DEMO",
      "DATABASE_POOL_MAX",
      "NIANBAO_UPLOAD_MAX_MB",
      "NEXTAUTH_URL",
      "S3_ENDPOINT",
      "NODE_ENV",
    ]) {
      expect(message).toMatch(new RegExp(`^  ${name}=`, "m"));
    }
    expect(message).toContain("应为 1 或 0（must be 1 or 0）");
    expect(message).toContain("must be a URL starting with http: or https://");
  });

  it("wants a postgres URL and never repeats a credential in its message", () => {
    const message = problems({ DATABASE_URL: "mysql://root:hunter2@db/x" });
    expect(message).toContain("DATABASE_URL=…");
    expect(message).toContain("must be a URL starting with postgresql: or postgres:");
    expect(message).not.toContain("hunter2");
    expect(parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/test" }).DATABASE_URL).toBe(
      "postgresql://postgres@127.0.0.1:5432/test",
    );
  });

  it("wants single sign-on configured completely or not at all", () => {
    const message = problems({ OIDC_ISSUER: "https://idp.example.edu.cn", OIDC_CLIENT_ID: "nianbao" });
    expect(message).toContain("OIDC_CLIENT_SECRET");
    expect(message).toContain("single sign-on needs");
    expect(parseEnv({ OIDC_ISSUER: "https://idp.example.edu.cn", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b" }).OIDC_NAME).toBe(
      "统一身份认证",
    );
  });

  describe("env()", () => {
    const saved = process.env.NIANBAO_LOGIN_LIMIT_USER;
    afterEach(() => {
      if (saved === undefined) delete process.env.NIANBAO_LOGIN_LIMIT_USER;
      else process.env.NIANBAO_LOGIN_LIMIT_USER = saved;
    });

    it("follows changes to process.env and throws on a bad value", () => {
      process.env.NIANBAO_LOGIN_LIMIT_USER = "9";
      expect(env().NIANBAO_LOGIN_LIMIT_USER).toBe(9);
      process.env.NIANBAO_LOGIN_LIMIT_USER = "nine";
      expect(() => env()).toThrow(EnvError);
    });
  });
});
