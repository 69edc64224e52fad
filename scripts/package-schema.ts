// npm run docs:package-schema — writes docs/package-schema.json from lib/package/schema.ts.
import fs from "node:fs";
import path from "node:path";
import { packageJsonSchemaText } from "../lib/package/json-schema";

const out = path.resolve(import.meta.dirname, "..", "docs", "package-schema.json");
fs.writeFileSync(out, packageJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
