/**
 * After the visit, over a real SMTP conversation: the guests who came get one follow-up e-mail in
 * their language with the follow-up page, the self-guided tour link and the answered question with
 * the link to its view; the guest who never came gets none, and nobody gets a second. On the way,
 * a speaker opens the doors through the HTTP API and the guest held in the lobby enters.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSmtpMailer } from '../../server/visits/mail/mailer';
import { createTestDatabase, type TestDatabase } from '../storage/engines';
import { organizer, registration, secretOf, visitRequest } from './http';
import { call, startVisitApp, visitClient, type VisitApp } from './liveApp';
import { startSmtpSink, type SmtpSink } from './smtpSink';

const ORGANIZER = organizer.Authorization.slice('Bearer '.length);
let db: TestDatabase;
let sink: SmtpSink;
let app: VisitApp;
let ahead = 0;
beforeAll(async () => {
  db = await createTestDatabase('sqlite');
  sink = await startSmtpSink();
  app = await startVisitApp(db.place, { mailer: createSmtpMailer(sink.url, 'sitevisit <visits@example.org>'), now: () => new Date(Date.now() + ahead) });
}, 60_000);
afterAll(async () => {
  await app?.close();
  await sink?.close();
  await db?.remove();
});

it('mails each guest who came the answered questions and the tour, once, in their language', async () => {
  const visit = (await call(app.url, 'POST', '/api/visits', { bearer: ORGANIZER, body: visitRequest({ capacity: 3 }, 20 / 1440) })).body;
  const speakerKey = secretOf(visit.speakers[0].presenterUrl);
  const secrets: string[] = [];
  for (const [n, language] of [[1, 'sv'], [2, 'fi'], [3, 'en']] as const) secrets.push(secretOf((await call(app.url, 'POST', `/api/visits/${visit.code}/registrations`, { body: registration(n, { language }) })).body.joinUrl));
  for (let i = 0; i < 3; i++) await sink.next(); // the confirmations

  const { code } = (await call(app.url, 'GET', '/api/registrations/me', { bearer: secrets[0] })).body.live;
  const speaker = visitClient(app.url, code, { key: speakerKey });
  const [one, two] = [visitClient(app.url, code, { guest: secrets[0] }), visitClient(app.url, code, { guest: secrets[1] })];
  await one.next('visit-welcome', (m) => !m.doorsOpen);
  expect((await call(app.url, 'POST', `/api/visits/${visit.code}/doors`, { bearer: 'nobody', body: {} })).status).toBe(403);
  expect((await call(app.url, 'POST', `/api/visits/${visit.code}/doors`, { bearer: speakerKey, body: {} })).body).toEqual({ live: { code, doorsOpen: true } });
  await one.next('doors');
  await one.next('welcome');
  await two.next('welcome');
  one.visit({ type: 'ask', ref: 'q', text: 'Where does the steam go?', where: { tour: 'demo', scene: 'boiler', view: { kind: 'panorama', yaw: -120.04, pitch: 3, fov: 75 }, card: null } });
  const question = (await one.next('done')).id as string;
  two.visit({ type: 'ask', text: 'Not answered', where: { tour: 'demo', scene: 'boiler', view: { kind: 'panorama', yaw: 0, pitch: 0, fov: 75 }, card: null } });
  await speaker.next('question', (m) => m.question.text === 'Not answered');
  speaker.visit({ type: 'mark', ref: 'm', question, status: 'answered' });
  await speaker.next('done');
  for (const c of [one, two, speaker]) c.close();

  // Nothing before the end; after it, one e-mail to each guest who came.
  await app.visits.tick();
  ahead = 2 * 3_600_000;
  await app.visits.tick();
  await app.visits.tick();
  await app.visits.notifier.idle();
  const mails = [await sink.next(), await sink.next()].sort((a, b) => String(a.subject).localeCompare(String(b.subject)));
  expect(sink.waiting).toBe(0);
  const [fi, sv] = mails as [(typeof mails)[0], (typeof mails)[0]];
  expect(sv.subject).toBe('Tack för ditt besök: Distillation column');
  expect(sv.to).toMatchObject({ text: 'guest1@example.org' });
  expect(fi.subject).toBe('Kiitos vierailusta: Distillation column');
  for (const mail of [sv, fi]) {
    expect(mail.text).toContain(`/v/${visit.code}/follow-up`);
    expect(mail.text).toMatch(/\/t\/demo\n/);
    expect(mail.text).toContain('- Where does the steam go?');
    expect(mail.text).toContain('/t/demo/boiler?v=-120,3,75');
    expect(mail.text).not.toContain('Not answered');
  }
  const followUp = (await call(app.url, 'GET', `/api/visits/${visit.code}/follow-up`)).body;
  expect(followUp.ended).toBe(true);
  expect(followUp.questions).toMatchObject([{ id: question, text: 'Where does the steam go?', votes: 0 }]);
}, 90_000);
