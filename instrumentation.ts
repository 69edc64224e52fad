/**
 * Next.js calls register() once when a server starts: the job worker is loaded there, so that an
 * enqueue in any route (lib/jobs/wake.ts) can start it, also under `next dev`.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/jobs/worker");
}
