"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="rounded border border-white/40 px-2 py-0.5 hover:bg-white/10"
    >
      退出
    </button>
  );
}
