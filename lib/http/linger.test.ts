import http from "node:http";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { lingerBeforeClosing } from "./body-cap";

/**
 * A route that answers before reading the body (a 401, a route's own 413) and closes the connection:
 * a client still sending must read that answer, not a reset. The client here sends 8 MB and reads
 * nothing for half a second, as a busy one would. Without lingerBeforeClosing this client reads
 * nothing but the reset (tried: without the line that installs it).
 */
const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

async function answerWhileStillSending(): Promise<string> {
  const server = http.createServer((_req, res) => {
    res.writeHead(413, { connection: "close", "content-type": "text/plain" });
    res.end("too large");
  });
  server.on("connection", lingerBeforeClosing);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    socket.pause();
    socket.on("error", (err) => resolve(received || `error ${(err as NodeJS.ErrnoException).code}`));
    socket.on("close", () => resolve(received));
    socket.write(`POST / HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n`);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const frame = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]);
    for (let i = 0; i < 128; i++) socket.write(frame);
    setTimeout(() => {
      socket.on("data", (d: Buffer) => (received += d.toString("latin1")));
      socket.resume();
    }, 500);
  });
}

describe("a connection closed after an early answer", () => {
  it("lets a client that is still sending read the answer", async () => {
    expect(await answerWhileStillSending()).toMatch(/^HTTP\/1\.1 413/);
  });
});
