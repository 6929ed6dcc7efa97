import { afterEach, describe, expect, it } from 'vitest';
import { createTourStore } from '../../src/state/store';
import { validateTour } from '../../src/tour/validate';
import type { Tour } from '../../src/tour/schema';
import { bindEmbedBridge } from '../../src/embed/bridge';
import { isAllowedOrigin } from '../../src/embed/origins';
import { EMBED_PROTOCOL } from '../../src/protocol/embed';
import { validTour } from '../tour/fixtures';

const HOST = 'https://partner.example';

/** A host window that records what the viewer posts, and a receiver the test dispatches to. */
function harness(options: { loaded?: boolean } = {}) {
  const store = createTourStore();
  const posted: { message: Record<string, unknown>; origin: string }[] = [];
  const host = { postMessage: (message: unknown, origin: string) => posted.push({ message: message as Record<string, unknown>, origin }) };
  const target = new EventTarget();
  const unbind = bindEmbedBridge(store, {
    allowed: (origin) => isAllowedOrigin(origin, 'https://tours.example', [HOST]),
    host: host as unknown as Window,
    receiver: target as unknown as Window,
    viewThrottle: 0,
  });
  const load = () => {
    const result = validateTour(validTour());
    if (!result.ok) throw new Error('fixture invalid');
    store.getState().openTour(result.tour as Tour, 'https://tours.example/tours/t/tour.json');
  };
  if (options.loaded !== false) load();
  let id = 0;
  const send = (data: unknown, { origin = HOST, source = host as unknown }: { origin?: string; source?: unknown } = {}) =>
    // Node's MessageEvent only takes a MessagePort as source; the bridge reads plain fields.
    target.dispatchEvent(Object.assign(new Event('message'), { data, origin, source }));
  const callOf = (method: string, params?: unknown) => ({ protocol: EMBED_PROTOCOL, version: 1, id: ++id, method, params });
  const call = (method: string, params?: unknown) => {
    const message = callOf(method, params);
    send(message);
    return posted.filter((p) => p.message.type === 'reply' && p.message.id === message.id).map((p) => p.message);
  };
  const events = (name?: string) => posted.filter((p) => p.message.type === 'event' && (!name || p.message.event === name)).map((p) => p.message.data);
  cleanups.push(unbind);
  return { store, posted, send, call, callOf, events, load };
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

describe('embed bridge', () => {
  it('answers hello only once the tour is loaded, then reports ready when the scene is drawn', () => {
    const h = harness({ loaded: false });
    expect(h.call('hello')).toEqual([]);
    h.load();
    const welcome = h.posted.find((p) => p.message.type === 'reply');
    expect(welcome).toMatchObject({ origin: HOST, message: { ok: true, result: { version: 1, tour: 'test-tour' } } });
    expect(h.events('ready')).toEqual([]);
    h.store.getState().reportReady('hall');
    expect(h.events('ready')).toEqual([{ state: expect.objectContaining({ scene: 'hall', status: 'ready', card: null }) }]);
    // A new client (the host page re-connects) hears ready again, at once.
    h.call('hello');
    expect(h.events('ready')).toHaveLength(2);
  });

  it('drives the store with source "embed" and rejects unknown ids with clear errors', () => {
    const h = harness();
    h.call('hello');
    const tour = h.call('getTour')[0] as { ok: boolean; result: { id: string; title: string; scenes: { id: string; hotspots: unknown[] }[] } };
    expect(tour).toMatchObject({ ok: true, result: { id: 'test-tour', title: 'Test hall' } });
    expect(tour.result.scenes.map((s) => s.id)).toEqual(['hall', 'east', 'west']);
    expect(tour.result.scenes[0]?.hotspots).toEqual([
      { id: 'reactor', kind: 'info', title: 'Reactor' },
      { id: 'to-east', kind: 'link', title: 'East' },
    ]);
    expect(h.call('goToScene', { scene: 'east' })[0]).toMatchObject({ ok: true, result: { scene: 'east' } });
    expect(h.store.getState().lastChange).toEqual({ action: 'goToScene', source: 'embed' });
    expect(h.call('goToScene', { scene: 'nowhere' })[0]).toMatchObject({ ok: false, error: { code: 'unknown-scene', message: 'this tour has no scene "nowhere"' } });
    expect(h.call('openCard', { card: 'to-east' })[0]).toMatchObject({ ok: false, error: { code: 'unknown-card' } });
    expect(h.call('openCard', { card: 'reactor' })[0]).toMatchObject({ ok: true, result: { scene: 'hall', card: 'reactor' } });
    expect(h.call('setView', { view: { kind: 'panorama', yaw: 0, pitch: 0, fov: 60 } })[0]).toMatchObject({ ok: false, error: { code: 'invalid-view' } });
    expect(h.call('setView', { view: { kind: 'model', position: [5, 5, 5], target: [0, 0, 0], fov: 40 } })[0]).toMatchObject({ ok: true });
    expect(h.call('setLanguage', { language: 'de' })[0]).toMatchObject({ ok: false, error: { code: 'unknown-language', message: /offers en, sv, fi/ } });
    expect(h.call('setLanguage', { language: 'sv' })[0]).toMatchObject({ ok: true, result: { language: 'sv' } });
    expect(h.call('getTour')[0]).toMatchObject({ result: { title: 'Testhall' } });
    expect(h.call('closeCard')[0]).toMatchObject({ ok: true, result: { card: null } });
    expect(h.call('getState')[0]).toMatchObject({ ok: true, result: { tour: 'test-tour', scene: 'hall', card: null, language: 'sv' } });
  });

  it('sends every event with its payload to the host that said hello', async () => {
    const h = harness();
    h.call('hello');
    h.store.getState().reportReady('hall');
    h.call('openCard', { card: 'reactor' });
    h.call('goToScene', { scene: 'east' });
    h.call('setLanguage', { language: 'fi' });
    h.store.getState().reportFailed('east', { message: 'The image could not be decoded', file: 'east.jpg' });
    await new Promise((r) => setTimeout(r, 5));
    expect(h.events('cardopen')).toEqual([{ card: 'reactor' }]);
    expect(h.events('cardclose')).toEqual([{ card: 'reactor' }]);
    expect(h.events('scenechange')).toEqual([{ scene: 'east' }]);
    expect(h.events('languagechange')).toEqual([{ language: 'fi' }]);
    expect(h.events('error')).toEqual([{ code: 'scene-failed', message: 'The image could not be decoded' }]);
    expect(h.events('viewchange').at(-1)).toEqual({ view: { kind: 'panorama', yaw: 30, pitch: -5, fov: 70 }, source: 'embed' });
    expect(h.posted.every((p) => p.origin === HOST)).toBe(true);
  });

  it('ignores other origins and other windows entirely, and answers garbage from the host without changing anything', () => {
    const h = harness();
    const before = h.store.getState();
    h.send(h.callOf('goToScene', { scene: 'east' }), { origin: 'https://evil.example' });
    h.send(h.callOf('goToScene', { scene: 'east' }), { source: {} });
    expect(h.posted).toEqual([]);
    expect(h.store.getState()).toBe(before);

    for (const garbage of ['hi', 42, null, [], { protocol: EMBED_PROTOCOL, version: 1, id: 1, method: 'goToScene', params: { scene: ['east'] } }]) h.send(garbage);
    expect(h.posted).toHaveLength(5);
    expect(h.posted.every((p) => p.message.ok === false && p.origin === HOST)).toBe(true);
    expect(h.store.getState()).toBe(before);
  });

  it('accepts only exact origins from the lists', () => {
    expect(isAllowedOrigin('https://tours.example', 'https://tours.example')).toBe(true);
    expect(isAllowedOrigin('https://partner.example', 'https://tours.example', ['https://partner.example/'])).toBe(true);
    expect(isAllowedOrigin('https://partner.example.evil', 'https://tours.example', ['https://partner.example'])).toBe(false);
    expect(isAllowedOrigin('http://partner.example', 'https://tours.example', ['https://partner.example'])).toBe(false);
    expect(isAllowedOrigin('null', 'https://tours.example', ['null', 'not a url'])).toBe(false);
  });
});
