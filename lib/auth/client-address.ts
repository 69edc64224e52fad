import net from "node:net";
import { env } from "../env";

/**
 * Where a request came from. Route handlers in Next 16 cannot see the socket (NextRequest.ip is
 * gone, and Next copies the socket address into X-Forwarded-For only when the client sent none),
 * so `npm start` serves the app through scripts/serve.ts, which stamps the socket's address on
 * every request as PEER_HEADER, overwriting whatever the client sent.
 *
 * X-Forwarded-For is believed only hop by hop from the right, and only while the hop that
 * reported it is a proxy listed in NIANBAO_TRUSTED_PROXIES (comma-separated addresses or CIDRs).
 * Without trusted proxies the client is the socket peer, whatever the headers say.
 */
export const PEER_HEADER = "x-nianbao-peer";

export type ClientAddress = { ip: string; peer: string | null };

/** NIANBAO_TRUSTED_PROXIES (lib/env.ts). */
export function trustedProxiesSetting(): string {
  return env().NIANBAO_TRUSTED_PROXIES;
}

export function normalizeIp(raw: string): string {
  const value = raw.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  return (mapped?.[1] ?? value).toLowerCase();
}

/** A matcher for "is this address one of our proxies?" from the comma-separated setting. */
export function proxyMatcher(setting: string): (ip: string) => boolean {
  const list = new net.BlockList();
  let any = false;
  for (const entry of setting
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [addr = "", bits] = entry.split("/");
    const ip = normalizeIp(addr);
    const type = net.isIPv6(ip) ? "ipv6" : net.isIPv4(ip) ? "ipv4" : null;
    if (!type) throw new Error(`NIANBAO_TRUSTED_PROXIES: "${entry}" is not an address or CIDR`);
    if (bits === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, Number(bits), type);
    any = true;
  }
  return (ip) => {
    if (!any) return false;
    const type = net.isIPv6(ip) ? "ipv6" : net.isIPv4(ip) ? "ipv4" : null;
    return type !== null && list.check(ip, type);
  };
}

type HeaderBag = Record<string, unknown> | Headers | undefined;

function header(headers: HeaderBag, name: string): string | null {
  if (headers instanceof Headers) return headers.get(name);
  const v = headers?.[name];
  return typeof v === "string" ? v : Array.isArray(v) ? v.join(",") : null;
}

export function clientAddress(headers: HeaderBag, trusted = proxyMatcher(trustedProxiesSetting())): ClientAddress {
  const peerRaw = header(headers, PEER_HEADER);
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map(normalizeIp)
    .filter((s) => net.isIP(s) !== 0);
  if (!peerRaw) {
    // Not served by scripts/serve.ts (e.g. `next dev`): no socket address to rely on.
    return { ip: (forwarded[0] ?? "unknown").slice(0, 64), peer: null };
  }
  const peer = normalizeIp(peerRaw).slice(0, 64);
  let ip = peer;
  for (let i = forwarded.length - 1; i >= 0 && trusted(ip); i--) ip = forwarded[i]!;
  return { ip: ip.slice(0, 64), peer };
}

/**
 * The host the client asked for: X-Forwarded-Host only when the socket peer is a listed proxy
 * (anyone else could name our host in it and pass the cross-site checks); otherwise Host.
 * scripts/serve.ts also drops an untrusted X-Forwarded-Host before Next sees it (server actions).
 */
export function requestHost(headers: HeaderBag, trusted = proxyMatcher(trustedProxiesSetting())): string | null {
  const host = header(headers, "host");
  const forwarded = header(headers, "x-forwarded-host");
  if (!forwarded) return host;
  return fromTrustedProxy(header(headers, PEER_HEADER), trusted) ? (forwarded.split(",")[0]?.trim() ?? host) : host;
}

/** True when the socket peer is a listed proxy (so its forwarded headers count). */
export function fromTrustedProxy(peer: string | null | undefined, trusted = proxyMatcher(trustedProxiesSetting())): boolean {
  return Boolean(peer) && trusted(normalizeIp(peer!));
}
