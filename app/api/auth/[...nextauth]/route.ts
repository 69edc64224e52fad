import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { clientAddress } from "@/lib/auth/client-address";
import { authOptions } from "@/lib/auth/options";

/** Options per request, so sign-ins are throttled and audited with the address they came from. */
function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  // next-auth types its App Router handler as any.
  return NextAuth(request, context, authOptions({ address: clientAddress(request.headers) })) as Promise<Response>;
}
export { handler as GET, handler as POST };
