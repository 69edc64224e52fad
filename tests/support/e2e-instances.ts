// The browser tests run in E2E_WORKERS Playwright workers (default 2), each against its own app:
// instance i serves on E2E_PORT + i with its own database (a fresh copy of the demo) and mails
// to its own SMTP port, so specs in different workers never see each other's writes. Within a
// worker the specs run one after another, as they all did with one worker.

/** How many workers, and so how many app instances. */
export const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);

/** The local OpenID Connect provider, shared by every instance. */
export const IDP_PORT = BASE_PORT + 50;

export function appPort(instance: number): number {
  return BASE_PORT + instance;
}

/** The SMTP server a spec starts to catch the mail of its instance (tests/support/smtp.ts). */
export function smtpPort(instance: number): number {
  return BASE_PORT + 60 + instance;
}

/** The instance of the current Playwright worker (0 in the runner process and in webServer commands). */
export function currentInstance(): number {
  return Number(process.env.TEST_PARALLEL_INDEX ?? 0) % E2E_WORKERS;
}
