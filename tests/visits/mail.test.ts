/**
 * E-mail through a real SMTP conversation with a local sink: the confirmation
 * carries the personal link and calendar.ics in the guest's language; the same
 * address again gets a fresh link (the old one stops); a guest moved up from
 * the waiting list is told; the reminder goes out once, the configured time
 * before the start; a refusing mail server fails no registration and leaves no
 * address in the log.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../server/visits/mail/mailer';
import { organizer, registration, secretOf, startVisitsServer, visitRequest, type VisitsServer } from './http';
import { startSmtpSink, type SmtpSink } from './smtpSink';

let dataDir: string;
let sink: SmtpSink;
let api: VisitsServer;
let ahead = 0;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sitevisit-visits-mail-'));
  sink = await startSmtpSink();
  api = await startVisitsServer(
    { dataDir },
    { registerPerMinute: 0, reminderMinutes: 60, mailer: createSmtpMailer(sink.url, 'sitevisit <visits@example.org>'), now: () => new Date(Date.now() + ahead) },
  );
}, 60_000);
afterAll(async () => {
  await api?.close();
  await sink?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const schedule = async (overrides: Record<string, unknown> = {}) => (await api.call('POST', '/api/visits', { headers: organizer, body: visitRequest(overrides) })).body as { code: string; id: string };
const register = (code: string, n: number, overrides: Record<string, unknown> = {}) => api.call('POST', `/api/visits/${code}/registrations`, { body: registration(n, overrides) });
const me = (link: string) => api.call('GET', '/api/registrations/me', { headers: { Authorization: `Bearer ${secretOf(link)}` } });

describe('e-mail to guests', () => {
  it('confirms a registration in the guest’s language with the personal link and calendar.ics attached', async () => {
    const { code } = await schedule({ capacity: 1, title: 'Bioraffinaderiet' });
    const answer = await register(code, 1, { language: 'sv' });
    expect(answer.body).toMatchObject({ status: 'confirmed', emailed: true });
    const mail = await sink.next();
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('guest1@example.org');
    expect(mail.from?.value[0]?.address).toBe('visits@example.org');
    expect(mail.subject).toBe('Du är anmäld: Bioraffinaderiet');
    expect(mail.text).toContain('Hej Guest 1,');
    expect(mail.text).toContain(answer.body.joinUrl);
    expect(mail.text).toContain('https://meet.example.org/visit');
    const ics = mail.attachments.find((a) => a.filename === 'calendar.ics');
    expect(ics?.contentType).toBe('text/calendar');
    const vevent = new ICAL.Component(ICAL.parse(ics!.content.toString('utf8'))).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('url')).toBe(answer.body.joinUrl);
    expect(vevent.getFirstPropertyValue('summary')).toBe('Bioraffinaderiet');

    // The next guest waits, in Finnish; when the first cancels, the second is told the seat is theirs.
    const second = await register(code, 2, { language: 'fi' });
    expect((await sink.next()).subject).toBe('Olet jonotuslistalla: Bioraffinaderiet');
    await api.call('DELETE', '/api/registrations/me', { headers: { Authorization: `Bearer ${secretOf(answer.body.joinUrl)}` } });
    const promoted = await sink.next();
    expect(promoted.subject).toBe('Sait paikan: Bioraffinaderiet');
    expect(promoted.text).toContain('Liity ilmoittautumisviestisi henkilökohtaisella linkillä.');
    expect((await me(second.body.joinUrl)).body.status).toBe('confirmed');
  });

  it('mails a fresh link to the address when it registers again, and the old link stops', async () => {
    const { code } = await schedule({ capacity: 5 });
    const first = await register(code, 3);
    await sink.next();
    const again = await register(code, 3, { name: 'Someone' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ status: 'confirmed', alreadyRegistered: true, emailed: true });
    const mail = await sink.next();
    expect(mail.subject).toBe('Your personal link: Distillation column');
    const fresh = /https?:\/\/\S+#key=\S+/.exec(mail.text ?? '')?.[0] ?? '';
    expect(fresh).not.toBe(first.body.joinUrl);
    expect((await me(fresh)).body).toMatchObject({ status: 'confirmed', name: 'Guest 3' });
    expect((await me(first.body.joinUrl)).status).toBe(404);
  });

  it('reminds each confirmed guest once, the configured time before the start', async () => {
    const start = new Date(Date.now() + 3 * 3_600_000);
    const { code } = await schedule({ startsAt: start.toISOString(), capacity: 1, title: 'Reminder visit' });
    await register(code, 4, { language: 'fi' });
    await register(code, 5); // waiting: no reminder
    await sink.next();
    await sink.next();
    await api.visits.tick();
    ahead = 2.5 * 3_600_000; // 30 minutes before the start: inside the 60-minute window
    try {
      await Promise.all([api.visits.tick(), api.visits.tick()]);
      const reminder = await sink.next();
      expect(reminder.subject).toBe('Alkaa pian: Reminder visit');
      expect(reminder.to && 'text' in reminder.to ? reminder.to.text : '').toBe('guest4@example.org');
      await api.visits.tick();
      await api.visits.notifier.idle();
      expect(sink.waiting).toBe(0);
    } finally {
      ahead = 0;
    }
  });

  it('registers the guest even when the mail server refuses, and logs no address', async () => {
    const { code } = await schedule({ capacity: 5 });
    sink.refuse(/guest6@/);
    try {
      const answer = await register(code, 6);
      expect(answer.status).toBe(201);
      await api.visits.notifier.idle();
      expect(api.logs.some((line) => /confirmed e-mail could not be sent \(.*SMTP 550/.test(line))).toBe(true);
      expect(api.logs.join('\n')).not.toMatch(/guest\d|example\.org/i);
    } finally {
      sink.refuse(null);
    }
  });
});
