import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/handler";
import { limitedBytes } from "@/lib/api/limited-body";
import { clientAddress } from "@/lib/auth/client-address";
import { authOptions } from "@/lib/auth/options";

/** A sign-in form is a few fields: anything larger is refused before next-auth reads it. */
const AUTH_BODY_MAX_BYTES = 64 * 1024;

/** Options per request, so sign-ins are throttled and audited with the address they came from. */
async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  let bounded = request;
  if (request.method === "POST") {
    try {
      const body = await limitedBytes(request, AUTH_BODY_MAX_BYTES);
      bounded = new NextRequest(request.url, { method: "POST", headers: request.headers, body: new Uint8Array(body) });
    } catch (err) {
      return errorResponse(err);
    }
  }
  // next-auth types its App Router handler as any.
  return NextAuth(bounded, context, authOptions({ address: clientAddress(request.headers) })) as Promise<Response>;
}
export { handler as GET, handler as POST };
