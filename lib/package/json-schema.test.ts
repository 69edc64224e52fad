// docs/package-schema.json is generated from the zod schema: a change to lib/package/schema.ts
// without `npm run docs:package-schema` fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { packageJsonSchema, packageJsonSchemaText } from "./json-schema";

const FILE = path.resolve(import.meta.dirname, "..", "..", "docs", "package-schema.json");

describe("docs/package-schema.json", () => {
  it("is what the zod schema generates (run npm run docs:package-schema after changing lib/package/schema.ts)", () => {
    expect(fs.readFileSync(FILE, "utf8")).toBe(packageJsonSchemaText());
  });

  it("describes report.json and manifest.json, with the fields a province reads", () => {
    const schema = packageJsonSchema() as { $defs: Record<string, { properties: Record<string, unknown> }> };
    expect(Object.keys(schema.$defs)).toEqual(["report", "manifest"]);
    const report = JSON.stringify(schema.$defs.report);
    for (const field of ["college", "indicatorTables", "numerator", "denominator", "basis", "cases", "photos", "signoff"])
      expect(report).toContain(`"${field}"`);
    expect(JSON.stringify(schema.$defs.manifest)).toContain('"sha256"');
  });
});
