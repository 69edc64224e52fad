import Link from "next/link";
import { notFound } from "next/navigation";
import { usedModules } from "@/lib/admin/modules";
import { InstitutionForm } from "@/components/admin/InstitutionForm";
import { guarded, pageActor } from "@/lib/admin/guard";
import { authorize } from "@/lib/auth/policy";
import { institutionProfile } from "@/lib/institution/service";
import { DEFAULT_DECLARATION } from "@/lib/report/engine/declaration";

export const metadata = { title: "学校设置" };

export default async function SettingsPage() {
  const actor = await pageActor();
  await guarded(() => authorize(actor, "institution.manage"));
  const [college, modules] = await Promise.all([institutionProfile(), usedModules()]);
  if (!college) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        学校设置 <span className="text-sm font-normal text-slate-500">College settings</span>
      </h1>
      <InstitutionForm values={college} logoFileId={college.logoFileId} defaultDeclaration={DEFAULT_DECLARATION} />
      <section
        className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm"
        aria-labelledby="modules-heading"
        data-testid="modules"
      >
        <h2 id="modules-heading" className="font-semibold">
          可选模块 <span className="text-xs font-normal text-slate-500">Optional modules</span>
        </h2>
        <p className="text-slate-600">
          未使用的模块不出现在主菜单中；在这里开启后（添加第一家合作企业、导入本校规则包），它会出现在菜单里。
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <Link href="/admin/partners" className="text-brand-700 underline">
              合作企业年报
            </Link>
            ：{modules.partners ? "已使用（在菜单中）" : "未开启：添加第一家合作企业即开启"}
          </li>
          <li>
            <Link href="/admin/rule-packs" className="text-brand-700 underline">
              规则包
            </Link>
            ：{modules.rulePacks ? "已使用本校规则包（在菜单中）" : "使用内置规则包；导入或新建本校规则包即显示在菜单中"}
          </li>
        </ul>
      </section>
    </div>
  );
}
