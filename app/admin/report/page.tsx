import { redirect } from "next/navigation";
import { guarded, pageActor } from "@/lib/admin/guard";
import { latestReportYear } from "@/lib/report/admin";

/** 年报管理 lands on the preview of the newest report year. */
export default async function ReportAdminHome() {
  const actor = await pageActor();
  const latest = await guarded(() => latestReportYear(actor));
  redirect(latest ? `/admin/report/${latest}/preview` : "/admin");
}
