import { notFound } from "next/navigation";
import { SetupForm } from "@/components/setup/SetupForm";
import { hasAdministrator, needsSetup } from "@/lib/institution/service";

export const dynamic = "force-dynamic";
export const metadata = { title: "初始设置" };

/** First-run set-up of a new installation; gone for good (404) once the college exists. */
export default async function SetupPage() {
  if (!(await needsSetup())) notFound();
  const needAdmin = !(await hasAdministrator());
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-800">
          欢迎使用年报 <span className="text-sm font-normal text-slate-500">Set up Nianbao</span>
        </h1>
        <p className="mt-2 text-sm text-slate-600">
          填写学校信息{needAdmin ? "并创建第一位管理员" : ""}。完成后可在「部门管理」中建立系部，在「用户管理」中为各部门开通账号。
        </p>
      </div>
      <SetupForm needAdmin={needAdmin} />
    </div>
  );
}
