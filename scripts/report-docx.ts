// `npm run report:docx -- --year 2022 --out report-2022.docx`: the Word document of a year's report
// (the latest published edition, or --edition N; a year with no edition yet is built from its
// approved records). Uses DATABASE_URL, or the embedded database under ./.data. Photos are read
// from the configured file storage (NIANBAO_DATA_DIR or S3), as the web server reads them.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { renderReportDocx } from "../lib/docx/render";
import { loadReportForExport, parseYearArg } from "./report-source";

const USAGE = `用法（usage）: npm run report:docx -- --year 2022 [--edition N] [--out report-2022.docx]
  --year N        报告年度（report year）
  --edition N     已发布的第N版（a published edition; default: the latest）
  --out FILE      输出文件（output file; default: report-<year>.docx）`;

async function main() {
  const { values } = parseArgs({
    options: { year: { type: "string" }, edition: { type: "string" }, out: { type: "string" }, help: { type: "boolean" } },
  });
  if (values.help || !values.year) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 1);
  }
  const year = parseYearArg(values.year);
  const loaded = await loadReportForExport(year, values.edition ? Number(values.edition) : undefined);
  console.log(`[nianbao] ${year}年度报告 ${loaded.label}`);
  const started = Date.now();
  const docx = await renderReportDocx(loaded.doc, loaded.meta);
  const out = path.resolve(values.out ?? `report-${year}.docx`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, docx);
  console.log(`[nianbao] ${out}：${(docx.byteLength / 1024).toFixed(0)} KB，${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main()
  .then(() => process.exit(0))
  .catch((err) => {
    console.error("[nianbao] Word导出失败（Word export failed）:", err instanceof Error ? err.message : err);
    process.exit(1);
  });
