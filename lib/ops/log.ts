import pino from "pino";
import { currentRequestId } from "./request-context";
import { scaleEnv } from "../env";

/**
 * Structured JSON logs, one line per event, each carrying the id of the request it belongs to
 * (also returned to the client in x-request-id), so one request's lines can be found across
 * replicas. NIANBAO_LOG_LEVEL sets the level (info).
 */
// One per process, not per route bundle (Next evaluates a module once per bundle): kept on globalThis.
declare global {
  var __nianbaoLogger: pino.Logger | undefined;
}
const holder = globalThis;

export function logger(): pino.Logger {
  holder.__nianbaoLogger ??= pino({
    level: scaleEnv().NIANBAO_LOG_LEVEL,
    base: { pid: process.pid, service: scaleEnv().NIANBAO_SERVICE },
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
