import Link from "next/link";

/**
 * A page a signed-in user reached but may not use (a reviewer on 新建 or 导入): it says so and
 * why, instead of a 404 that reads as a broken link.
 */
export function NoPermission({ what, why, back }: { what: string; why: string; back: { href: string; label: string } }) {
  return (
    <div className="max-w-2xl space-y-3" data-testid="no-permission">
      <h1 className="text-2xl font-bold text-brand-800">无权限 · {what}</h1>
      <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{why}</p>
      <Link href={back.href} className="text-sm text-brand-700 underline">
        {back.label}
      </Link>
    </div>
  );
}
