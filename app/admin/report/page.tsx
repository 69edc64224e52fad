import { redirect } from "next/navigation";
import { pageActor } from "@/lib/admin/guard";
import { db } from "@/lib/server/db";

/** 年报管理 lands on the preview of the newest report year. */
export default async function ReportAdminHome() {
  await pageActor();
  const latest = await db().reportYear.findFirst({ orderBy: { year: "desc" }, select: { year: true } });
  redirect(latest ? `/admin/report/${latest.year}/preview` : "/admin");
}
