/**
 * What a presenter is told when the live channel refuses their messages (src/live/refusals.ts): against a
 * real server, a speaker who lost control and still sends is refused `not-in-control` — once in their
 * status however often it repeats — until they take control again; a speaker who handed over on purpose and
 * an attendee are not told. With a scripted socket: a state in a tour not the visit's lasts until another
 * tour is shown, single-message refusals fade after a quiet time, a closed connection until it is back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { bindLive, type LiveControls, type LiveSocket } from '../../src/live/binding';
import { watchRefusals, type RefusalWatch } from '../../src/live/refusals';
import { createLiveStatus, isDriving, type LiveStatusStore } from '../../src/live/status';
import { LIVE_EVENT, LIVE_PROTOCOL_VERSION } from '../../src/protocol/live';
import { createTourStore, type TourStore } from '../../src/state/store';
import type { Tour } from '../../src/tour/schema';
import { validateTour } from '../../src/tour/validate';
import { validTour } from '../tour/fixtures';
import { createSession, keyOf, startServer, until, type TestServer } from './helpers';

const tourWithId = (id: string): Tour => {
  const result = validateTour({ ...validTour(), id });
  if (!result.ok) throw new Error('fixture invalid');
  return result.tour as Tour;
};

/** Records every change of `refusal` in a status store. */
function refusalChanges(status: LiveStatusStore) {
  const seen: (string | null)[] = [];
  status.subscribe((s, prev) => {
    if (s.refusal !== prev.refusal) seen.push(s.refusal);
  });
  return seen;
}

describe('refusals from a real live server', () => {
  let server: TestServer | undefined;
  const peers: { controls: LiveControls; socket: Socket; refusals: RefusalWatch }[] = [];
  afterEach(async () => {
    for (const p of peers.splice(0)) {
      p.refusals.dispose();
      p.controls.dispose();
      p.socket.disconnect();
    }
    await server?.close();
  });

  function join(code: string, key?: string) {
    const store = createTourStore({ language: 'en' });
    const status = createLiveStatus();
    const socket = io(server?.url ?? '', { auth: { v: LIVE_PROTOCOL_VERSION, code, ...(key ? { key } : {}) }, transports: ['websocket'] });
    const controls = bindLive(store, socket as unknown as LiveSocket, status, {
      minIntervalMs: 20,
      async loadTour(tour, state) {
        store.getState().openTour(tourWithId(tour), `http://test/tours/${tour}/tour.json`, { target: state ?? {}, source: 'live' });
      },
    });
    const refusals = watchRefusals(socket as unknown as LiveSocket, store, status);
    peers.push({ controls, socket, refusals });
    /** A state as a page sends it when it still believes it presents (its `control` news not there yet). */
    const sendState = (yaw: number) =>
      socket.emit(LIVE_EVENT, { v: LIVE_PROTOCOL_VERSION, type: 'state', state: { scene: 'hall', view: { kind: 'panorama', yaw, pitch: 0, fov: 70 }, card: null } });
    return { store, status, controls, socket, refusals, sendState };
  }

  it('a speaker who lost control is told once, however often refused, until they take control again', async () => {
    server = await startServer({ tourExists: () => true });
    const { code, presenters } = await createSession(server.url, { tour: 'test-tour', presenters: ['Anna', 'Bo'] });
    const anna = join(code, keyOf(presenters[0]?.url ?? ''));
    await until(anna.status, () => isDriving(anna.status.getState()) && anna.store.getState().tour !== null, 'Anna presents');
    const bo = join(code, keyOf(presenters[1]?.url ?? ''));
    await until(bo.status, () => bo.status.getState().role === 'presenter', 'Bo is in');
    const changes = refusalChanges(anna.status);

    bo.controls.takeControl();
    await until(anna.status, () => anna.status.getState().driver === 'p2', 'Anna hears Bo took control');
    // Anna's page, a move behind, keeps sending at the camera's rate: refused every time, told once.
    for (let i = 0; i < 30; i++) anna.sendState(i);
    await until(anna.status, () => anna.status.getState().refusal === 'not-in-control', 'Anna is told');
    await new Promise((r) => setTimeout(r, 300)); // the rest of the refusals arrive
    expect(changes).toEqual(['not-in-control']);
    expect(anna.status.getState().lastRejected).toBe('not-in-control');

    anna.controls.takeControl();
    await until(anna.status, () => isDriving(anna.status.getState()), 'Anna presents again');
    await until(anna.status, () => anna.status.getState().refusal === null, 'the notice is over');
    expect(changes).toEqual(['not-in-control', null]);
    // Bo had nothing refused.
    expect(bo.status.getState().refusal).toBeNull();
  });

  it('a speaker who hands over on purpose, and an attendee, are not told of what the server refuses them', async () => {
    server = await startServer({ tourExists: () => true });
    const { code, presenters } = await createSession(server.url, { tour: 'test-tour', presenters: ['Anna', 'Bo'] });
    const anna = join(code, keyOf(presenters[0]?.url ?? ''));
    await until(anna.status, () => isDriving(anna.status.getState()) && anna.store.getState().tour !== null, 'Anna presents');
    const bo = join(code, keyOf(presenters[1]?.url ?? ''));
    const guest = join(code);
    await until(guest.status, () => guest.status.getState().role === 'attendee', 'the attendee is in');

    anna.refusals.handingOver(); // as the page's Hand over does (src/live/start.ts)
    anna.controls.handOver('p2');
    await until(bo.status, () => isDriving(bo.status.getState()), 'Bo presents');
    anna.sendState(10);
    guest.sendState(20);
    await until(anna.status, () => anna.status.getState().lastRejected === 'not-in-control', 'Anna refused');
    await until(guest.status, () => guest.status.getState().lastRejected === 'not-presenter', 'the attendee refused');
    expect(anna.status.getState().refusal).toBeNull();
    expect(guest.status.getState().refusal).toBeNull();
  });
});

/** A socket the test speaks for: `serve(m)` delivers a server message. */
function scriptedSocket() {
  const listeners = new Set<(m: never) => void>();
  return {
    on: (_event: string, listener: (m: never) => void) => listeners.add(listener),
    off: (_event: string, listener: (m: never) => void) => listeners.delete(listener),
    serve: (m: object) => listeners.forEach((l) => l({ v: LIVE_PROTOCOL_VERSION, ...m } as never)),
    listening: () => listeners.size,
  };
}

describe('how long a refusal lasts', () => {
  afterEach(() => vi.useRealTimers());

  function presenter(): { store: TourStore; status: LiveStatusStore; socket: ReturnType<typeof scriptedSocket>; watch: RefusalWatch } {
    const store = createTourStore({ language: 'en' });
    store.getState().openTour(tourWithId('visit-tour'), 'http://test/tours/visit-tour/tour.json', { target: {}, source: 'live' });
    const status = createLiveStatus();
    status.setState({ connection: 'connected', role: 'presenter', you: 'p1', driver: 'p1' });
    const socket = scriptedSocket();
    return { store, status, socket, watch: watchRefusals(socket, store, status, 1000) };
  }

  it('a state in a tour not the visit’s: until another tour is shown (told again if refused there too)', () => {
    const { store, status, socket, watch } = presenter();
    store.getState().openTour(tourWithId('elsewhere'), 'http://test/tours/elsewhere/tour.json', { target: {}, source: 'user' });
    socket.serve({ type: 'rejected', reason: 'not-a-visit-tour' });
    expect(status.getState().refusal).toBe('not-a-visit-tour');
    store.getState().goToScene('east', 'user'); // the same tour: still refused
    expect(status.getState().refusal).toBe('not-a-visit-tour');
    store.getState().openTour(tourWithId('visit-tour'), 'http://test/tours/visit-tour/tour.json', { target: {}, source: 'user' });
    expect(status.getState().refusal).toBeNull();
    watch.dispose();
    expect(socket.listening()).toBe(0);
  });

  it('single messages refused (a rate limit, an unknown code): gone after a quiet time, which each new refusal restarts', () => {
    vi.useFakeTimers();
    const { status, socket, watch } = presenter();
    socket.serve({ type: 'rejected', reason: 'rate-limited' });
    vi.advanceTimersByTime(800);
    socket.serve({ type: 'rejected', reason: 'rate-limited' });
    vi.advanceTimersByTime(800);
    expect(status.getState().refusal).toBe('rate-limited');
    vi.advanceTimersByTime(300);
    expect(status.getState().refusal).toBeNull();
    socket.serve({ type: 'rejected', reason: 'something-new' });
    expect(status.getState().refusal).toBe('something-new');
    vi.advanceTimersByTime(1000);
    expect(status.getState().refusal).toBeNull();
    watch.dispose();
  });

  it('a connection closed for too many refusals: until it is connected again; an ended session is the ended page’s', async () => {
    const { status, socket, watch } = presenter();
    socket.serve({ type: 'rejected', reason: 'too-many-refused' });
    status.setState({ connection: 'reconnecting' });
    await Promise.resolve();
    expect(status.getState().refusal).toBe('too-many-refused');
    status.setState({ connection: 'connected' });
    await Promise.resolve();
    expect(status.getState().refusal).toBeNull();
    socket.serve({ type: 'rejected', reason: 'expired' });
    socket.serve({ type: 'state', state: { scene: 'hall', view: { kind: 'panorama', yaw: 0, pitch: 0, fov: 70 }, card: null } });
    socket.serve({ type: 'rejected' }); // not a message of the catalogue: ignored
    expect(status.getState().refusal).toBeNull();
    watch.dispose();
  });
});
