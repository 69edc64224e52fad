// A real OpenID Connect provider for the browser tests (node-oidc-provider with its built-in
// development login and consent pages): it stands in for the college's 统一身份认证 platform.
// Any user name signs in; its preferred_username and e-mail are derived from it.
import Provider from "oidc-provider";

const port = Number(process.env.IDP_PORT ?? 3150);
// Every app instance of the browser tests (tests/support/e2e-instances.ts) signs in here.
const appUrls = (process.env.IDP_APP_URLS ?? "http://127.0.0.1:3100").split(",");

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: "nianbao-e2e",
      client_secret: "nianbao-e2e-secret",
      redirect_uris: appUrls.map((url) => `${url}/api/auth/callback/oidc`),
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  claims: { openid: ["sub"], profile: ["name", "preferred_username"], email: ["email"] },
  findAccount: (_ctx, id) =>
    Promise.resolve({
      accountId: id,
      claims: () => Promise.resolve({ sub: id, name: id, preferred_username: id, email: `${id}@example.edu.cn` }),
    }),
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["nianbao-e2e-idp-cookie-key"] },
});

provider.listen(port, "127.0.0.1");
console.log(`[idp] http://127.0.0.1:${port}`);
