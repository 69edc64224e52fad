import fs from "node:fs";
import path from "node:path";

/**
 * Fonts for print: Noto Serif SC (body) and Noto Sans SC (headings) from @fontsource, weights
 * 400 and 700. They are TrueType outlines split into unicode-range subsets; Chromium embeds them
 * as CID TrueType subsets with a correct text mapping. (Debian's fonts-noto-cjk are CFF and come
 * out as Type 3 fonts whose text maps 28 common characters to Kangxi radicals; a weight that is
 * not loaded is faked and also comes out as Type 3.)
 */
export const FONT_PACKAGES = ["noto-serif-sc", "noto-sans-sc"] as const;
export const FONT_WEIGHTS = [400, 700] as const;
export type FontPackage = (typeof FONT_PACKAGES)[number];

export const SERIF = `"Noto Serif SC"`;
export const SANS = `"Noto Sans SC"`;

function fontsourceDir(pkg: FontPackage): string {
  // Read at run time from node_modules: without the ignore, the build traces all 14,000 font files.
  return path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "@fontsource", pkg);
}

/** The @font-face rules of both families and weights, with file URLs under `baseUrl` + "<package>/<file>". */
export function fontFaceCss(baseUrl: string): string {
  const out: string[] = [];
  for (const pkg of FONT_PACKAGES) {
    for (const weight of FONT_WEIGHTS) {
      const css = fs.readFileSync(path.join(fontsourceDir(pkg), `${weight}.css`), "utf8");
      out.push(css.replace(/url\(\.\/files\//g, `url(${baseUrl}${pkg}/`));
    }
  }
  return out.join("\n");
}

/** The file behind a font URL path "<package>/<file>", or null for anything else. */
export function fontFilePath(rest: string): string | null {
  const m = /^(noto-serif-sc|noto-sans-sc)\/(noto-(?:serif|sans)-sc-[\w-]+\.woff2?)$/.exec(rest);
  if (!m) return null;
  return path.join(fontsourceDir(m[1] as FontPackage), "files", m[2]!); // both groups are required by the pattern
}
