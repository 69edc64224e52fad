import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RECORD_KINDS } from "../../records/kinds";
import { BLOCK_LABELS, ORDERABLE_TABLES } from "./block-options";
import { BLOCK_NAMES, blockDecl, REPORT_BLOCKS } from "./tables";

describe("report blocks declared once", () => {
  it("derives the editor's labels and the orderable tables from the declaration", () => {
    expect(Object.keys(BLOCK_LABELS)).toEqual(BLOCK_NAMES);
    expect(BLOCK_LABELS["table:employment"]).toBe(REPORT_BLOCKS["table:employment"].label);
    expect(ORDERABLE_TABLES["table:employment"]).toMatchObject({ model: "employmentStat", name: "majorName" });
    // A table fed by enterprises' reports has no record kind to order by.
    expect(ORDERABLE_TABLES["table:partner-enterprises"]).toBeUndefined();
    expect(blockDecl("table:unknown")).toBeUndefined();
  });

  it("names only record kinds that exist, and a label once", () => {
    const models = new Set(RECORD_KINDS.map((k) => k.model));
    for (const name of BLOCK_NAMES) {
      const model = blockDecl(name)?.model;
      if (model) expect(models.has(model), name).toBe(true);
    }
    expect(new Set(Object.values(BLOCK_LABELS)).size).toBe(BLOCK_NAMES.length);
  });

  it("knows every block the shipped rule packs name", () => {
    const dir = path.resolve(import.meta.dirname, "../../../rule-packs");
    for (const file of fs.readdirSync(dir)) {
      const named = [...fs.readFileSync(path.join(dir, file), "utf8").matchAll(/"((?:table|chart|list|province):[a-z-]+)"/g)].map(
        (m) => m[1]!,
      );
      expect(named.length, file).toBeGreaterThan(0);
      for (const n of named) expect(BLOCK_NAMES, `${file}: ${n}`).toContain(n);
    }
  });
});
