import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { crossSite } from "../../lib/api/handler";
import { servedFileName } from "../../lib/files/sniff";

/**
 * Finding 14 of the second review: the cross-site check compared Origin with X-Forwarded-Host,
 * which any client can send; and an uploaded image kept its ".html" name in Content-Disposition.
 * Now X-Forwarded-Host counts only from a proxy in NIANBAO_TRUSTED_PROXIES (scripts/serve.ts also
 * drops it before Next's server-action check), and a file is named by its sniffed type.
 */
const SAVED = process.env.NIANBAO_TRUSTED_PROXIES;
afterEach(() => {
  if (SAVED === undefined) delete process.env.NIANBAO_TRUSTED_PROXIES;
  else process.env.NIANBAO_TRUSTED_PROXIES = SAVED;
});

const post = (headers: Record<string, string>) =>
  new NextRequest("http://portal.example.edu.cn/api/v1/years", { method: "POST", headers: { host: "portal.example.edu.cn", ...headers } });

describe("the cross-site check", () => {
  it("refuses an Origin that only a client-sent X-Forwarded-Host vouches for", () => {
    delete process.env.NIANBAO_TRUSTED_PROXIES;
    const req = post({ origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-nianbao-peer": "203.0.113.9" });
    expect(crossSite(req)).toBe(true);
  });

  it("refuses it also when the sender is not one of the listed proxies", () => {
    process.env.NIANBAO_TRUSTED_PROXIES = "10.0.0.0/8";
    const req = post({ origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-nianbao-peer": "203.0.113.9" });
    expect(crossSite(req)).toBe(true);
  });

  it("believes X-Forwarded-Host from a listed proxy, and same-origin requests pass", () => {
    process.env.NIANBAO_TRUSTED_PROXIES = "10.0.0.0/8";
    const viaProxy = post({
      origin: "https://nianbao.example.edu.cn",
      "x-forwarded-host": "nianbao.example.edu.cn",
      "x-nianbao-peer": "10.1.2.3",
    });
    expect(crossSite(viaProxy)).toBe(false);
    expect(crossSite(post({ origin: "http://portal.example.edu.cn", "x-nianbao-peer": "203.0.113.9" }))).toBe(false);
  });
});

describe("the name a stored file is served under", () => {
  it("takes the extension of the type its bytes were sniffed as, not the uploaded one", () => {
    expect(servedFileName("page.html", "image/png")).toBe("page.png");
    expect(servedFileName("获奖证书.HTM", "image/jpeg")).toBe("获奖证书.jpg");
    expect(servedFileName("scan.svg", "application/pdf")).toBe("scan.pdf");
    expect(servedFileName("no-extension", "image/webp")).toBe("no-extension.webp");
    expect(servedFileName("..\\..\\x.html", "image/png")).toBe("x.png");
    expect(servedFileName(".html", "image/png")).toBe("file.png");
  });
});
