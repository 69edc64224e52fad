// Minimal types for oidc-provider 8 (used only by the browser tests' identity provider); it ships none.
declare module "oidc-provider" {
  type Account = { accountId: string; claims: () => Promise<Record<string, unknown>> };
  export default class Provider {
    constructor(
      issuer: string,
      configuration: {
        clients: Record<string, unknown>[];
        claims?: Record<string, string[]>;
        findAccount?: (ctx: unknown, id: string) => Promise<Account>;
        features?: Record<string, unknown>;
        cookies?: { keys: string[] };
      },
    );
    listen(port: number, host?: string): void;
  }
}
