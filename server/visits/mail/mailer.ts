/**
 * Sending e-mail through the operator's SMTP server (SMTP_URL, e.g.
 * `smtps://user:password@smtp.example.org` or `smtp://127.0.0.1:2525`) with
 * nodemailer. Without SMTP_URL nothing is sent and the pages show the link
 * and calendar file at once instead.
 */
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The guest's calendar entry, attached as calendar.ics. */
  ics?: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send({ to, subject, text, ics }) {
      await transport.sendMail({
        from,
        to,
        subject,
        text,
        ...(ics ? { attachments: [{ filename: 'calendar.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }] } : {}),
      });
    },
    close: () => transport.close(),
  };
}

/**
 * Why a message could not be sent, without the message's addresses: SMTP
 * replies often quote the recipient (`550 <bob@example.org>: no such user`),
 * and addresses must not reach the log.
 */
export function mailFailure(error: unknown): string {
  const e = error as { code?: string; responseCode?: number; command?: string };
  return [e.code, e.responseCode ? `SMTP ${e.responseCode}` : null, e.command ? `after ${e.command}` : null].filter(Boolean).join(', ') || 'unknown error';
}
