/**
 * The visits API over real HTTP on the embedded engine (SQLite): who may schedule,
 * what a bad request is told (with JSON paths) and that it stores nothing,
 * registration with waiting list, duplicates, honeypot and rate limit, the
 * guest's own link, the organizer's CSV and personal-data requests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_PATTERN } from '../../src/protocol/live-code';
import { organizer, registration, secretOf, startVisitsServer, visitRequest, type VisitsServer } from './http';

let dataDir: string;
let api: VisitsServer;
/** The server's clock runs this many ms ahead (to pass a deadline without waiting). */
let ahead = 0;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sitevisit-visits-api-'));
  api = await startVisitsServer({ dataDir }, { registerPerMinute: 0, now: () => new Date(Date.now() + ahead) });
}, 60_000);
afterAll(async () => {
  await api?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const schedule = (body: unknown = visitRequest()) => api.call('POST', '/api/visits', { headers: organizer, body });
const bearer = (secret: string) => ({ Authorization: `Bearer ${secret}` });

describe('scheduling a visit', () => {
  it('needs the organizer token: 401 without, 403 with a wrong one', async () => {
    expect((await api.call('POST', '/api/visits', { body: visitRequest() })).status).toBe(401);
    expect((await api.call('POST', '/api/visits', { headers: { Authorization: 'Bearer nope' }, body: visitRequest() })).status).toBe(403);
    expect((await api.call('GET', '/api/visits')).status).toBe(401);
  });

  it('answers 201 with the registration, organizer and presenter links', async () => {
    // A form's blank optional fields arrive empty: they count as absent.
    const answer = await schedule(visitRequest({ speakers: [{ name: 'Anna', organisation: '' }, { name: 'Bo', organisation: 'MoRe' }], registrationDeadline: '', meetingUrl: null }));
    expect(answer.status).toBe(201);
    const { id, code, registrationUrl, organizerUrl, speakers } = answer.body;
    expect(code).toMatch(CODE_PATTERN);
    expect(registrationUrl).toBe(`${api.url}/v/${code}`);
    expect(organizerUrl).toBe(`${api.url}/visits/${id}`);
    expect(speakers.map((s: { name: string }) => s.name)).toEqual(['Anna', 'Bo']);
    for (const s of speakers) expect(s.presenterUrl).toMatch(new RegExp(`^${api.url}/v/${code}/present#key=[\\w-]{32}$`));
    const visit = await api.call('GET', `/api/visits/${code.toLowerCase()}`);
    expect(visit.status).toBe(200);
    expect(visit.body).toMatchObject({ code, title: 'Distillation column', tours: ['demo'], timeZone: 'Europe/Stockholm', capacity: 1, seatsLeft: 1, registrationOpen: true, languages: ['en', 'sv', 'fi'], speakers: [{ name: 'Anna' }, { name: 'Bo', organisation: 'MoRe' }] });
    expect(visit.body.meetingUrl).toBeUndefined(); // only registered guests see the meeting link
    expect(visit.body.registrationDeadline).toBeUndefined();
  });

  it('refuses impossible dates, no seats, unknown tours and more, naming each field, and stores nothing', async () => {
    const before = (await api.call('GET', '/api/visits', { headers: organizer })).body.length;
    const cases: [Record<string, unknown>, string][] = [
      [{ startsAt: '2027-02-30T10:00:00+01:00' }, 'startsAt'],
      [{ startsAt: '2027-04-31T10:00:00Z' }, 'startsAt'],
      [{ startsAt: '2020-05-04T10:00:00+02:00' }, 'startsAt'],
      [{ startsAt: '2027-05-04T10:00:00' }, 'startsAt'],
      [{ capacity: 0 }, 'capacity'],
      [{ capacity: 2.5 }, 'capacity'],
      [{ tour: undefined, tours: ['demo', 'no-such-tour'] }, 'tours.1'],
      [{ tour: 'nowhere' }, 'tour'],
      [{ timeZone: 'Europe/Atlantis' }, 'timeZone'],
      [{ durationMinutes: 0 }, 'durationMinutes'],
      [{ speakers: [] }, 'speakers'],
      [{ speakers: [{ name: '' }] }, 'speakers.0.name'],
      [{ meetingUrl: 'http://meet.example.org' }, 'meetingUrl'],
      [{ registrationDeadline: '2099-01-01T00:00:00Z' }, 'registrationDeadline'],
      [{ languages: ['english'] }, 'languages.0'],
      [{ overrunMinutes: -1 }, 'overrunMinutes'],
      [{ overrunMinutes: 241 }, 'overrunMinutes'],
      [{ overrunMinutes: 7.5 }, 'overrunMinutes'],
      [{ overrunMinutes: '30' }, 'overrunMinutes'],
      [{ colour: 'red' }, '(body)'],
    ];
    for (const [change, path] of cases) {
      const answer = await schedule(visitRequest(change));
      expect(answer.status, JSON.stringify(change)).toBe(400);
      expect(answer.body.problems.some((p: string) => p.startsWith(`${path}: `)), `${JSON.stringify(change)} → ${answer.body.problems}`).toBe(true);
    }
    expect((await schedule('{"title":')).status).toBe(400);
    expect((await api.call('GET', '/api/visits', { headers: organizer })).body).toHaveLength(before);
  });

  it('takes writes only as JSON and not from pages of other sites', async () => {
    expect((await api.call('POST', '/api/visits', { headers: { ...organizer, 'Content-Type': 'text/plain' }, body: visitRequest() })).status).toBe(415);
    expect((await api.call('POST', '/api/visits', { headers: { ...organizer, Origin: 'https://evil.example' }, body: visitRequest() })).status).toBe(403);
  });
});

describe('registering', () => {
  it('confirms the first guest, puts the next on the waiting list, and lets a cancellation move them up', async () => {
    const { code, id } = (await schedule()).body;
    const first = await api.call('POST', `/api/visits/${code}/registrations`, { body: registration(1) });
    expect(first.status).toBe(201);
    expect(first.body.status).toBe('confirmed');
    expect(first.body.joinUrl).toMatch(new RegExp(`^${api.url}/v/${code}/join#key=`));
    expect(first.body.ics).toContain('BEGIN:VEVENT');
    expect(first.body.emailed).toBe(false);
    const second = await api.call('POST', `/api/visits/${code}/registrations`, { body: registration(2) });
    expect(second.body.status).toBe('waiting');
    expect((await api.call('GET', `/api/visits/${code}`)).body.seatsLeft).toBe(0);

    const mine = await api.call('GET', '/api/registrations/me', { headers: bearer(secretOf(first.body.joinUrl)) });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ status: 'confirmed', name: 'Guest 1', language: 'en', meetingUrl: 'https://meet.example.org/visit', visit: { code } });
    expect(mine.body.ics).toContain(secretOf(first.body.joinUrl));
    const waiting = await api.call('GET', '/api/registrations/me', { headers: bearer(secretOf(second.body.joinUrl)) });
    expect(waiting.body.status).toBe('waiting');
    expect(waiting.body.meetingUrl).toBeUndefined();

    expect((await api.call('DELETE', '/api/registrations/me', { headers: bearer(secretOf(first.body.joinUrl)) })).status).toBe(204);
    expect((await api.call('GET', '/api/registrations/me', { headers: bearer(secretOf(first.body.joinUrl)) })).status).toBe(404);
    expect((await api.call('GET', '/api/registrations/me', { headers: bearer(secretOf(second.body.joinUrl)) })).body.status).toBe('confirmed');
    expect((await api.call('GET', '/api/registrations/me')).status).toBe(401);

    const list = await api.call('GET', `/api/visits/${id}/registrations`, { headers: organizer });
    expect(list.body.map((r: { email: string; status: string }) => [r.email, r.status])).toEqual([['guest2@example.org', 'confirmed']]);
  });

  it('answers the same address again with the same registration and never shows its link to whoever typed it', async () => {
    const { code } = (await schedule(visitRequest({ capacity: 5 }))).body;
    await api.call('POST', `/api/visits/${code}/registrations`, { body: registration(3) });
    const again = await api.call('POST', `/api/visits/${code}/registrations`, { body: registration(3, { email: ' guest3@EXAMPLE.org ', name: 'Impostor' }) });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ status: 'confirmed', alreadyRegistered: true, emailed: false });
    expect((await api.call('GET', `/api/visits/${code}`)).body.seatsLeft).toBe(4);
  });

  it('refuses a filled-in honeypot, bad fields, missing consent, unknown visits and closed registration, storing nothing', async () => {
    const { code, id } = (await schedule(visitRequest({ capacity: 5 }))).body;
    const post = (body: unknown, c = code) => api.call('POST', `/api/visits/${c}/registrations`, { body });
    const honeypot = await post(registration(4, { website: 'https://spam.example' }));
    expect(honeypot.status).toBe(400);
    expect(honeypot.body.problems).toEqual(['website: leave this field empty']);
    expect((await post(registration(4, { email: 'not-an-address' }))).body.problems[0]).toMatch(/^email: /);
    expect((await post(registration(4, { consent: false }))).body.problems[0]).toMatch(/^consent: /);
    expect((await post(registration(4, { language: 'de' }))).body.problems).toEqual(['language: this visit is offered in en, sv, fi']);
    expect((await post(registration(4, { name: 'x'.repeat(121) }))).body.problems[0]).toMatch(/^name: /);
    expect((await post(registration(4), 'ZZZZZZ')).status).toBe(404);
    expect((await api.call('GET', `/api/visits/${id}/registrations`, { headers: organizer })).body).toEqual([]);

    const soon = new Date(Date.now() + 60_000).toISOString();
    const closing = (await schedule(visitRequest({ registrationDeadline: soon }))).body.code;
    expect((await api.call('GET', `/api/visits/${closing}`)).body.registrationOpen).toBe(true);
    ahead = 120_000;
    try {
      expect((await api.call('GET', `/api/visits/${closing}`)).body.registrationOpen).toBe(false);
      const late = await post(registration(5), closing);
      expect(late.status).toBe(410);
      expect(late.body.error).toBe('Registration for this visit has closed.');
    } finally {
      ahead = 0;
    }
  });

  it('downloads the attendance CSV and answers export and erasure requests for one address', async () => {
    const { code, id } = (await schedule(visitRequest({ capacity: 1 }))).body;
    await api.call('POST', `/api/visits/${code}/registrations`, { body: registration(6, { organisation: 'Acme, Ltd' }) });
    const waiting = (await api.call('POST', `/api/visits/${code}/registrations`, { body: registration(7) })).body;
    expect((await api.call('GET', `/api/visits/${id}/attendance.csv`)).status).toBe(401);
    const csv = await api.call('GET', `/api/visits/${id}/attendance.csv`, { headers: organizer });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.text.split('\r\n').slice(0, 3)).toEqual(['name,organisation,language,joined,left,minutes present', 'Guest 6,"Acme, Ltd",en,,,0', 'Guest 7,,en,,,0']);

    const exported = await api.call('POST', '/api/visits/personal-data/export', { headers: organizer, body: { email: 'GUEST6@example.org' } });
    expect(exported.body.registrations).toHaveLength(1);
    expect(exported.body.registrations[0]).toMatchObject({ name: 'Guest 6', organisation: 'Acme, Ltd', status: 'confirmed', visit: { code } });
    const deleted = await api.call('POST', '/api/visits/personal-data/delete', { headers: organizer, body: { email: 'guest6@example.org' } });
    expect(deleted.body).toEqual({ deleted: 1 });
    expect((await api.call('GET', '/api/registrations/me', { headers: bearer(secretOf(waiting.joinUrl)) })).body.status).toBe('confirmed');
    const list = (await api.call('GET', '/api/visits', { headers: organizer })).body.find((v: { id: string }) => v.id === id);
    expect(list).toMatchObject({ code, registered: 1, waiting: 0, attended: 0, capacity: 1 });
  });

  it('lists a visit running in its overrun among the upcoming ones, and says it is not over; past once it is', async () => {
    const { code } = (await schedule(visitRequest({ durationMinutes: 5 }, 10 / 1440))).body;
    await schedule(visitRequest()); // in 14 days: upcoming whatever the clock does here
    const codes = async () => ((await api.call('GET', '/api/visits', { headers: organizer })).body as { code: string }[]).map((v) => v.code);
    try {
      ahead = 17 * 60_000; // 2 minutes past its scheduled end, inside the 15 minutes' overrun
      expect((await codes())[0]).toBe(code);
      expect((await api.call('GET', `/api/visits/${code}`)).body.ended).toBe(false);
      ahead = 31 * 60_000;
      expect((await codes()).at(-1)).toBe(code);
      expect((await api.call('GET', `/api/visits/${code}`)).body.ended).toBe(true);
    } finally {
      ahead = 0;
    }
  });

  it('keeps a visit’s own overrun: it is stored, listed, and decides when the visit is over', async () => {
    // Three visits ending 15 minutes from now: none of their own (the site's 15), 0 (a hard stop), and 40 minutes.
    const scheduled = [undefined, 0, 40].map(async (overrunMinutes) => (await schedule(visitRequest({ durationMinutes: 5, ...(overrunMinutes === undefined ? {} : { overrunMinutes }) }, 10 / 1440))).body);
    const [site, none, long] = await Promise.all(scheduled);
    expect([site.overrunMinutes, none.overrunMinutes, long.overrunMinutes]).toEqual([15, 0, 40]);
    const listed = async () => {
      const all = (await api.call('GET', '/api/visits', { headers: organizer })).body as { code: string; overrunMinutes: number; ended: boolean }[];
      return [site, none, long].map((v) => all.find((l) => l.code === v.code));
    };
    const ended = async (code: string) => (await api.call('GET', `/api/visits/${code}`)).body.ended;
    expect((await listed()).map((v) => [v?.overrunMinutes, v?.ended])).toEqual([[15, false], [0, false], [40, false]]);
    try {
      ahead = 16 * 60_000; // 1 minute past their scheduled end: the one without overrun is over, the others run on
      expect((await listed()).map((v) => v?.ended)).toEqual([false, true, false]);
      expect([await ended(site.code), await ended(none.code), await ended(long.code)]).toEqual([false, true, false]);
      ahead = 31 * 60_000; // past the site's overrun, inside the visit's own 40 minutes
      expect((await listed()).map((v) => v?.ended)).toEqual([true, true, false]);
      expect(await ended(long.code)).toBe(false);
      ahead = 56 * 60_000;
      expect(await ended(long.code)).toBe(true);
    } finally {
      ahead = 0;
    }
  });

  it('leaves other API paths to the live API and logs no personal data', async () => {
    expect((await api.call('POST', '/api/live', { body: {} })).body).toEqual({ error: 'Unknown API path.' });
    expect((await api.call('PUT', '/api/visits')).status).toBe(405);
    expect(api.logs.join('\n')).not.toMatch(/guest\d|@example|Guest \d/i);
  });
});

describe('limits and the studio session', () => {
  it('limits registrations per address (429 with Retry-After) and lets a signed-in studio request in, but only from our own pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitevisit-visits-limit-'));
    const limited = await startVisitsServer({ dataDir: dir }, { registerPerMinute: 2, isOrganizer: (req) => req.headers.cookie === 'studio=yes' });
    try {
      const studio = { Cookie: 'studio=yes' };
      expect((await limited.call('POST', '/api/visits', { headers: studio, body: visitRequest() })).status).toBe(403);
      const origin = { ...studio, Origin: limited.url };
      const { code } = (await limited.call('POST', '/api/visits', { headers: origin, body: visitRequest({ capacity: 10 }) })).body;
      expect((await limited.call('GET', '/api/visits', { headers: studio })).status).toBe(200);
      const post = (n: number) => limited.call('POST', `/api/visits/${code}/registrations`, { body: registration(n) });
      expect((await post(1)).status).toBe(201);
      expect((await post(2)).status).toBe(201);
      const third = await post(3);
      expect(third.status).toBe(429);
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
