import Link from "next/link";
import { RulePackEditForm } from "@/components/rules/RulePackForms";
import { guarded, pageActor } from "@/lib/admin/guard";
import { may } from "@/lib/auth/policy";
import { BLOCK_LABELS } from "@/lib/report/outline/block-options";
import { getRulePack } from "@/lib/rules/store";

const BASIS_LABELS = { cohort: "届", schoolYear: "学年", calendarYear: "自然年" } as const;

export const dynamic = "force-dynamic";

/** One rule pack: what it requires, in words; admins edit it below. */
export default async function RulePackPage({ params }: { params: Promise<{ key: string }> }) {
  const actor = await pageActor();
  const key = decodeURIComponent((await params).key);
  const pack = await guarded(() => getRulePack({ actor, key }));
  const admin = may(actor, "rulePacks.manage");
  const { outline, indicatorTables, requiredParts, checks, lengthRules } = pack;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link className="text-brand-700 underline" href="/admin/rule-packs">
          ← 全部规则包
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">{pack.name}</h1>
      <p className="text-sm">
        <Link className="text-brand-700 underline" href={`/admin/rule-packs/${encodeURIComponent(pack.key)}/changes`}>
          与往年的差异
        </Link>
      </p>
      <dl className="grid gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">键</dt>
        <dd className="font-mono">{pack.key}</dd>
        <dt className="font-medium">篇幅</dt>
        <dd>
          正文 {lengthRules.mainText.min}–{lengthRules.mainText.max} 字；每个案例不超过 {lengthRules.caseMax} 字
        </dd>
        <dt className="font-medium">大纲</dt>
        <dd>{outline.chapters.map((c) => `${c.number}${c.title}`).join(" · ")}</dd>
        <dt className="font-medium">必备部分</dt>
        <dd>
          {[
            ...requiredParts.sections.map((k) => {
              const c = outline.chapters.find((x) => x.key === k);
              return c ? `${c.number}${c.title}` : k;
            }),
            ...requiredParts.blocks.map((b) => BLOCK_LABELS[b]),
            requiredParts.declaration ? "真实性责任声明" : null,
            requiredParts.indicatorTables ? "附录指标表" : null,
            requiredParts.minCases ? `至少${requiredParts.minCases}个案例` : null,
          ]
            .filter(Boolean)
            .join("；") || "无"}
        </dd>
        <dt className="font-medium">年度检查</dt>
        <dd>
          {[checks.academicYear ? "学年与年度一致" : null, checks.graduateCohort ? "毕业生届别与年度一致" : null]
            .filter(Boolean)
            .join("；") || "无"}
        </dd>
      </dl>
      <section aria-labelledby="tables-h" className="space-y-2">
        <h2 id="tables-h" className="text-lg font-semibold text-brand-800">
          附录指标表
        </h2>
        {indicatorTables.map((t) => (
          <table key={t.key} className="w-full border-collapse rounded bg-white text-sm" data-table={t.key}>
            <caption className="p-1 text-left font-medium">{t.title}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left">
                <th scope="col" className="p-1">
                  代码
                </th>
                <th scope="col" className="p-1">
                  指标
                </th>
                <th scope="col" className="p-1">
                  单位
                </th>
                <th scope="col" className="p-1">
                  口径
                </th>
                <th scope="col" className="p-1">
                  数据项
                </th>
              </tr>
            </thead>
            <tbody>
              {t.rows.map((r) => (
                <tr key={r.code} className="border-b border-slate-100">
                  <td className="p-1 font-mono text-xs">{r.code}</td>
                  <td className="p-1">{r.label}</td>
                  <td className="p-1">{r.unit}</td>
                  <td className="p-1">{BASIS_LABELS[r.basis]}</td>
                  <td className="p-1 font-mono text-xs">
                    {r.token}
                    {r.aggregate === "rate" && ` = ${r.numerator} / ${r.denominator}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>
      <p className="text-sm">
        <a className="text-brand-700 underline" href={`/api/v1/rule-packs/${encodeURIComponent(pack.key)}/export`} download>
          导出为 JSON 文件
        </a>
      </p>
      {admin && (
        <section aria-labelledby="edit-h" className="space-y-2">
          <h2 id="edit-h" className="text-lg font-semibold text-brand-800">
            编辑 <span className="text-sm font-normal text-slate-500">Edit</span>
          </h2>
          <RulePackEditForm
            packKey={pack.key}
            name={pack.name}
            mainMin={lengthRules.mainText.min}
            mainMax={lengthRules.mainText.max}
            caseMax={lengthRules.caseMax}
            structure={JSON.stringify({ outline, indicatorTables, requiredParts, checks }, null, 2)}
          />
        </section>
      )}
    </div>
  );
}
