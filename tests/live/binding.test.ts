/**
 * The client binding (src/live/binding.ts) between real tour stores and a
 * real live server: the presenter's store drives attendees' stores, a user
 * move detaches an attendee until they return, languages stay each visitor's
 * own, and a presenter's state survives a server restart (re-announced).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { bindLive, type LiveControls, type LiveSocket } from '../../src/live/binding';
import { createLiveStatus, isDriving, presenterAway, type LiveStatusStore } from '../../src/live/status';
import { LIVE_PROTOCOL_VERSION } from '../../src/protocol/live';
import { createTourStore, type TourStore } from '../../src/state/store';
import type { Tour } from '../../src/tour/schema';
import { validateTour } from '../../src/tour/validate';
import { validTour } from '../tour/fixtures';
import { createSession, keyOf, startServer, until, type TestServer } from './helpers';

interface Peer {
  store: TourStore;
  status: LiveStatusStore;
  controls: LiveControls;
  socket: Socket;
}

let server: TestServer;
const peers: Peer[] = [];
afterEach(async () => {
  for (const p of peers.splice(0)) {
    p.controls.dispose();
    p.socket.disconnect();
  }
  await server?.close();
});

function join_(code: string, key?: string, language = 'en'): Peer {
  const store = createTourStore({ language });
  const status = createLiveStatus();
  const socket = io(server.url, { auth: { v: LIVE_PROTOCOL_VERSION, code, ...(key ? { key } : {}) }, transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 300 });
  const controls = bindLive(store, socket as unknown as LiveSocket, status, {
    minIntervalMs: 20,
    async loadTour(_tour, state) {
      const result = validateTour(validTour());
      if (!result.ok) throw new Error('fixture invalid');
      // As the app's loader does (src/app/boot.ts loadTour): the session's place in one change, source `live`.
      store.getState().openTour(result.tour as Tour, 'http://test/tours/test-tour/tour.json', { target: state ?? {}, source: 'live' });
    },
  });
  const peer = { store, status, controls, socket };
  peers.push(peer);
  return peer;
}

const pano = (yaw: number) => ({ kind: 'panorama' as const, yaw, pitch: 0, fov: 70 });
const yawOf = (p: Peer) => (p.store.getState().view?.kind === 'panorama' ? (p.store.getState().view as { yaw: number }).yaw : NaN);

describe('live binding', () => {
  it('attendees follow scene, card and camera; a user move detaches; return snaps back; language stays their own', async () => {
    server = await startServer({ tourExists: () => true });
    const { code, presenterUrl } = await createSession(server.url, { tour: 'test-tour' });
    const presenter = join_(code, keyOf(presenterUrl));
    await until(presenter.status, () => presenter.status.getState().driver === 'p1' && presenter.store.getState().tour !== null, 'presenter ready');
    const a = join_(code, undefined, 'sv');
    const b = join_(code, undefined, 'fi');
    await until(a.store, () => a.store.getState().tour !== null, 'attendee a tour');
    await until(b.store, () => b.store.getState().tour !== null, 'attendee b tour');

    presenter.store.getState().goToScene('east', 'user');
    presenter.store.getState().openCard('pump', 'user');
    presenter.store.getState().setView(pano(45), 'user');
    for (const p of [a, b]) {
      await until(p.store, () => p.store.getState().sceneId === 'east' && p.store.getState().cardId === 'pump' && yawOf(p) === 45, 'following');
    }
    expect(a.store.getState().language).toBe('sv');
    expect(b.store.getState().language).toBe('fi');
    expect(a.store.getState().lastChange.source).toBe('live');

    // a looks away: detached, and no longer moved by the presenter.
    a.store.getState().setView(pano(-120), 'user');
    expect(a.status.getState().following).toBe(false);
    await until(presenter.status, () => presenter.status.getState().detached === 1, 'presenter sees one detached');
    presenter.store.getState().setView(pano(60), 'user');
    await until(b.store, () => yawOf(b) === 60, 'b follows');
    expect(yawOf(a)).toBe(-120);

    a.controls.returnToPresenter();
    expect(yawOf(a)).toBe(60);
    expect(a.status.getState().following).toBe(true);
    await until(presenter.status, () => presenter.status.getState().detached === 0, 'presenter sees none detached');
  });

  it('the minimap’s live part: a detached attendee reports its scene, speakers get the counts, the attendee sees where the presenter is', async () => {
    server = await startServer({ tourExists: () => true });
    const { code, presenterUrl } = await createSession(server.url, { tour: 'test-tour' });
    const presenter = join_(code, keyOf(presenterUrl));
    await until(presenter.status, () => presenter.status.getState().driver === 'p1' && presenter.store.getState().tour !== null, 'presenter ready');
    const a = join_(code);
    const b = join_(code);
    await until(presenter.store, () => presenter.store.getState().liveMap?.spots?.following === 2, 'two following');
    expect(presenter.store.getState().liveMap).toMatchObject({ role: 'presenter', detached: false });
    await until(a.store, () => a.store.getState().liveMap?.role === 'attendee', 'attendee knows its role');

    // a goes to the west scene on its own: detached there, and the speaker sees one at west, one following.
    a.store.getState().goToScene('west', 'user');
    await until(presenter.store, () => presenter.store.getState().liveMap?.spots?.at.west === 1, 'one at west');
    expect(presenter.store.getState().liveMap?.spots).toEqual({ following: 1, at: { west: 1 } });
    // The presenter moves on: a's minimap knows where, b simply follows.
    presenter.store.getState().goToScene('east', 'user');
    presenter.store.getState().setView(pano(33), 'user');
    await until(a.store, () => a.store.getState().liveMap?.presenter?.scene === 'east' && (a.store.getState().liveMap?.presenter?.view as { yaw?: number }).yaw === 33, 'a sees the presenter on east');
    expect(a.store.getState().liveMap?.detached).toBe(true);
    expect(a.store.getState().sceneId).toBe('west');
    // b follows: with the presenter, so its minimap shows no separate presenter marker.
    await until(b.store, () => b.store.getState().sceneId === 'east', 'b follows');
    expect(b.store.getState().liveMap).toMatchObject({ detached: false, presenter: null });
    // a returns: following again, counted with the presenter.
    a.controls.returnToPresenter();
    expect(a.store.getState().liveMap?.detached).toBe(false);
    await until(presenter.store, () => presenter.store.getState().liveMap?.spots?.following === 2, 'both following again');
    expect(presenter.store.getState().liveMap?.spots?.at).toEqual({});
  });

  it('camera updates are coalesced to the configured rate', async () => {
    server = await startServer({ tourExists: () => true });
    const { code, presenterUrl } = await createSession(server.url, { tour: 'test-tour' });
    const presenter = join_(code, keyOf(presenterUrl));
    await until(presenter.status, () => presenter.status.getState().driver === 'p1' && presenter.store.getState().tour !== null, 'presenter ready');
    presenter.store.getState().goToScene('east', 'user');
    const a = join_(code);
    await until(a.store, () => a.store.getState().sceneId === 'east', 'attendee on east');
    let received = 0;
    a.socket.on('live', (m: { type: string }) => void (m.type === 'state' && received++));
    // 100 camera moves within ~0 ms: a handful of messages (minIntervalMs 20), ending at the last view.
    for (let i = 1; i <= 100; i++) presenter.store.getState().setView(pano(i), 'user');
    await until(a.store, () => yawOf(a) === 100, 'final view');
    expect(received).toBeLessThanOrEqual(3);
  });

  it('the presenter re-announces its state after a server restart; attendees resync without a reload', async () => {
    const storeFile = join(mkdtempSync(join(tmpdir(), 'sitevisit-live-')), 'sessions.json');
    server = await startServer({ tourExists: () => true, storeFile });
    const port = server.port;
    const { code, presenterUrl } = await createSession(server.url, { tour: 'test-tour' });
    const presenter = join_(code, keyOf(presenterUrl));
    await until(presenter.status, () => presenter.status.getState().driver === 'p1' && presenter.store.getState().tour !== null, 'presenter ready');
    const a = join_(code);
    await until(a.store, () => a.store.getState().tour !== null, 'attendee tour');
    presenter.store.getState().goToScene('east', 'user');
    await until(a.store, () => a.store.getState().sceneId === 'east', 'attendee on east');

    const dropped = new Promise((resolve) => a.socket.once('disconnect', resolve));
    await server.close();
    await dropped;
    // The presenter keeps presenting while the server is away.
    presenter.store.getState().goToScene('west', 'user');
    server = await startServer({ tourExists: () => true, storeFile }, port);
    await until(a.store, () => a.store.getState().sceneId === 'west', 'attendee follows the re-announced state', 10_000);
  }, 20_000);

  it('the presenter who left: attendees wait, then follow the speaker who took over; the one who left is offered control back and takes it', async () => {
    server = await startServer({ tourExists: () => true, channel: { presenterGraceMs: 200 } });
    const { code, presenters } = await createSession(server.url, { tour: 'test-tour', presenters: ['Anna', 'Bo'] });
    const anna = join_(code, keyOf(presenters[0]!.url));
    await until(anna.status, () => isDriving(anna.status.getState()) && anna.store.getState().tour !== null, 'Anna presents');
    const a = join_(code);
    await until(a.status, () => a.status.getState().attendees === 1, 'the attendee sees the audience count');
    expect(a.status.getState()).toMatchObject({ tour: 'test-tour', away: null });

    anna.socket.disconnect();
    anna.controls.dispose();
    await until(a.status, () => presenterAway(a.status.getState()), 'attendee told the presenter is away');
    const bo = join_(code, keyOf(presenters[1]!.url));
    await until(a.status, () => a.status.getState().driver === 'p2' && !presenterAway(a.status.getState()), 'Bo presents');
    await until(bo.status, () => isDriving(bo.status.getState()), 'Bo is told he presents');
    bo.store.getState().goToScene('east', 'user');
    await until(a.store, () => a.store.getState().sceneId === 'east', 'attendee follows Bo');

    const back = join_(code, keyOf(presenters[0]!.url));
    await until(back.status, () => back.status.getState().controlOffered, 'Anna is offered control back');
    expect(isDriving(back.status.getState())).toBe(false);
    back.controls.takeControl();
    await until(back.status, () => isDriving(back.status.getState()), 'Anna presents again');
    expect(back.status.getState().controlOffered).toBe(false);
    await until(a.status, () => a.status.getState().driver === 'p1', 'attendee sees Anna present');
  });

  it('a session that ends while open: the page learns it has ended and still knows its tour (for the link out)', async () => {
    server = await startServer({ tourExists: () => true, ttlSeconds: 0.5, channel: { sweepEveryMs: 100 } });
    const { code } = await createSession(server.url, { tour: 'test-tour' });
    const a = join_(code);
    await until(a.status, () => a.status.getState().connection === 'connected', 'attendee connected');
    await until(a.status, () => a.status.getState().connection === 'ended', 'the session ended', 5000);
    expect(a.status.getState()).toMatchObject({ tour: 'test-tour', lastRejected: 'expired' });
  });
});
