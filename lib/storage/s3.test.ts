import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3Storage, s3SettingsFromEnv } from "./s3";

/** Against a real S3 protocol server on loopback (s3rver), not a mock of the SDK. */
describe("S3Storage", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-s3-"));
  let server: S3rver;
  let store: S3Storage;

  beforeAll(async () => {
    server = new S3rver({
      port: 0,
      address: "127.0.0.1",
      silent: true,
      directory: dir,
      configureBuckets: [{ name: "evidence", configs: [] }],
    });
    const { port } = await server.run();
    store = new S3Storage({
      bucket: "evidence",
      region: "us-east-1",
      endpoint: `http://127.0.0.1:${port}`,
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
      prefix: "nianbao/",
    });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("puts, reads, checks and deletes an object", async () => {
    const key = "uploads/ab/abc/original.png";
    expect(await store.exists(key)).toBe(false);
    expect(await store.getFile(key)).toBeNull();
    await store.putFile(key, Buffer.from("png bytes"), { contentType: "image/png" });
    expect(await store.exists(key)).toBe(true);
    expect((await store.getFile(key))?.toString()).toBe("png bytes");
    await store.delete(key);
    expect(await store.exists(key)).toBe(false);
  });

  it("refuses keys that could escape the prefix", async () => {
    await expect(store.putFile("../x", Buffer.from("x"))).rejects.toThrow(/invalid storage key/);
  });

  it("is chosen only when S3_BUCKET is set", () => {
    expect(s3SettingsFromEnv({})).toBeNull();
    expect(s3SettingsFromEnv({ S3_BUCKET: "b", S3_ENDPOINT: "http://minio:9000" })).toMatchObject({
      bucket: "b",
      endpoint: "http://minio:9000",
    });
  });

  it("lists the keys under its prefix (backups)", async () => {
    await store.putFile("list/a.txt", Buffer.from("a"));
    await store.putFile("list/b/c.txt", Buffer.from("c"));
    const keys = await store.list();
    expect(keys).toEqual(expect.arrayContaining(["list/a.txt", "list/b/c.txt"]));
    expect(keys.every((k) => !k.startsWith("/"))).toBe(true);
  });
});
