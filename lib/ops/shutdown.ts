/**
 * Work to finish before the process exits on SIGTERM (the in-process PDF worker releases the
 * jobs it claimed, the database pool closes). Kept on globalThis: the server script and the
 * code Next bundled register and run the same list.
 */
type Hook = { name: string; run: () => Promise<void> };
// One per process, not per route bundle (Next evaluates a module once per bundle): kept on globalThis.
declare global {
  var __nianbaoShutdownHooks: Hook[] | undefined;
}
const holder = globalThis;
const hooks = () => (holder.__nianbaoShutdownHooks ??= []);

export function onShutdown(name: string, run: () => Promise<void>): void {
  if (!hooks().some((h) => h.name === name)) hooks().push({ name, run });
}

/** Runs every hook once, newest first; a failing hook does not stop the others. */
export async function runShutdownHooks(log: (name: string, err?: unknown) => void = () => undefined): Promise<void> {
  const list = hooks().splice(0).reverse();
  for (const h of list) {
    try {
      await h.run();
      log(h.name);
    } catch (err) {
      log(h.name, err);
    }
  }
}
