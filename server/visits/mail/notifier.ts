/**
 * Sends guests' e-mails in the background, after their request was answered:
 * a slow or broken SMTP server never delays or fails a registration. Failures
 * are logged by kind only (no address, no name), at most once per interval.
 */
import { composeMail, type MailContent } from './messages';
import { mailFailure, type Mailer } from './mailer';

export interface Notifier {
  /** Whether e-mail is sent at all (SMTP_URL set). */
  readonly enabled: boolean;
  /** Queues the mail; returns at once. */
  send(content: MailContent): void;
  /** Resolves when every queued mail was sent or failed (for shutdown and tests). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const LOG_EVERY_MS = 60_000;

export function createNotifier(mailer: Mailer | null, log: (line: string) => void): Notifier {
  const pending = new Set<Promise<void>>();
  let loggedAt = -Infinity;
  return {
    enabled: mailer !== null,
    send(content) {
      if (!mailer) return;
      const job = mailer
        .send(composeMail(content))
        .catch((error: unknown) => {
          if (Date.now() - loggedAt < LOG_EVERY_MS) return;
          loggedAt = Date.now();
          log(`visits: a ${content.kind} e-mail could not be sent (${mailFailure(error)}); further failures within a minute are not logged`);
        })
        .finally(() => pending.delete(job));
      pending.add(job);
    },
    async idle() {
      while (pending.size) await Promise.all(pending);
    },
    async close() {
      await this.idle();
      mailer?.close();
    },
  };
}
