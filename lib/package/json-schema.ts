import { z } from "zod";
import { PACKAGE_VERSION, ZPackageManifest, ZPackageReport } from "./schema";

/**
 * docs/package-schema.json: the package's JSON Schema, generated from the zod schema
 * (scripts/package-schema.ts writes it; tests/integration/package-schema.test.ts fails when the
 * committed file is stale). report.json and manifest.json are its two definitions.
 */
export function packageJsonSchema(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  registry.add(ZPackageReport, { id: "report" });
  registry.add(ZPackageManifest, { id: "manifest" });
  const { schemas } = z.toJSONSchema(registry, { target: "draft-2020-12", unrepresentable: "any", uri: (id) => `#/$defs/${id}` });
  const strip = (s: unknown) => {
    const { $schema: _schema, $id: _id, ...rest } = s as Record<string, unknown>;
    return rest;
  };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `https://nianbao.example/schemas/package-v${PACKAGE_VERSION}.json`,
    title: "Nianbao submission package (报送包)",
    description:
      "A zip of report.json ($defs/report), report.pdf, report.docx, data.xlsx, partners/*.pdf, photos/* and manifest.json ($defs/manifest: every other file's path, size and SHA-256). Generated from lib/package/schema.ts; see docs/decisions/014-submission-package.md.",
    $defs: { report: strip(schemas.report), manifest: strip(schemas.manifest) },
  };
}

export const packageJsonSchemaText = () => `${JSON.stringify(packageJsonSchema(), null, 2)}\n`;
