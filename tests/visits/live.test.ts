/**
 * The live part of a booked visit, on real servers (visits API + live channel as `npm start` wires
 * them) with socket.io-clients, on SQLite and on PostgreSQL: guests held in the lobby while a speaker
 * rehearses, Open doors, a question asked from a card and voted up, Go there, hands, a poll, the late
 * joiner's snapshot, the roster, and the organizer's CSVs and the follow-up data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, ENGINES, type TestDatabase } from '../storage/engines';
import { organizer, registration, secretOf, visitRequest } from './http';
import { call, startVisitApp, visitClient, type VisitApp, type VisitClient } from './liveApp';

const ORGANIZER = organizer.Authorization.slice('Bearer '.length);
const where = { tour: 'demo', scene: 'distillation', view: { kind: 'panorama', yaw: 42, pitch: -5, fov: 60 }, card: 'column-card' };

describe.each(ENGINES)('a live visit on %s', (engine) => {
  let db: TestDatabase;
  let app: VisitApp;
  const clients: VisitClient[] = [];
  const client = (...args: Parameters<typeof visitClient>) => {
    const c = visitClient(...args);
    clients.push(c);
    return c;
  };
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    app = await startVisitApp(db.place);
  }, 60_000);
  afterAll(async () => {
    for (const c of clients) c.close();
    await app?.close();
    await db?.remove();
  });

  it('holds guests in the lobby, opens the doors, and runs questions, hands and a poll', async () => {
    // A visit starting in 20 minutes (its lobby is open), two seats, three guests: the third waits.
    const visit = (await call(app.url, 'POST', '/api/visits', { bearer: ORGANIZER, body: visitRequest({ capacity: 2 }, 20 / 1440) })).body;
    const speakerKey = secretOf(visit.speakers[0].presenterUrl);
    const guests = [];
    for (const n of [1, 2, 3]) guests.push(secretOf((await call(app.url, 'POST', `/api/visits/${visit.code}/registrations`, { body: registration(n) })).body.joinUrl));
    const [g1, g2, g3] = guests as [string, string, string];

    expect((await call(app.url, 'POST', `/api/visits/${visit.code}/presenter`, { bearer: 'not-a-speaker', body: {} })).status).toBe(403);
    const presenter = await call(app.url, 'POST', `/api/visits/${visit.code}/presenter`, { bearer: speakerKey, body: {} });
    expect(presenter.status).toBe(200);
    expect(presenter.body.speaker).toEqual({ id: 'p1', name: 'Anna' });
    const { code, doorsOpen } = presenter.body.live;
    expect(doorsOpen).toBe(false);
    expect((await call(app.url, 'GET', '/api/registrations/me', { bearer: g1 })).body.live).toEqual({ code, doorsOpen: false });
    expect((await call(app.url, 'GET', '/api/registrations/me', { bearer: g3 })).body.live).toBeUndefined();

    // Only the visit's people get in.
    expect(await client(app.url, code, {}).refused()).toBe('not-registered');
    expect(await client(app.url, code, { guest: 'made-up' }).refused()).toBe('not-registered');
    expect(await client(app.url, code, { guest: g3 }).refused()).toBe('waiting-list');

    // The speaker rehearses; guest 1 waits in the lobby and sees none of it.
    const speaker = client(app.url, code, { key: speakerKey });
    await speaker.next('welcome');
    expect((await speaker.next('visit-welcome')).role).toBe('speaker');
    const one = client(app.url, code, { guest: g1 });
    const lobby = await one.next('visit-welcome');
    expect(lobby).toMatchObject({ role: 'guest', doorsOpen: false, questions: [], polls: [] });
    speaker.live({ type: 'state', state: { scene: 'hall', view: { kind: 'panorama', yaw: 10, pitch: 0, fov: 70 }, card: null } });
    const roster = await speaker.next('roster', (m) => m.roster.lobby === 1);
    expect(roster.roster).toMatchObject({ registered: 1, lobby: 1, present: 0 });
    expect(roster.roster.guests.map((g) => [g.name, g.status])).toEqual([['Guest 1', 'lobby'], ['Guest 2', 'registered']]);
    one.visit({ type: 'ask', ref: 'early', text: 'Is it on?', where });
    expect(await one.next('refused')).toMatchObject({ ref: 'early', reason: 'doors-closed' });
    expect(one.received.some((m) => m.type === 'welcome' || m.type === 'state')).toBe(false);

    // Open doors: guest 1 enters on the same connection, at the rehearsed view; guest 2 comes later straight in.
    speaker.visit({ type: 'open-doors', ref: 'doors' });
    await speaker.next('done', (m) => m.ref === 'doors');
    await one.next('doors');
    expect((await one.next('visit-welcome')).doorsOpen).toBe(true);
    expect((await one.next('welcome')).state?.scene).toBe('hall');
    expect((await call(app.url, 'GET', '/api/registrations/me', { bearer: g1 })).body.live).toEqual({ code, doorsOpen: true });
    const two = client(app.url, code, { guest: g2 });
    expect((await two.next('visit-welcome')).doorsOpen).toBe(true);
    await two.next('welcome');

    // A question from a card, with the asker's view; bad ones are refused and store nothing.
    one.visit({ type: 'ask', ref: 'q1', text: '  How tall is the column?\r\nAnd how hot?  ', where });
    const { id: q1 } = await one.next('done', (m) => m.ref === 'q1');
    const asked = await speaker.next('question');
    expect(asked.question).toMatchObject({ id: q1, text: 'How tall is the column?\nAnd how hot?', where, status: 'open', votes: 0 });
    expect((await two.next('question')).question.id).toBe(q1);
    one.visit({ type: 'ask', ref: 'long', text: 'x'.repeat(501), where });
    expect(await one.next('refused', (m) => m.ref === 'long')).toMatchObject({ reason: 'too-long' });
    one.visit({ type: 'ask', ref: 'number', text: 42, where });
    expect(await one.next('refused', (m) => m.ref === 'number')).toMatchObject({ reason: 'invalid' });
    one.visit({ type: 'ask', ref: 'control', text: 'bell\u0007', where });
    expect(await one.next('refused', (m) => m.ref === 'control')).toMatchObject({ reason: 'invalid' });
    one.visit({ type: 'ask', ref: 'tour', text: 'Elsewhere?', where: { ...where, tour: 'processum' } });
    expect(await one.next('refused', (m) => m.ref === 'tour')).toMatchObject({ reason: 'invalid' });
    speaker.visit({ type: 'ask', ref: 'speaker', text: 'Me?', where });
    expect(await speaker.next('refused', (m) => m.ref === 'speaker')).toMatchObject({ reason: 'not-guest' });

    // Votes: once per guest, never one's own.
    two.visit({ type: 'vote', ref: 'v', question: q1 });
    await two.next('done', (m) => m.ref === 'v');
    expect((await speaker.next('question', (m) => m.question.votes === 1)).question.id).toBe(q1);
    two.visit({ type: 'vote', ref: 'v2', question: q1 });
    expect(await two.next('refused', (m) => m.ref === 'v2')).toMatchObject({ reason: 'already-voted' });
    one.visit({ type: 'vote', ref: 'own', question: q1 });
    expect(await one.next('refused', (m) => m.ref === 'own')).toMatchObject({ reason: 'own-question' });

    // Go there: the speaker in control sends the question's view; every guest lands on it, card open.
    speaker.live({ type: 'take-control' });
    speaker.live({ type: 'state', state: { scene: asked.question.where.scene, view: asked.question.where.view, card: asked.question.where.card } });
    for (const guest of [one, two]) expect((await guest.next('state', (m) => m.state.scene === 'distillation')).state).toEqual({ scene: 'distillation', view: where.view, card: 'column-card' });

    // Answered; a second question hidden from guests.
    speaker.visit({ type: 'mark', question: q1, status: 'answered' });
    expect((await two.next('question', (m) => m.question.status === 'answered')).question.id).toBe(q1);
    two.visit({ type: 'ask', ref: 'q2', text: 'Off topic', where: { ...where, card: null } });
    const { id: q2 } = await two.next('done', (m) => m.ref === 'q2');
    speaker.visit({ type: 'mark', question: q2, status: 'hidden' });
    expect((await one.next('question-removed')).id).toBe(q2);

    // Hands.
    two.visit({ type: 'hand', raised: true });
    expect((await two.next('hand')).raised).toBe(true);
    const hands = await speaker.next('hands', (m) => m.hands.length === 1);
    expect(hands.hands[0]?.name).toBe('Guest 2');
    speaker.visit({ type: 'lower-hand', participant: hands.hands[0]?.participant });
    expect((await two.next('hand')).raised).toBe(false);

    // A poll: 2–6 options, one vote each, live counts, none after it closed.
    speaker.visit({ type: 'open-poll', ref: 'bad', question: 'One?', options: ['only'] });
    expect(await speaker.next('refused', (m) => m.ref === 'bad')).toMatchObject({ reason: 'invalid' });
    speaker.visit({ type: 'open-poll', ref: 'poll', question: 'Which part next?', options: ['Boiler', 'Column', 'Tanks'] });
    const poll = (await speaker.next('done', (m) => m.ref === 'poll')).id as string;
    await one.next('poll', (m) => m.poll.id === poll);
    one.visit({ type: 'poll-vote', poll, option: 0 });
    two.visit({ type: 'poll-vote', poll, option: 2 });
    await speaker.next('poll', (m) => m.poll.counts.join() === '1,0,1');
    one.visit({ type: 'poll-vote', ref: 'again', poll, option: 1 });
    expect(await one.next('refused', (m) => m.ref === 'again')).toMatchObject({ reason: 'already-voted' });
    speaker.visit({ type: 'close-poll', poll });
    expect((await two.next('poll', (m) => !m.poll.open)).poll.counts).toEqual([1, 0, 1]);
    const late = client(app.url, code, { guest: g1 });

    // The late joiner (guest 1 again, in a second tab) gets the state, the poll and the questions guests see.
    const snapshot = await late.next('visit-welcome');
    expect(snapshot.questions.map((q) => [q.id, q.status])).toEqual([[q1, 'answered']]);
    expect(snapshot.polls).toMatchObject([{ id: poll, open: false, counts: [1, 0, 1] }]);
    expect(snapshot.myPollVotes).toEqual({ [poll]: 0 });
    expect((await late.next('welcome')).state?.scene).toBe('distillation');
    two.visit({ type: 'poll-vote', ref: 'closed', poll, option: 1 });
    expect(await two.next('refused', (m) => m.ref === 'closed')).toMatchObject({ reason: 'poll-closed' });

    // The roster: guest 2 looks around on their own.
    two.live({ type: 'detached', detached: true });
    const looking = await speaker.next('roster', (m) => m.roster.lookingAround === 1);
    expect(looking.roster).toMatchObject({ registered: 0, lobby: 0, present: 1, lookingAround: 1 });

    // After: everyone leaves; the organizer's CSVs and the follow-up data.
    for (const c of [one, two, late]) c.close();
    await speaker.next('roster', (m) => m.roster.registered === 2);
    const attendance = (await call(app.url, 'GET', `/api/visits/${visit.id}/attendance.csv`, { bearer: ORGANIZER })).text.trim().split('\r\n');
    expect(attendance).toHaveLength(4);
    for (const line of attendance.slice(1, 3)) expect(line).toMatch(/^Guest [12],,en,\d{4}-.+Z,\d{4}-.+Z,0$/);
    expect(attendance[3]).toBe('Guest 3,,en,,,0');
    const questions = (await call(app.url, 'GET', `/api/visits/${visit.id}/questions.csv`, { bearer: ORGANIZER })).text.trim().split('\r\n');
    expect(questions[0]).toBe('asked at,question,status,votes,tour,scene,card,view link');
    expect(questions).toHaveLength(3);
    expect(questions[1]).toContain(`"How tall is the column?\nAnd how hot?",answered,1,demo,distillation,column-card,"http://`);
    expect(questions[1]).toContain('/t/demo/distillation?v=42,-5,60&card=column-card');
    expect(questions[2]).toContain('Off topic,hidden,0');
    expect((await call(app.url, 'GET', `/api/visits/${visit.id}/questions.csv`)).status).toBe(401);
    const followUp = (await call(app.url, 'GET', `/api/visits/${visit.code}/follow-up`)).body;
    expect(followUp).toMatchObject({ code: visit.code, ended: false, tours: [{ id: 'demo' }] });
    expect(followUp.tours[0].url).toMatch(/\/t\/demo$/);
    expect(followUp.questions.map((q: { id: string }) => q.id)).toEqual([q1]);
    expect(app.logs.join('\n')).not.toMatch(/Guest \d|example\.org/i);
  }, 120_000);
});
