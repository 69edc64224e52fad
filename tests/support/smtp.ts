// A real SMTP server for the tests (smtp-server from npm): it accepts every mail on 127.0.0.1 and
// keeps it parsed (mailparser), so a test reads what a person's mailbox would receive.
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CaughtMail = { to: string; from: string; subject: string; text: string };

export async function startSmtp(port = 0) {
  const mails: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((m) => {
          const to = Array.isArray(m.to) ? m.to.map((t) => t.text).join(", ") : (m.to?.text ?? "");
          mails.push({ to, from: m.from?.text ?? "", subject: m.subject ?? "", text: m.text ?? "" });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    mails,
    /** Waits until a mail matching `match` has arrived. */
    async waitFor(match: (m: CaughtMail) => boolean, timeoutMs = 15_000): Promise<CaughtMail> {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = mails.find(match);
        if (found) return found;
        if (Date.now() > until)
          throw new Error(`no such mail within ${timeoutMs} ms; got: ${mails.map((m) => `${m.to} ${m.subject}`).join(" | ")}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
