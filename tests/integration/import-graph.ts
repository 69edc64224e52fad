import fs from "node:fs";
import path from "node:path";
import { LAYERS } from "../../lib/layers";

/**
 * The import graph of the code under the layer table (lib/layers.ts): every static import, export-from
 * and dynamic import() of app/, components/, lib/ and scripts/ (tests and Prisma's generated client
 * left out), resolved to files, each file placed in its unit and layer.
 */
export const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCE = /\.(ts|tsx|mts|mjs)$/;
const SKIPPED = /\.test\.tsx?$|\.d\.mts$/;

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.name === "generated" || d.name === "node_modules") return [];
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return walk(full);
    return SOURCE.test(d.name) && !SKIPPED.test(d.name) ? [full] : [];
  });
}

function resolveSpecifier(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, `${base}.mjs`, path.join(base, "index.ts")])
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  return base;
}

export type Edge = { from: string; to: string };

/** Every import between two of our files, as paths relative to the repository. */
export function importEdges(): Edge[] {
  const files = ["app", "components", "lib", "scripts"].flatMap((d) => walk(path.join(ROOT, d)));
  return files.flatMap((file) => {
    const text = fs.readFileSync(file, "utf8");
    return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm)].flatMap((m) => {
      const target = resolveSpecifier(file, m[1]!);
      return target
        ? [{ from: path.relative(ROOT, file).split(path.sep).join("/"), to: path.relative(ROOT, target).split(path.sep).join("/") }]
        : [];
    });
  });
}

const UNITS = LAYERS.flatMap((layer, rank) => layer.units.map((unit) => ({ unit: unit, rank, layer: layer.name })));

/** The unit (longest listed prefix) and layer of a file; null when the table does not place it. */
export function placeOf(file: string): { unit: string; rank: number; layer: string } | null {
  const bare = file.replace(/\.(ts|tsx|mts|mjs)$/, "");
  const matches = UNITS.filter((u) => bare === u.unit || bare.startsWith(`${u.unit}/`));
  return matches.sort((a, b) => b.unit.length - a.unit.length)[0] ?? null;
}

/** Strongly connected groups of more than one node (Tarjan): each is an import loop. */
export function loops(edges: readonly [string, string][]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const [a, b] of edges) if (a !== b) (next.get(a) ?? next.set(a, new Set()).get(a)!).add(b);
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return found;
}
