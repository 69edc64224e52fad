import fs from "node:fs";
import { chromiumPath } from "../../lib/pdf/chromium";

/**
 * Why the tests that print with Chromium cannot run here, or undefined when they can. They skip
 * with this reason instead of failing on a machine without a browser (CI installs one).
 */
export function chromiumSkipReason(): string | undefined {
  const executable = chromiumPath();
  try {
    fs.accessSync(executable, fs.constants.X_OK);
    return undefined;
  } catch {
    return `Chromium not found at ${executable}: apt-get install chromium, or set CHROMIUM_PATH`;
  }
}
