import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { ClientAddress } from "../../lib/auth/client-address";
import { authOptions } from "../../lib/auth/options";

/** Makes the app's db() use this test's database (the sign-in code reads the shared client). */
export function useAsAppDatabase(prisma: PrismaClient) {
  (globalThis as { __nianbaoPrisma?: PrismaClient }).__nianbaoPrisma = prisma;
}

/** next-auth's credentials `authorize` as the route handler builds it for a request from `address`. */
export async function signInFrom(address: ClientAddress, username: string, password: string): Promise<string> {
  const provider = authOptions({ address }).providers[0] as unknown as {
    options: { authorize: (raw: unknown, req: unknown) => Promise<unknown> };
  };
  try {
    await provider.options.authorize({ username, password }, { headers: {} });
    return "OK";
  } catch (err) {
    return (err as Error).message;
  }
}
