import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { storageKeyError } from "./contract";
import { LocalStorage } from "./local";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-storage-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("LocalStorage", () => {
  const store = new LocalStorage(root);

  it("puts, reads, checks and deletes a file", async () => {
    const key = "reports/2022/edition-1.pdf";
    expect(await store.exists(key)).toBe(false);
    expect(await store.getFile(key)).toBeNull();
    await store.putFile(key, Buffer.from("%PDF-1.4 test"));
    expect(await store.exists(key)).toBe(true);
    expect((await store.getFile(key))?.toString()).toBe("%PDF-1.4 test");
    expect(fs.readdirSync(path.join(root, "reports", "2022"))).toEqual(["edition-1.pdf"]);
    await store.delete(key);
    expect(await store.exists(key)).toBe(false);
    await store.delete(key);
  });

  it("overwrites a file whole", async () => {
    await store.putFile("a/b.txt", Buffer.from("first, longer content"));
    await store.putFile("a/b.txt", Buffer.from("second"));
    expect((await store.getFile("a/b.txt"))?.toString()).toBe("second");
  });

  it("refuses keys that could leave the folder", async () => {
    for (const key of ["../x", "/etc/passwd", "a/../../x", "a//b", "a\\b", "", "./a"]) {
      expect(storageKeyError(key), key).not.toBeNull();
      await expect(store.putFile(key, Buffer.from("x")), key).rejects.toThrow(/invalid storage key/);
    }
    expect(storageKeyError("reports/2022/edition-1.pdf")).toBeNull();
  });

  it("lists every stored key (backups), without half-written temporaries", async () => {
    const fresh = new LocalStorage(`${store.root}-list`);
    expect(await fresh.list()).toEqual([]);
    await fresh.putFile("reports/2022/a.pdf", Buffer.from("a"));
    await fresh.putFile("files/x/y.png", Buffer.from("b"));
    const fsp = await import("node:fs/promises");
    await fsp.writeFile(`${fresh.root}/files/x/y.png.123.tmp`, "half");
    expect(await fresh.list()).toEqual(["files/x/y.png", "reports/2022/a.pdf"]);
    await fsp.rm(fresh.root, { recursive: true, force: true });
  });
});
