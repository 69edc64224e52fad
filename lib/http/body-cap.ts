import type http from "node:http";
import type net from "node:net";
import { bi } from "../i18n/bilingual";
import { cacheControl } from "./cache";

/**
 * The ceiling on every request body, applied by scripts/serve.ts before Next or a route sees the
 * request (routes keep their own, smaller limits: lib/api/limited-body.ts). A body is refused by
 * its Content-Length at once, and a body without one (chunked) is counted as the socket delivers
 * it: past the ceiling the rest is dropped unread, the client gets 413 and the connection closes.
 * So no path — the API, sign-in, server actions, pages — can be made to hold a huge body.
 */
export const ANONYMOUS_BODY_MAX_BYTES = 1024 * 1024;

/** The largest legitimate body: an evidence upload (NIANBAO_UPLOAD_MAX_MB) or a 12 MB server action / import, plus form overhead. */
export function signedInBodyMaxBytes(uploadMaxMb: number): number {
  return (Math.max(uploadMaxMb, 12) + 1) * 1024 * 1024;
}

const megabytes = (bytes: number) => Math.max(1, Math.round(bytes / 1024 / 1024));

export function tooLargeMessage(maxBytes: number): string {
  const mb = megabytes(maxBytes);
  return bi(`请求体过大（不能超过 ${mb} MB）`, `request body too large (at most ${mb} MB)`);
}

/**
 * How long a refused connection is kept to let the client read the 413: closing a socket with
 * unread data resets it, and a client still sending would see the reset instead of the answer (a
 * client on a busy machine took more than a second to read it, hence two).
 * Meanwhile what arrives is dropped unread; then the connection goes.
 */
const LINGER_MS = 2_000;

/**
 * Closes a connection the way a server that may answer before reading the whole body must (a
 * "lingering close"). Node ends a `connection: close` response's socket with destroySoon: a FIN,
 * then destroy as soon as it is written; destroying a socket with unread bytes resets it, and a
 * client still sending meets the reset before it has read the answer (seen: `write EPIPE` in place
 * of a route's 413 or 401). Here: the FIN, then what still arrives is read and dropped until the
 * client closes its side or LINGER_MS pass. Installed on every connection by scripts/serve.ts.
 */
export function lingerBeforeClosing(socket: net.Socket) {
  socket.destroySoon = () => {
    const destroy = () => (socket.writableFinished ? socket.destroy() : socket.once("finish", () => socket.destroy()));
    if (socket.writable) socket.end();
    socket.resume();
    socket.once("end", destroy);
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}

function refuse(req: http.IncomingMessage, res: http.ServerResponse, maxBytes: number) {
  const close = () => setTimeout(() => req.socket.destroy(), LINGER_MS).unref();
  if (res.headersSent) {
    // Already answered (a refusal that did not wait for the body): stop receiving the rest.
    if (res.writableFinished) close();
    else res.once("finish", close);
    return;
  }
  const body = Buffer.from(tooLargeMessage(maxBytes));
  res.writeHead(413, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": String(body.length),
    ...cacheControl("private-no-store"),
    connection: "close",
  });
  // The whole answer now, but the response is ended only when the connection goes: Node closes a
  // finished response's socket at once when its body was not read, and the reset could reach a
  // client that is still sending before the answer does.
  res.write(body);
  setTimeout(() => {
    res.end();
    req.socket.destroy();
  }, LINGER_MS).unref();
}

export type BodyCap = {
  /** Lowers the ceiling (once the caller is known); true when the request was refused. */
  lower(maxBytes: number): boolean;
  /** True once the request was refused. */
  readonly refused: boolean;
};

/**
 * Puts a ceiling on a request's body. Call it synchronously in the server's request listener:
 * the body's first bytes may arrive in the same read as the headers. Returns the cap, already
 * refused when Content-Length says too much.
 */
export function capRequestBody(req: http.IncomingMessage, res: http.ServerResponse, maxBytes: number): BodyCap {
  let limit = maxBytes;
  let seen = 0;
  let refused = false;
  // A write after our 413 (whatever was reading the body answers too) must not crash the server.
  res.on("error", () => undefined);
  const over = () => {
    if (refused) return true;
    refused = true;
    refuse(req, res, limit);
    return true;
  };
  const declared = Number(req.headers["content-length"] ?? "");
  const check = () => (Number.isFinite(declared) && declared > limit) || seen > limit;
  if (check()) over();
  // Node's HTTP parser hands each chunk of the body to req.push: counting there sees the bytes
  // before anyone buffers them, without changing how the body is read.
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk !== null && chunk !== undefined) {
      seen += (chunk as { length: number }).length;
      if (refused || check()) {
        over();
        return true; // dropped unread; the socket keeps draining until the connection is closed
      }
    }
    return push(chunk, encoding);
  };
  return {
    lower(next: number) {
      limit = Math.min(limit, next);
      if (!refused && check()) over();
      return refused;
    },
    get refused() {
      return refused;
    },
  };
}
