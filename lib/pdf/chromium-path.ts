import fs from "node:fs";

/**
 * Which Chromium prints PDFs and runs the browser tests: CHROMIUM_PATH, else the first installed
 * of these. Debian's headless shell (package chromium-headless-shell) prints the same
 * pages as the full browser with about a quarter less work and no desktop; /usr/bin/chromium is
 * a script that adds a desktop's flags, so the binary it wraps comes before it.
 */
export const CHROMIUM_CANDIDATES = [
  "/usr/lib/chromium/chromium-headless-shell",
  "/usr/lib/chromium/chromium",
  "/usr/bin/chromium",
] as const;

/** The first of CHROMIUM_CANDIDATES that is installed (also the browser of the Playwright tests). */
export function installedChromium(): string | undefined {
  return CHROMIUM_CANDIDATES.find((p) => {
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
