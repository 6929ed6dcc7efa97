/**
 * The visit's live client without a browser (src/visits/live/): the reducer
 * that keeps questions, polls, hands and the roster; the binding's requests
 * answered by `done`/`refused` (and given up when nobody answers); the queue's
 * order; and where a question was asked, named from the tour.
 */
import { describe, expect, it } from 'vitest';
import { VISIT_EVENT, VISIT_PROTOCOL_VERSION, type Question, type VisitClientMessage } from '../../src/protocol/visitLive';
import { bindVisitLive, type VisitSocket } from '../../src/visits/live/bindVisitLive';
import { placeName, type NamedPlaces } from '../../src/visits/live/placeName';
import { createVisitLiveStore, nextSite, pollOrder, queueOrder } from '../../src/visits/live/visitLiveState';
import { siteName } from '../../src/visits/live/sitePlaces';

const v = VISIT_PROTOCOL_VERSION;
const view = { kind: 'panorama' as const, yaw: 10, pitch: -5, fov: 70 };
const where = { tour: 'processum', scene: 'process-floor', view, card: 'distillation-column' };
const question = (id: string, votes: number, askedAt: string, status: Question['status'] = 'open'): Question => ({ id, text: `q ${id}`, where, status, votes, asker: 'g1', askedAt });
const poll = (id: string, open: boolean, openedAt: string) => ({ id, question: id, options: ['a', 'b'], counts: [0, 0], open, openedAt, closedAt: open ? null : openedAt });

/** A socket that records what the client sends and lets the test speak for the server. */
function fakeSocket(connected = true) {
  const listeners = new Map<string, (m: unknown) => void>();
  const sent: VisitClientMessage[] = [];
  const socket: VisitSocket = {
    connected,
    on: (event, listener) => listeners.set(event, listener as (m: unknown) => void),
    off: (event) => listeners.delete(event),
    emit: (_event, m) => sent.push(m),
  };
  return { socket, sent, server: (m: unknown) => listeners.get(VISIT_EVENT)?.(m), listening: () => listeners.has(VISIT_EVENT) };
}

const welcome = (role: 'speaker' | 'guest', extra: Record<string, unknown> = {}) => ({
  v,
  type: 'visit-welcome',
  visit: { code: 'K7QP2M', title: 'Open day', startsAt: '2027-05-04T08:00:00Z', endsAt: '2027-05-04T09:00:00Z', tours: ['processum'] },
  role,
  you: role === 'guest' ? 'g2' : 'p1',
  doorsOpen: false,
  questions: [question('a', 1, '2027-05-04T08:10:00Z'), question('b', 3, '2027-05-04T08:12:00Z')],
  polls: [poll('p-old', false, '2027-05-04T08:01:00Z'), poll('p-new', true, '2027-05-04T08:05:00Z')],
  myVotes: ['b'],
  myPollVotes: { 'p-old': 1 },
  handRaised: false,
  ...extra,
});

describe('visit live state', () => {
  it('takes the late joiner snapshot, then keeps questions, polls, doors, hands and the roster up to date', () => {
    const store = createVisitLiveStore();
    const { socket, server } = fakeSocket();
    bindVisitLive(socket, store);
    server(welcome('guest'));
    const s = store.getState();
    expect([s.welcomed, s.role, s.you, s.doorsOpen, s.title, s.myVotes, s.myPollVotes]).toEqual([true, 'guest', 'g2', false, 'Open day', ['b'], { 'p-old': 1 }]);
    expect(queueOrder(s.questions, ['open']).map((q) => q.id)).toEqual(['b', 'a']);
    expect(pollOrder(s.polls).map((p) => p.id)).toEqual(['p-new', 'p-old']);

    server({ v, type: 'doors', open: true });
    server({ v, type: 'question', question: question('a', 4, '2027-05-04T08:10:00Z') });
    server({ v, type: 'question', question: question('c', 4, '2027-05-04T08:20:00Z') });
    expect(queueOrder(store.getState().questions, ['open']).map((q) => q.id)).toEqual(['a', 'c', 'b']);
    // A hidden question leaves a guest's list, whichever way the server says it.
    server({ v, type: 'question-removed', id: 'c' });
    server({ v, type: 'question', question: question('b', 3, '2027-05-04T08:12:00Z', 'hidden') });
    expect(Object.keys(store.getState().questions)).toEqual(['a']);
    server({ v, type: 'poll', poll: { ...poll('p-new', false, '2027-05-04T08:05:00Z'), counts: [2, 1] } });
    expect(store.getState().polls['p-new']?.counts).toEqual([2, 1]);
    server({ v, type: 'hand', raised: true });
    expect(store.getState()).toMatchObject({ doorsOpen: true, handRaised: true });
    // Nonsense is ignored, nothing changes.
    const before = store.getState();
    server({ v, type: 'question', question: { id: 'x' } });
    server({ v: 2, type: 'doors', open: true });
    expect(store.getState()).toBe(before);
  });

  it('keeps hidden questions, hands and the roster for speakers', () => {
    const store = createVisitLiveStore();
    const { socket, server } = fakeSocket();
    bindVisitLive(socket, store);
    const roster = { registered: 1, lobby: 0, present: 1, lookingAround: 0, guests: [{ participant: 'g1', name: 'Ada', organisation: null, language: 'sv', status: 'present', hand: true }] };
    server(welcome('speaker', { hands: [{ participant: 'g1', name: 'Ada', since: '2027-05-04T08:11:00Z' }], roster }));
    server({ v, type: 'question', question: question('b', 3, '2027-05-04T08:12:00Z', 'hidden') });
    expect(queueOrder(store.getState().questions, ['answered', 'hidden']).map((q) => q.id)).toEqual(['b']);
    expect(store.getState().roster?.present).toBe(1);
    server({ v, type: 'hands', hands: [] });
    server({ v, type: 'roster', roster: { ...roster, present: 0, lookingAround: 1 } });
    expect(store.getState()).toMatchObject({ hands: [], roster: { lookingAround: 1 } });
  });
});

describe('the sites of a multi-site visit', () => {
  const speakers = [
    { id: 'p1', name: 'Anna', tour: 'processum' },
    { id: 'p2', name: 'Bo', tour: 'biorefinery' },
    { id: 'p3', name: 'Cy', tour: 'biorefinery' },
  ];
  it('finds the next site and its first speaker; none after the last, or from a tour outside the visit', () => {
    const s = { tours: ['processum', 'biorefinery', 'harbour'], speakers };
    expect(nextSite(s, 'processum')).toEqual({ tour: 'biorefinery', speaker: speakers[1] });
    expect(nextSite(s, 'biorefinery')).toEqual({ tour: 'harbour', speaker: null });
    expect(nextSite(s, 'harbour')).toBeNull();
    expect(nextSite(s, 'elsewhere')).toBeNull();
    expect(nextSite(s, null)).toBeNull();
  });
  it('takes the speakers from the snapshot, and names sites by their title in the reader’s language, else their id', () => {
    const store = createVisitLiveStore();
    const { socket, server } = fakeSocket();
    const actions = bindVisitLive(socket, store);
    const visit = { code: 'K7QP2M', title: 'Open day', startsAt: '2027-05-04T08:00:00Z', endsAt: '2027-05-04T09:00:00Z' };
    server(welcome('speaker', { visit: { ...visit, tours: ['processum', 'biorefinery'], speakers } }));
    expect(store.getState()).toMatchObject({ tours: ['processum', 'biorefinery'], speakers });
    // A server from before multi-site visits sends no speakers.
    server(welcome('speaker'));
    expect(store.getState().speakers).toEqual([]);
    actions.dispose();
    const places = { processum: { id: 'processum', title: { en: 'Pilot hall', sv: 'Pilothallen' }, scenes: [] } };
    expect(siteName(places, 'processum', 'sv')).toBe('Pilothallen');
    expect(siteName(places, 'processum', 'fi')).toBe('Pilot hall');
    expect(siteName(places, 'biorefinery', 'en')).toBe('biorefinery');
  });
});

describe('visit requests', () => {
  it('sends each request with a ref and resolves it with the answer for that ref', async () => {
    const store = createVisitLiveStore();
    const { socket, sent, server } = fakeSocket();
    const actions = bindVisitLive(socket, store);
    const asked = actions.ask('Why 180 °C?', where);
    const opened = actions.openPoll('Coffee?', ['yes', 'no']);
    expect(sent).toEqual([
      { v, type: 'ask', ref: 'r1', text: 'Why 180 °C?', where },
      { v, type: 'open-poll', ref: 'r2', question: 'Coffee?', options: ['yes', 'no'] },
    ]);
    server({ v, type: 'done', ref: 'r2', id: 'poll-9' });
    server({ v, type: 'refused', ref: 'r1', reason: 'doors-closed', message: 'the doors are closed' });
    expect(await opened).toEqual({ ok: true, id: 'poll-9' });
    expect(await asked).toEqual({ ok: false, reason: 'doors-closed' });
  });

  it('does not send without a connection, gives up on silence, and settles what waits when disposed', async () => {
    const offline = fakeSocket(false);
    expect(await bindVisitLive(offline.socket, createVisitLiveStore()).vote('a')).toEqual({ ok: false, reason: 'offline' });
    expect(offline.sent).toEqual([]);

    const silent = fakeSocket();
    expect(await bindVisitLive(silent.socket, createVisitLiveStore(), 20).hand(true)).toEqual({ ok: false, reason: 'timeout' });

    const closing = fakeSocket();
    const actions = bindVisitLive(closing.socket, createVisitLiveStore());
    const pending = actions.closePoll('p-new');
    actions.dispose();
    expect(await pending).toEqual({ ok: false, reason: 'offline' });
    expect(closing.listening()).toBe(false);
  });
});

describe('where a question was asked', () => {
  const tour: NamedPlaces = {
    id: 'processum',
    defaultLanguage: 'en',
    scenes: [
      { id: 'hall', title: 'Pilot hall', hotspots: [{ id: 'distillation-column', title: { en: 'Distillation column', sv: 'Destillationskolonn' } }] },
      { id: 'process-floor', title: { en: 'Process floor', fi: 'Prosessikerros' } },
    ],
  };
  it('names the open card, else the scene, in the reader’s language (with the tour’s fallback)', () => {
    expect(placeName(tour, where, 'sv')).toBe('Destillationskolonn');
    expect(placeName(tour, where, 'fi')).toBe('Distillation column');
    expect(placeName(tour, { ...where, card: null }, 'fi')).toBe('Prosessikerros');
    expect(placeName(tour, { ...where, card: 'gone' }, 'en')).toBe('Process floor');
    // A card the panorama inherits from its model, named from the tour file as written.
    expect(placeName(tour, { ...where, card: 'process-floor--distillation-column' }, 'sv')).toBe('Destillationskolonn');
  });
  it('names nothing in another tour or an unknown scene', () => {
    expect(placeName(tour, { ...where, tour: 'northern-sweden' }, 'en')).toBeNull();
    expect(placeName(tour, { ...where, scene: 'roof', card: null }, 'en')).toBeNull();
    expect(placeName(null, where, 'en')).toBeNull();
  });
});
