import Link from "next/link";
import { ConfirmMailForm } from "@/components/notifications/NotificationForms";
import { pageActor } from "@/lib/admin/guard";
import { AppError } from "@/lib/errors";
import { pendingConfirmation } from "@/lib/notifications/service";

export const metadata = { title: "确认通知邮箱" };

/** Where a mailed confirmation link lands (signed in): the address, and a button that confirms it. */
export default async function ConfirmMailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const actor = await pageActor();
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw.slice(0, 200) : "";
  const found = await pendingConfirmation({ actor, token }).catch((err: unknown) => {
    if (err instanceof AppError) return { problem: err.message };
    throw err;
  });
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        确认通知邮箱 <span className="text-sm font-normal text-slate-500">Confirm your e-mail address</span>
      </h1>
      {"problem" in found ? (
        <p role="alert" className="rounded border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800">
          {found.problem}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            用 <strong data-testid="confirm-email">{found.email}</strong> 接收年报的通知？{" "}
            <span className="text-xs text-slate-500">Receive Nianbao&apos;s notifications at this address?</span>
          </p>
          <ConfirmMailForm token={token} />
        </>
      )}
      <p className="text-sm">
        <Link href="/admin/notifications" className="text-brand-700 underline">
          返回通知 · Back to notifications
        </Link>
      </p>
    </div>
  );
}
