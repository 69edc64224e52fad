// `npm run report:pdf -- --year 2022 --out report-2022.pdf`: the PDF of a year's report.
// Prints the latest published edition (or --edition N); a year with no edition yet is printed from
// its approved records. Uses DATABASE_URL, or the embedded database under ./.data, prepared the
// way `npm start` prepares it (migrations, the demo data on first start), so it works on a fresh clone.
// The web server's background job runs this same script with --document (no database needed).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CHROMIUM_INSTALL_HINT, ChromiumError, chromiumPath } from "../lib/pdf/chromium";
import { renderReportPdf } from "../lib/pdf/render";
import { EXIT_CHROMIUM_MISSING } from "../lib/pdf/spawn";
import type { ReportDocument } from "../lib/report/model/document";
import { loadReportForExport, parseYearArg } from "./report-source";

const USAGE = `用法（usage）: npm run report:pdf -- --year 2022 [--edition N] [--out report-2022.pdf]
  --year N        报告年度（report year）
  --edition N     已发布的第N版（a published edition; default: the latest）
  --out FILE      输出文件（output file; default: report-<year>.pdf）`;

async function main() {
  const { values } = parseArgs({
    options: {
      year: { type: "string" },
      edition: { type: "string" },
      out: { type: "string" },
      document: { type: "string" },
      version: { type: "string" },
      "published-at": { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help || (!values.year && !values.document)) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 1);
  }
  const fromJob = Boolean(values.document);
  let doc: ReportDocument;
  let meta: { version?: number; publishedAt?: Date | string | null };
  if (values.document) {
    doc = JSON.parse(fs.readFileSync(values.document, "utf8")) as ReportDocument;
    meta = { version: values.version ? Number(values.version) : undefined, publishedAt: values["published-at"] ?? null };
  } else {
    const year = parseYearArg(values.year);
    const loaded = await loadReportForExport(year, values.edition ? Number(values.edition) : undefined);
    doc = loaded.doc;
    meta = loaded.meta;
    console.log(`[nianbao] ${year}年度报告 ${loaded.label}`);
  }
  const out = path.resolve(values.out ?? `report-${doc.year}.pdf`);
  const result = await renderReportPdf(doc, meta);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, result.pdf);
  if (fromJob) console.log(JSON.stringify({ pages: result.pages, ms: result.ms, passes: result.passes }));
  else console.log(`[nianbao] ${out}：${result.pages}页（pages），${(result.ms / 1000).toFixed(1)} s`);
}

main()
  .then(() => process.exit(0))
  .catch((err) => {
    if (err instanceof ChromiumError && err.reason === "missing") {
      console.error(`[nianbao] 找不到 Chromium（Chromium not found at ${chromiumPath()}）。\n${CHROMIUM_INSTALL_HINT}`);
      process.exit(EXIT_CHROMIUM_MISSING);
    }
    console.error("[nianbao] PDF生成失败（PDF export failed）:", err instanceof Error ? err.message : err);
    process.exit(1);
  });
