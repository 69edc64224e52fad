import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { env } from "../env";
import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";
import { CHROMIUM_CANDIDATES, installedChromium } from "./chromium-path";

/**
 * Headless Chromium for PDF printing (lib/pdf/chromium-path.ts picks which), one at a time per
 * process. The flags keep it off the (closed) network and make it run as root.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--font-render-hinting=none",
];

export const CHROMIUM_INSTALL_HINT = [
  "安装 Chromium（install Chromium）:",
  "  Debian/Ubuntu: sudo apt-get install -y chromium-headless-shell   (or chromium; Ubuntu: chromium-browser or the snap)",
  "  或设置 CHROMIUM_PATH 指向已安装的 Chromium/Chrome（or set CHROMIUM_PATH to an installed Chromium/Chrome）",
].join("\n");

export function chromiumPath(): string {
  return env().CHROMIUM_PATH ?? installedChromium() ?? CHROMIUM_CANDIDATES.at(-1)!;
}

/** Chromium is not installed, could not start, or crashed while printing. */
export class ChromiumError extends AppError {
  constructor(
    readonly reason: "missing" | "failed",
    detail: string,
  ) {
    super(
      "INTERNAL",
      reason === "missing"
        ? bi(
            `服务器未安装 Chromium（${detail}），暂时无法生成PDF`,
            `Chromium is not installed (${detail}); the PDF cannot be generated now`,
          )
        : bi("PDF生成失败（Chromium 异常退出），请稍后重试", `PDF generation failed (Chromium: ${detail}); please try again later`),
    );
    this.name = "ChromiumError";
  }
}

export function assertChromiumInstalled(executable = chromiumPath()): void {
  try {
    fs.accessSync(executable, fs.constants.X_OK);
  } catch {
    throw new ChromiumError("missing", executable);
  }
}

export async function launchChromium(): Promise<Browser> {
  const executable = chromiumPath();
  assertChromiumInstalled(executable);
  try {
    // An operator's extra flags, e.g. "--single-process" (fewer processes, less memory, unsupported by Chromium).
    const extra = env().NIANBAO_CHROMIUM_EXTRA_ARGS;
    return await chromium.launch({ executablePath: executable, args: [...CHROMIUM_ARGS, ...extra], timeout: 60_000 });
  } catch (err) {
    throw new ChromiumError("failed", err instanceof Error ? (err.message.split("\n")[0] ?? "") : String(err));
  }
}

let tail: Promise<unknown> = Promise.resolve();

/**
 * Runs `fn` with a fresh browser, after any other print in this process has finished, and always
 * closes the browser (a crash or a timeout leaves no Chromium behind).
 */
export function withChromium<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
  const run = tail.then(async () => {
    const browser = await launchChromium();
    try {
      return await fn(browser);
    } catch (err) {
      if (err instanceof AppError) throw err;
      const message = err instanceof Error ? (err.message.split("\n")[0] ?? "") : String(err);
      throw new ChromiumError("failed", message);
    } finally {
      await browser.close().catch(() => undefined);
    }
  });
  tail = run.catch(() => undefined);
  return run;
}
