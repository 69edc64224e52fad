import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/**
 * The id of the request being served, reachable from any code it runs. The server
 * (scripts/serve.ts) opens the context; route handlers bundled by Next are separate module
 * instances, so the storage lives on globalThis for both to share one.
 */
export type RequestContext = { requestId: string };

// One per process, not per route bundle (Next evaluates a module once per bundle): kept on globalThis.
declare global {
  var __nianbaoRequestContext: AsyncLocalStorage<RequestContext> | undefined;
}
const holder = globalThis;
const storage = () => (holder.__nianbaoRequestContext ??= new AsyncLocalStorage<RequestContext>());

export const REQUEST_ID_HEADER = "x-request-id";

/** An incoming id is kept when it looks like one (a proxy's or a CDN's), otherwise a new one. */
export function requestIdFrom(incoming: string | string[] | undefined | null): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && /^[\w.:-]{8,128}$/.test(value) ? value : randomUUID();
}

export function withRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage().run(context, fn);
}

export function currentRequestId(): string | undefined {
  return storage().getStore()?.requestId;
}
