import Link from "next/link";
import { ConfirmMailForm } from "@/components/notifications/NotificationForms";
import { pageActor } from "@/lib/admin/guard";
import { AppError } from "@/lib/errors";
import { notifications } from "@/lib/i18n/messages/notifications";
import { translate } from "@/lib/i18n/server";
import { pendingConfirmation } from "@/lib/notifications/service";

export async function generateMetadata() {
  const { t } = await translate(notifications);
  return { title: t.confirmTitle };
}

/** Where a mailed confirmation link lands (signed in): the address, and a button that confirms it. */
export default async function ConfirmMailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const actor = await pageActor();
  const { t } = await translate(notifications);
  // The address sits inside the question, where each language puts it.
  const [askBefore, askAfter] = t.confirmQuestion.split("{email}");
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw.slice(0, 200) : "";
  const found = await pendingConfirmation({ actor, token }).catch((err: unknown) => {
    if (err instanceof AppError) return { problem: err.message };
    throw err;
  });
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t.confirmTitle}</h1>
      {"problem" in found ? (
        <p role="alert" className="rounded border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800">
          {found.problem}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {askBefore}
            <strong data-testid="confirm-email">{found.email}</strong>
            {askAfter}
          </p>
          <ConfirmMailForm token={token} />
        </>
      )}
      <p className="text-sm">
        <Link href="/admin/notifications" className="text-brand-700 underline">
          {t.back}
        </Link>
      </p>
    </div>
  );
}
