/**
 * A real SMTP server on a free local port (smtp-server) that keeps what it is
 * sent, parsed with mailparser: the tests hold a real SMTP conversation with
 * the server's mailer and wait for each message to arrive.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface SmtpSink {
  url: string;
  /** Resolves with the next message (in arrival order), or rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ParsedMail>;
  /** Messages received and not yet taken with next(). */
  readonly waiting: number;
  /** Refuse recipients whose address matches, quoting the address as real servers do. */
  refuse(pattern: RegExp | null): void;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ParsedMail[] = [];
  const waiters: ((mail: ParsedMail) => void)[] = [];
  let refused: RegExp | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused?.test(address.address)) return callback(Object.assign(new Error(`<${address.address}>: Recipient address rejected`), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const waiter = waiters.shift();
          if (waiter) waiter(mail);
          else received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    next(timeoutMs = 10_000) {
      const ready = received.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no e-mail arrived within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((mail) => {
          clearTimeout(timer);
          resolve(mail);
        });
      });
    },
    get waiting() {
      return received.length;
    },
    refuse(pattern) {
      refused = pattern;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
