import pino from "pino";
import { currentRequestId } from "./request-context";

/**
 * Structured JSON logs, one line per event, each carrying the id of the request it belongs to
 * (also returned to the client in x-request-id), so one request's lines can be found across
 * replicas. NIANBAO_LOG_LEVEL sets the level (info).
 */
const holder = globalThis as unknown as { __nianbaoLogger?: pino.Logger };

export function logger(): pino.Logger {
  holder.__nianbaoLogger ??= pino({
    level: process.env.NIANBAO_LOG_LEVEL ?? "info",
    base: { pid: process.pid, service: process.env.NIANBAO_SERVICE ?? "nianbao" },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    formatters: { level: (label) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
  return holder.__nianbaoLogger;
}

/** An error as log fields: its message, and the stack only for unexpected ones. */
export function errorFields(err: unknown): { err: { message: string; stack?: string } } {
  return err instanceof Error ? { err: { message: err.message, stack: err.stack } } : { err: { message: String(err) } };
}
