/**
 * A multi-site visit on a real server with socket.io-clients, each bound to a real tour store by the
 * live binding the pages use (src/live/binding.ts), on SQLite and on PostgreSQL: the first site's
 * speaker hands over to the next site's speaker and every follower's store switches tour; a late
 * joiner lands in the current tour; Go there on a question asked at the first site takes everyone
 * back to that tour and view; a state in a tour that is not the visit's is refused. And the flood guard: a connection that keeps sending visit messages is
 * closed (logged without personal data), an honest one sending a few a second never is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindLive, type LiveControls, type LiveSocket } from '../../src/live/binding';
import type { LiveSession } from '../../src/live/start';
import { createLiveStatus, isDriving, type LiveStatusStore } from '../../src/live/status';
import { createTourStore, type TourStore } from '../../src/state/store';
import type { Tour } from '../../src/tour/schema';
import { validateTour } from '../../src/tour/validate';
import { goThere } from '../../src/visits/live/goThere';
import { moveToSite } from '../../src/visits/live/moveToSite';
import { nextSite } from '../../src/visits/live/visitLiveState';
import { createTestDatabase, ENGINES, type TestDatabase } from '../storage/engines';
import { until as untilWithin } from '../live/helpers';
import { validTour } from '../tour/fixtures';
import { organizer, registration, secretOf, visitRequest } from './http';
import { call, startVisitApp, visitClient, type VisitApp, type VisitClient } from './liveApp';

const ORGANIZER = organizer.Authorization.slice('Bearer '.length);

interface Peer extends VisitClient {
  store: TourStore;
  status: LiveStatusStore;
  controls: LiveControls;
  /** What the visit pages hold (src/live/start.ts). */
  session: LiveSession;
  /** Tours this page was asked to load, in order. */
  loads: string[];
}

/** The shared wait (tests/live/helpers.ts), with the longer timeout a visit across two sites needs. */
const until = (store: Parameters<typeof untilWithin>[0], check: () => boolean, what: string) => untilWithin(store, check, what, 10_000);

describe.each(ENGINES)('a multi-site visit on %s', (engine) => {
  let db: TestDatabase;
  let app: VisitApp;
  const peers: VisitClient[] = [];
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    app = await startVisitApp(db.place);
  }, 60_000);
  afterAll(async () => {
    for (const p of peers) p.close();
    await app?.close();
    await db?.remove();
  });

  /** A page of the visit: a socket.io-client with the live binding on a real store; tours are the fixture tour under the asked id. */
  function page(code: string, auth: { key?: string; guest?: string }): Peer {
    const client = visitClient(app.url, code, auth);
    peers.push(client);
    const store = createTourStore({ language: 'en' });
    const status = createLiveStatus();
    const loads: string[] = [];
    const controls = bindLive(store, client.socket as unknown as LiveSocket, status, {
      minIntervalMs: 20,
      async loadTour(tour, state) {
        loads.push(tour);
        // A tour file arrives a moment later, as over the network: messages keep coming meanwhile.
        await new Promise((r) => setTimeout(r, 50));
        const result = validateTour({ ...validTour(), id: tour });
        if (!result.ok) throw new Error('fixture invalid');
        const { tour: _id, ...place } = state ?? { tour };
        store.getState().openTour(result.tour as Tour, `http://test/tours/${tour}/tour.json`, { target: place, source: 'live' });
      },
    });
    const session = { code, status, controls, socket: client.socket } as LiveSession;
    return Object.assign(client, { store, status, controls, session, loads });
  }
  const tourOf = (p: Peer) => p.store.getState().tour?.id;

  it('hands over to the next site: everyone switches tour, a late joiner lands there, Go there goes back', async () => {
    const visit = (
      await call(app.url, 'POST', '/api/visits', {
        bearer: ORGANIZER,
        body: visitRequest({ tour: undefined, tours: ['demo', 'processum'], capacity: 3, speakers: [{ name: 'Anna', tour: 'demo' }, { name: 'Bo', tour: 'processum' }] }, 20 / 1440),
      })
    ).body;
    const [annaKey, boKey] = visit.speakers.map((s: { presenterUrl: string }) => secretOf(s.presenterUrl));
    const guests: string[] = [];
    for (const n of [1, 2]) guests.push(secretOf((await call(app.url, 'POST', `/api/visits/${visit.code}/registrations`, { body: registration(n) })).body.joinUrl));
    const { code } = (await call(app.url, 'POST', `/api/visits/${visit.code}/presenter`, { bearer: annaKey, body: {} })).body.live;

    // Anna presents the first site; the visit tells every page who presents which site.
    const anna = page(code, { key: annaKey });
    const welcome = await anna.next('visit-welcome');
    expect(welcome.visit.tours).toEqual(['demo', 'processum']);
    expect(welcome.visit.speakers).toEqual([
      { id: 'p1', name: 'Anna', tour: 'demo' },
      { id: 'p2', name: 'Bo', tour: 'processum' },
    ]);
    await until(anna.status, () => isDriving(anna.status.getState()) && tourOf(anna) === 'demo', 'Anna presenting the first site');
    anna.visit({ type: 'open-doors', ref: 'doors' });
    await anna.next('done', (m) => m.ref === 'doors');
    const guest = page(code, { guest: guests[0] as string });
    const bo = page(code, { key: boKey });
    for (const p of [guest, bo]) await until(p.store, () => tourOf(p) === 'demo' && p.store.getState().sceneId !== null, 'following the first site');

    // A question at the first site, from a card.
    anna.store.getState().goToScene('east', 'user');
    await until(guest.store, () => guest.store.getState().sceneId === 'east', 'guest in the east panorama');
    const where = { tour: 'demo', scene: 'east', view: { kind: 'panorama' as const, yaw: 12, pitch: -4, fov: 60 }, card: 'pump' };
    guest.visit({ type: 'ask', ref: 'q', text: 'What does the pump move?', where });
    const { id: question } = await guest.next('done', (m) => m.ref === 'q');

    // Anna hands over to Bo: everyone switches to the second site's start, and Bo presents from there.
    const next = nextSite({ tours: welcome.visit.tours, speakers: welcome.visit.speakers ?? [] }, tourOf(anna) ?? null);
    expect(next).toEqual({ tour: 'processum', speaker: { id: 'p2', name: 'Bo', tour: 'processum' } });
    const switchedAt = guest.received.length;
    expect(await moveToSite(anna.session, next as NonNullable<typeof next>)).toBe(true);
    await until(bo.status, () => isDriving(bo.status.getState()), 'Bo in control');
    for (const p of [guest, bo, anna]) await until(p.store, () => tourOf(p) === 'processum' && p.store.getState().sceneId === 'hall', `${p === bo ? 'Bo' : p === anna ? 'Anna' : 'the guest'} at the second site's start`);
    // Bo moves: the guest follows within the new tour; nothing ever took anyone back to the first site on the way.
    bo.store.getState().goToScene('east', 'user');
    await until(guest.store, () => guest.store.getState().sceneId === 'east' && tourOf(guest) === 'processum', 'guest following Bo');
    const states = guest.received.slice(switchedAt).flatMap((m) => (m.type === 'state' ? [m.state.tour] : []));
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((t) => t === 'processum')).toBe(true);
    expect(guest.loads).toEqual(['demo', 'processum']);

    // A late joiner lands in the current tour, where Bo is.
    const late = page(code, { guest: guests[1] as string });
    expect((await late.next('welcome')).state).toMatchObject({ tour: 'processum', scene: 'east' });
    await until(late.store, () => tourOf(late) === 'processum' && late.store.getState().sceneId === 'east', 'late joiner in the second site');
    expect(late.loads).toEqual(['processum']);

    // Go there on the first site's question: Bo's page loads that tour at the asker's view and everyone follows.
    expect((await bo.next('question', (m) => m.question.id === question)).question.where).toEqual(where);
    expect(await goThere(bo.store, bo.session, where)).toBe('moved');
    for (const p of [guest, late, anna]) {
      await until(p.store, () => tourOf(p) === 'demo' && p.store.getState().sceneId === 'east' && p.store.getState().cardId === 'pump', 'back at the question');
    }
    const view = guest.store.getState().view;
    expect(view?.kind === 'panorama' ? [view.yaw, view.pitch, view.fov] : null).toEqual([12, -4, 60]);
    expect(isDriving(bo.status.getState())).toBe(true);

    // The visit ends: a guest cannot end it; a speaker can, everyone hears it, and the server closes every connection.
    guest.visit({ type: 'end-visit', ref: 'guest-end' });
    expect(await guest.next('refused', (m) => m.ref === 'guest-end')).toMatchObject({ reason: 'not-speaker' });
    const closed = [guest, late, anna].map((p) => new Promise<string>((resolve) => p.socket.on('disconnect', resolve)));
    bo.visit({ type: 'end-visit', ref: 'end' });
    await bo.next('done', (m) => m.ref === 'end');
    for (const p of [guest, late, anna]) await p.next('ended');
    expect(await Promise.all(closed)).toEqual(['io server disconnect', 'io server disconnect', 'io server disconnect']);
    // Nobody enters again, the pages say it is over, and every stay has its end.
    const again = [visitClient(app.url, code, { guest: guests[0] as string }), visitClient(app.url, code, { key: annaKey })];
    peers.push(...again);
    expect(await Promise.all(again.map((c) => c.refused()))).toEqual(['visit-ended', 'visit-ended']);
    expect((await call(app.url, 'GET', '/api/registrations/me', { bearer: guests[0] })).body.live).toBeUndefined();
    expect((await call(app.url, 'POST', `/api/visits/${visit.code}/presenter`, { bearer: boKey, body: {} })).status).toBe(410);
    expect((await call(app.url, 'GET', `/api/visits/${visit.code}/follow-up`)).body.ended).toBe(true);
    const attendance = (await call(app.url, 'GET', `/api/visits/${visit.id}/attendance.csv`, { bearer: ORGANIZER })).text.trim().split('\r\n').slice(1);
    expect(attendance.map((l) => l.split(',').slice(0, 1).concat(l.split(',')[4] ? ['left'] : []))).toEqual([
      ['Guest 1', 'left'],
      ['Guest 2', 'left'],
    ]);
  }, 120_000);

  it('refuses a state in a tour that is not one of the visit\'s; its own tours pass, in either order', async () => {
    const visit = (
      await call(app.url, 'POST', '/api/visits', {
        bearer: ORGANIZER,
        body: visitRequest({ tour: undefined, tours: ['demo', 'processum'], capacity: 2, speakers: [{ name: 'Anna', tour: 'demo' }, { name: 'Bo', tour: 'processum' }] }, 20 / 1440),
      })
    ).body;
    const annaKey = secretOf(visit.speakers[0].presenterUrl);
    const guestKey = secretOf((await call(app.url, 'POST', `/api/visits/${visit.code}/registrations`, { body: registration(1) })).body.joinUrl);
    const { code } = (await call(app.url, 'POST', `/api/visits/${visit.code}/doors`, { bearer: annaKey, body: {} })).body.live;
    const anna = visitClient(app.url, code, { key: annaKey });
    const guest = visitClient(app.url, code, { guest: guestKey });
    peers.push(anna, guest);
    if ((await anna.next('welcome')).driver !== 'p1') await anna.next('control', (m) => m.driver === 'p1');
    await guest.next('welcome');
    const at = (tour: string | undefined, yaw: number) => ({ ...(tour ? { tour } : {}), scene: 'hall', view: { kind: 'panorama', yaw, pitch: 0, fov: 70 }, card: null });

    // biorefinery is a tour of this site, but not of this visit: nobody follows Anna there.
    anna.live({ type: 'state', state: at('biorefinery', 1) });
    const refused = await anna.next('rejected');
    expect(refused.reason).toBe('not-a-visit-tour');
    expect(refused.message).toBe('state.tour: "biorefinery" is not one of this visit\'s tours (demo, processum).');
    for (const [tour, yaw] of [['processum', 2], ['demo', 3], [undefined, 4]] as const) {
      anna.live({ type: 'state', state: at(tour, yaw) });
      expect((await guest.next('state', (m) => m.state.view.kind === 'panorama' && m.state.view.yaw === yaw)).state.tour).toBe(tour);
    }
    expect(guest.received.some((m) => m.type === 'state' && m.state.tour === 'biorefinery')).toBe(false);
    expect(anna.received.filter((m) => m.type === 'rejected')).toHaveLength(1);
  });

  it('closes a connection that floods visit messages, never one that sends a few a second', async () => {
    const visit = (await call(app.url, 'POST', '/api/visits', { bearer: ORGANIZER, body: visitRequest({ capacity: 2 }, 20 / 1440) })).body;
    const speakerKey = secretOf(visit.speakers[0].presenterUrl);
    const [flooder, honest] = [1, 2].map((n) => registration(n, { name: `Flood Tester ${n}`, email: `flood${n}@example.org` }));
    const secrets: string[] = [];
    for (const body of [flooder, honest]) secrets.push(secretOf((await call(app.url, 'POST', `/api/visits/${visit.code}/registrations`, { body })).body.joinUrl));
    const { code } = (await call(app.url, 'POST', `/api/visits/${visit.code}/presenter`, { bearer: speakerKey, body: {} })).body.live;
    const speaker = visitClient(app.url, code, { key: speakerKey });
    peers.push(speaker);
    await speaker.next('visit-welcome');
    speaker.visit({ type: 'open-doors', ref: 'doors' });
    await speaker.next('done', (m) => m.ref === 'doors');

    const calm = visitClient(app.url, code, { guest: secrets[1] as string });
    const flood = visitClient(app.url, code, { guest: secrets[0] as string });
    peers.push(calm, flood);
    for (const c of [calm, flood]) await c.next('welcome');
    const closed = new Promise<string>((resolve) => flood.socket.on('disconnect', (reason) => resolve(reason)));

    // The honest guest: a hand up and down four times a second for five seconds, all of it answered.
    const honestRun = (async () => {
      for (let i = 0; i < 20; i++) {
        calm.visit({ type: 'hand', ref: `h${i}`, raised: i % 2 === 0 });
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    // The flood: 50 messages a second until the server closes the connection.
    const started = Date.now();
    const timer = setInterval(() => {
      if (flood.socket.connected) flood.visit({ type: 'hand', ref: 'f', raised: true });
    }, 20);
    try {
      expect(await closed).toBe('io server disconnect');
    } finally {
      clearInterval(timer);
    }
    expect(Date.now() - started).toBeLessThan(5_000);
    // It heard a few refusals, not one per message it sent, and the last says why it was closed.
    const notices = flood.received.flatMap((m) => (m.type === 'refused' ? [m.reason] : []));
    expect(notices).toContain('rate-limited');
    expect(notices.at(-1)).toBe('flooding');
    expect(notices.length).toBeLessThan(20);

    await honestRun;
    await calm.next('done', (m) => m.ref === 'h19');
    expect(calm.socket.connected).toBe(true);
    expect(calm.received.some((m) => m.type === 'refused')).toBe(false);
    const logs = app.logs.join('\n');
    expect(logs).toMatch(new RegExp(`visits: session ${code}: a connection was closed for flooding \\(\\d+ messages refused\\)`));
    expect(logs).not.toMatch(/Flood Tester|flood\d@example|127\.0\.0\.1/i);
  }, 60_000);
});
