import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ReportDocument } from "../report/model/document";
import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";

/**
 * Runs the print in a child process (scripts/report-pdf.ts --document …): Chromium and pdf.js
 * never load into the web server, a crash or a runaway print cannot take the portal down, and
 * the memory is returned when the child exits. The child needs no database: it gets the document.
 */
const ROOT = process.cwd();
const TIMEOUT_MS = 5 * 60_000;

export type ChildResult = { pdf: Buffer; pages: number; ms: number };

/** The child's exit code when Chromium is missing (scripts/report-pdf.ts). */
export const EXIT_CHROMIUM_MISSING = 3;

export async function renderInChildProcess(
  doc: ReportDocument,
  meta: { version?: number; publishedAt?: Date | string | null } = {},
): Promise<ChildResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "nianbao-pdf-"));
  const input = path.join(dir, `${randomUUID()}.json`);
  const output = path.join(dir, "report.pdf");
  try {
    await fs.writeFile(input, JSON.stringify(doc));
    const args = [
      path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
      path.join(ROOT, "scripts", "report-pdf.ts"),
      "--document",
      input,
      "--out",
      output,
    ];
    if (meta.version) args.push("--version", String(meta.version));
    if (meta.publishedAt) args.push("--published-at", new Date(meta.publishedAt).toISOString());
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: ROOT, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => {
        stdout += d;
      });
      child.stderr.on("data", (d) => {
        stderr = (stderr + d).slice(-4000);
      });
      const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
      child.once("error", (err) => {
        clearTimeout(timer);
        reject(err);
      });
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        resolve({ code: signal ? -1 : code, stdout, stderr });
      });
    });
    if (code === EXIT_CHROMIUM_MISSING) {
      throw new AppError(
        "INTERNAL",
        bi("服务器未安装 Chromium，暂时无法生成PDF", "Chromium is not installed on the server; the PDF cannot be generated now"),
      );
    }
    if (code !== 0) {
      const detail = stderr.trim().split("\n").slice(-3).join(" | ") || `exit code ${code}`;
      throw new AppError("INTERNAL", bi("PDF生成失败，请稍后重试", `PDF generation failed: ${detail}`));
    }
    const summary = JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as { pages?: number; ms?: number };
    return { pdf: await fs.readFile(output), pages: summary.pages ?? 0, ms: summary.ms ?? 0 };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
