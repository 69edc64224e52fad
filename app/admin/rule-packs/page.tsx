import Link from "next/link";
import { ImportRulePackForm } from "@/components/rules/RulePackForms";
import { guarded, pageActor } from "@/lib/admin/guard";
import { may } from "@/lib/auth/policy";
import { listRulePacks } from "@/lib/rules/store";
import { formatDateTime } from "@/lib/time";

export const metadata = { title: "年报规则包" };
export const dynamic = "force-dynamic";

/** Rule packs: each year's notice as data (lib/rules). Reviewers read them; admins import, edit and export. */
export default async function RulePacksPage() {
  const actor = await pageActor();
  const packs = await guarded(() => listRulePacks({ actor }));
  const admin = may(actor, "rulePacks.manage");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        年报规则包 <span className="text-sm font-normal text-slate-500">Rule packs</span>
      </h1>
      <p className="text-sm text-slate-700">
        规则包是一年通知的内容：报告大纲、附录指标表、篇幅要求（正文字数、每个案例字数）、必备部分和学年/毕业届别检查。开启年度时选择规则包；
        数据一致性检查按所选规则包检查报告。规则包可导出为一个 JSON 文件与其他学校共享，也可导入他人发布的文件。
      </p>
      {admin && <ImportRulePackForm />}
      <table className="w-full border-collapse rounded-lg bg-white text-sm" data-testid="rule-packs">
        <caption className="sr-only">规则包列表</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left">
            <th scope="col" className="p-2">
              名称
            </th>
            <th scope="col" className="p-2">
              键
            </th>
            <th scope="col" className="p-2">
              使用年度
            </th>
            <th scope="col" className="p-2">
              更新时间
            </th>
            <th scope="col" className="p-2">
              操作
            </th>
          </tr>
        </thead>
        <tbody>
          {packs.map((p) => (
            <tr key={p.key} className="border-b border-slate-100" data-pack={p.key}>
              <td className="p-2">
                {p.name}
                {p.shipped && <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs">系统内置</span>}
              </td>
              <td className="p-2 font-mono">{p.key}</td>
              <td className="p-2">{p.usedBy.length ? p.usedBy.map((y) => `${y}年度`).join("、") : "未使用"}</td>
              <td className="p-2">{formatDateTime(p.updatedAt)}</td>
              <td className="space-x-3 p-2">
                <Link className="text-brand-700 underline" href={`/admin/rule-packs/${encodeURIComponent(p.key)}`}>
                  {admin ? "查看与编辑" : "查看"}
                  <span className="sr-only">{p.name}</span>
                </Link>
                <a className="text-brand-700 underline" href={`/api/v1/rule-packs/${encodeURIComponent(p.key)}/export`} download>
                  导出 JSON<span className="sr-only">{p.name}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
