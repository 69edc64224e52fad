import Link from "next/link";

export default function ReportNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-16 text-center">
      <h1 className="text-2xl font-bold text-brand-800">该年度报告尚未发布</h1>
      <p className="text-slate-600">This year&apos;s report has not been published yet (or the edition does not exist).</p>
      <p>
        <Link href="/reports" className="text-brand-700 underline">
          查看已发布的报告
        </Link>
      </p>
    </div>
  );
}
