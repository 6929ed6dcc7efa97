/**
 * Booked visits in `npm start` as operators run it: with ORGANIZER_TOKEN and
 * SMTP_URL set, a visit is scheduled for a built-in tour, a guest registers
 * and gets the e-mail; the live API on the same `/api/` still creates
 * sessions; the embedded database lives in DATA_DIR and survives a restart.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmStart, type StartedServer } from '../server/npmStart';
import { startSmtpSink, type SmtpSink } from './smtpSink';
import { registration, visitRequest } from './http';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sitevisit-visits-start-'));
const TOKEN = 'start-test-organizer';
let sink: SmtpSink;
let server: StartedServer | null = null;

// LIVE_STORE_FILE=none: a live store file written while the stopped server winds down would outlive the clean-up.
const env = () => ({ CONTENT_DIR: join(work, 'tours'), DATA_DIR: join(work, 'data'), LIVE_STORE_FILE: 'none', ORGANIZER_TOKEN: TOKEN, SMTP_URL: sink.url, MAIL_FROM: 'visits@example.org' });
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${server!.port}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

beforeAll(async () => {
  sink = await startSmtpSink();
  // The first start may build dist/ (minutes on a loaded machine).
  server = await npmStart(repo, env(), 600_000);
}, 620_000);
afterAll(async () => {
  await server?.stop();
  await sink?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('npm start with visits', () => {
  it('schedules, registers and mails beside the live API, and keeps the visit across a restart', async () => {
    expect(existsSync(join(work, 'data', 'visits.sqlite'))).toBe(false); // nothing until visits are used
    const created = await post('/api/visits', visitRequest({ tour: 'processum' }), { Authorization: `Bearer ${TOKEN}` });
    expect(created.status).toBe(201);
    const { code } = (await created.json()) as { code: string };
    const registered = await post(`/api/visits/${code}/registrations`, registration(1));
    expect(registered.status).toBe(201);
    const { joinUrl } = (await registered.json()) as { joinUrl: string };
    const mail = await sink.next(30_000);
    expect(mail.text).toContain(joinUrl);
    expect(mail.attachments.map((a) => a.filename)).toEqual(['calendar.ics']);

    expect((await post('/api/live', { tour: 'processum' })).status).toBe(201);
    expect((await post('/api/nothing', {})).status).toBe(404);
    expect(existsSync(join(work, 'data', 'visits.sqlite'))).toBe(true);
    expect(server!.output()).not.toMatch(/guest1|example\.org\/v\/.*#key/i);

    await server!.stop();
    server = await npmStart(repo, env(), 120_000);
    const visit = await fetch(`http://127.0.0.1:${server.port}/api/visits/${code}`);
    expect(await visit.json()).toMatchObject({ code, seatsLeft: 0, posterUrl: '/tours/processum/thumbnail.jpg' });
  }, 240_000);
});
