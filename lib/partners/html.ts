import { escapeHtml as e } from "../text";
import { money as amount } from "../decimal";
import { investmentOf } from "./totals";

/**
 * A partner report as one standalone, print-ready HTML page (A4, the print fonts): what the PDF
 * is printed from. The web page renders the same content with React (components/partners).
 */
export type PrintablePartnerReport = {
  year: number;
  enterprise: { name: string };
  industry: string;
  profile: string;
  studentsTaken: number;
  jointProgrammes: number;
  programmes: string;
  equipmentInvestment: { toFixed(n: number): string } | string;
  trainingInvestment: { toFixed(n: number): string } | string;
  jobsOffered: number;
  results: string;
  caseTitle: string;
  caseBody: string;
  photos: { fileId: string; caption: string }[];
};

const paras = (text: string) =>
  text
    .split(/\n+/)
    .filter(Boolean)
    .map((p) => `<p>${e(p)}</p>`)
    .join("");
const money = (v: PrintablePartnerReport["equipmentInvestment"]) => amount(typeof v === "string" ? v : v.toFixed(2));

export function partnerReportTitle(r: Pick<PrintablePartnerReport, "year" | "enterprise">): string {
  return `${r.enterprise.name}${r.year}年度企业参与职业教育年度报告`;
}

export function partnerReportHtml(r: PrintablePartnerReport, options: { fontCss: string }): string {
  const rows: [string, string][] = [
    ["接收学生", `${r.studentsTaken}人`],
    ["共建专业（订单班）", `${r.jointProgrammes}个`],
    ["设备投入", `${money(r.equipmentInvestment)}万元`],
    ["培训投入", `${money(r.trainingInvestment)}万元`],
    [
      "投入合计",
      `${investmentOf({ equipmentInvestment: money(r.equipmentInvestment), trainingInvestment: money(r.trainingInvestment) })}万元`,
    ],
    ["提供就业岗位", `${r.jobsOffered}个`],
  ];
  const title = partnerReportTitle(r);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${e(title)}</title><style>
${options.fontCss}
@page{size:A4;margin:22mm 20mm;@bottom-center{content:"- " counter(page) " -";font-family:"Noto Serif SC";font-size:10.5pt}}
body{font-family:"Noto Serif SC",serif;font-size:12pt;line-height:1.8;color:#0f172a}
h1{font-family:"Noto Sans SC",sans-serif;font-weight:700;font-size:18pt;text-align:center;margin:0 0 4mm}
h2{font-family:"Noto Sans SC",sans-serif;font-weight:700;font-size:14pt;margin:6mm 0 2mm}
p{text-indent:2em;margin:0 0 2mm}
.meta{text-align:center;text-indent:0;font-size:10.5pt}
table{border-collapse:collapse;margin:2mm 0}td,th{border:1px solid #475569;padding:1mm 4mm;font-weight:400;text-align:left}
.case{border:1px solid #0f172a;padding:3mm 5mm;margin-top:5mm;break-inside:avoid}
figure{margin:3mm 0;text-align:center;break-inside:avoid}img{max-width:100%;max-height:90mm}figcaption{font-size:10.5pt}
</style></head><body>
<h1>${e(title)}</h1><p class="meta">所属行业：${e(r.industry)}</p>
<h2>一、企业简介</h2>${paras(r.profile)}
<h2>二、参与办学情况</h2><table><tbody>${rows.map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${e(v)}</td></tr>`).join("")}</tbody></table>${paras(r.programmes)}
<h2>三、合作成效</h2>${paras(r.results)}
<div class="case"><h2>案例：${e(r.caseTitle)}</h2>${paras(r.caseBody)}${r.photos
    .map((p) => `<figure><img src="/files/${e(p.fileId)}/web" alt="${e(p.caption)}"><figcaption>${e(p.caption)}</figcaption></figure>`)
    .join("")}</div>
</body></html>`;
}
