import Link from "next/link";

/**
 * Every "not found" — a page or record that does not exist, or one the visitor may not see
 * (the policy's refusals look the same, so nothing is revealed). See lib/admin/guard.ts.
 */
export default function NotFound() {
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-3 py-16 text-center">
      <h1 className="text-2xl font-bold text-brand-800">页面不存在，或您无权查看</h1>
      <p className="text-slate-600">This page does not exist, or you are not allowed to see it.</p>
      <p className="space-x-4">
        <Link href="/" className="text-brand-700 underline">
          返回首页（home）
        </Link>
        <Link href="/login" className="text-brand-700 underline">
          换个账号登录（sign in）
        </Link>
      </p>
    </div>
  );
}
