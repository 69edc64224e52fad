"use client";

import { signOut } from "next-auth/react";
import { useMessages } from "@/components/i18n/LangProvider";
import { account } from "@/lib/i18n/messages/account";

export function SignOutButton() {
  const t = useMessages(account);
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="rounded border border-white/40 px-2 py-0.5 hover:bg-white/10"
    >
      {t.signOut}
    </button>
  );
}
