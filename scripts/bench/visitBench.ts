/**
 * The booked-visit part of `npm run bench:live -- --visit` (issue 16), over
 * the real visits HTTP API and the `visit` Socket.IO event, with wire clients
 * (wireClient.ts) in the benchmark's own process:
 *
 * 1. `registrationRush`: R registrations sent at once for a visit of S seats;
 *    the organizer's list must then hold exactly S confirmed and R−S waiting,
 *    one per guest, none lost or doubled; timed from the first send to the
 *    last answer.
 * 2. `lobbyAndDoors`: the speaker opens the visit's live session and drives;
 *    S guests wait in the lobby; Open doors is sent, and each guest's time
 *    until it follows (the live `welcome` with the presenter's view) is taken.
 * 3. `visitTraffic`: during the benchmark's window the speaker moves the
 *    camera at the bench's rate, guests ask one question a second between
 *    them, and every guest votes once in a poll; camera latency at the
 *    guests, question fan-out (ask → arrival at every guest and speaker) and
 *    the vote's round trip (vote → `done`) are recorded.
 */
import { LIVE_EVENT, LIVE_PROTOCOL_VERSION } from '../../src/protocol/live';
import { VISIT_EVENT, VISIT_PROTOCOL_VERSION } from '../../src/protocol/visitLive';
import { connectWire, sentAtOf, type WireSocket } from './wireClient';

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const secretOf = (link: string) => new URLSearchParams(new URL(link).hash.slice(1)).get('key') ?? '';

type Message = { type: string; [k: string]: unknown };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the benchmark reads the answers' fields directly
async function call(url: string, method: string, path: string, bearer?: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: text };
  }
}

export interface RushResult {
  visit: { id: string; code: string; speakerKey: string };
  /** The confirmed guests' secrets (from their join links). */
  confirmedKeys: string[];
  figures: { registrations: number; seats: number; ms: number; answeredConfirmed: number; answeredWaiting: number; failed: number; storedConfirmed: number; storedWaiting: number; storedDistinctGuests: number; correct: boolean };
}

/** `registrations` guests register at once (spread over `urls`, as behind a load balancer) for a visit of `seats`. */
export async function registrationRush(urls: string[], organizerToken: string, seats: number, registrations: number): Promise<RushResult> {
  const url = urls[0] as string;
  const startsAt = new Date(Date.now() + 20 * 60_000); // 20 minutes ahead: the lobby is open, the doors are not
  startsAt.setUTCSeconds(0, 0);
  const created = await call(url, 'POST', '/api/visits', organizerToken, {
    tour: 'processum',
    title: 'Benchmark visit',
    startsAt: startsAt.toISOString(),
    timeZone: 'Europe/Stockholm',
    durationMinutes: 60,
    capacity: seats,
    languages: ['en'],
    speakers: [{ name: 'Anna', organisation: 'Processum' }],
  });
  if (created.status !== 201) throw new Error(`could not schedule the benchmark's visit: ${created.status} ${JSON.stringify(created.body)}`);
  const { id, code } = created.body as { id: string; code: string };
  const speakerKey = secretOf((created.body as { speakers: { presenterUrl: string }[] }).speakers[0]?.presenterUrl ?? '');
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: registrations }, (_, n) =>
      call(urls[n % urls.length] as string, 'POST', `/api/visits/${code}/registrations`, undefined, {
        name: `Guest ${n + 1}`,
        email: `guest${n + 1}@example.org`,
        language: 'en',
        consent: true,
        website: '',
      }).catch(() => ({ status: 0, body: null })),
    ),
  );
  const ms = performance.now() - started;
  const ok = answers.filter((a) => a.status === 201);
  const confirmed = ok.filter((a) => a.body.status === 'confirmed');
  const stored = (await call(url, 'GET', `/api/visits/${id}/registrations`, organizerToken)).body as { email: string; status: string }[];
  const storedConfirmed = stored.filter((r) => r.status === 'confirmed').length;
  const storedWaiting = stored.filter((r) => r.status === 'waiting').length;
  const storedDistinctGuests = new Set(stored.map((r) => r.email)).size;
  return {
    visit: { id, code, speakerKey },
    confirmedKeys: confirmed.map((a) => secretOf(a.body.joinUrl as string)),
    figures: {
      registrations,
      seats,
      ms: Math.round(ms),
      answeredConfirmed: confirmed.length,
      answeredWaiting: ok.filter((a) => a.body.status === 'waiting').length,
      failed: answers.length - ok.length,
      storedConfirmed,
      storedWaiting,
      storedDistinctGuests,
      correct:
        ok.length === registrations &&
        confirmed.length === seats &&
        storedConfirmed === seats &&
        storedWaiting === registrations - seats &&
        stored.length === registrations &&
        storedDistinctGuests === registrations,
    },
  };
}

interface Participant {
  socket: WireSocket;
  /** Resolves at the next message of this type (visit or live event) matching `match`. */
  next(type: string, match?: (m: Message) => boolean): Promise<Message>;
}

/** A wire client that parses every message except the camera's `state` (handed to `onState` as its `sentAt`). */
async function participant(url: string, auth: Record<string, unknown>, onState: (sentAt: number) => void, onMessage: (m: Message) => void = () => {}): Promise<Participant> {
  const waiting: { type: string; match: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  const seen: Message[] = [];
  const socket = await connectWire(url, auth, (text) => {
    if (text.startsWith(`["${LIVE_EVENT}",{"v":${LIVE_PROTOCOL_VERSION},"type":"state"`)) {
      const sentAt = sentAtOf(text);
      if (!Number.isNaN(sentAt)) onState(sentAt);
      return;
    }
    const m = (JSON.parse(text) as [string, Message])[1];
    onMessage(m);
    const i = waiting.findIndex((w) => w.type === m.type && w.match(m));
    if (i >= 0) waiting.splice(i, 1)[0]?.resolve(m);
    else if (seen.push(m) > 200) seen.shift();
  });
  return {
    socket,
    next: (type, match = () => true) =>
      new Promise((resolve) => {
        const i = seen.findIndex((m) => m.type === type && match(m));
        if (i >= 0) return resolve(seen.splice(i, 1)[0] as Message);
        waiting.push({ type, match, resolve });
      }),
  };
}

const visitMessage = (m: Record<string, unknown>) => ({ v: VISIT_PROTOCOL_VERSION, ...m });
const liveMessage = (m: Record<string, unknown>) => ({ v: LIVE_PROTOCOL_VERSION, ...m });

export interface RunningVisit {
  speaker: Participant;
  guests: Participant[];
  /** Camera latencies at the guests, recorded while `record` is on. */
  camera: number[];
  /** Camera moves the speaker sent inside the window (each due at every guest). */
  cameraSent: number;
  /** Question fan-out: ask → arrival, one per recipient. */
  questions: number[];
  record: { from: number; to: number };
  /** Time from Open doors until each guest followed, ms. */
  doorsMs: number[];
  close(): void;
}

/** The speaker opens the session and drives; the guests wait in the lobby; Open doors; each guest's time until it follows. */
export async function lobbyAndDoors(urls: string[], rush: RushResult): Promise<RunningVisit> {
  const url = urls[0] as string;
  const opened = await call(url, 'POST', `/api/visits/${rush.visit.code}/presenter`, rush.visit.speakerKey, {});
  if (opened.status !== 200) throw new Error(`the speaker could not open the visit: ${opened.status} ${JSON.stringify(opened.body)}`);
  const code = (opened.body as { live: { code: string } }).live.code;
  const visit: RunningVisit = { speaker: null as unknown as Participant, guests: [], camera: [], cameraSent: 0, questions: [], record: { from: Infinity, to: -Infinity }, doorsMs: [], close: () => {} };
  const inWindow = (sentAt: number) => sentAt >= visit.record.from && sentAt < visit.record.to;
  const onQuestion = (m: Message) => {
    if (m.type !== 'question') return;
    const askedAt = Number(/^bench (\d+(\.\d+)?)$/.exec((m.question as { text: string }).text)?.[1]);
    if ((m.question as { votes: number }).votes === 0 && inWindow(askedAt)) visit.questions.push(now() - askedAt);
  };
  visit.speaker = await participant(url, { v: LIVE_PROTOCOL_VERSION, code, key: rush.visit.speakerKey }, () => {}, onQuestion);
  const welcome = await visit.speaker.next('welcome');
  await visit.speaker.next('visit-welcome');
  if (welcome.driver !== welcome.you) {
    visit.speaker.socket.emit(LIVE_EVENT, liveMessage({ type: 'take-control' }));
    await visit.speaker.next('control', (m) => m.driver === welcome.you);
  }
  visit.speaker.socket.emit(LIVE_EVENT, liveMessage({ type: 'state', state: { scene: 'hall', view: { kind: 'panorama', yaw: 10, pitch: 0, fov: 70 }, card: null } }));

  // The guests enter the lobby (spread over the servers) and see the doors closed.
  const followed: Promise<Message>[] = [];
  for (const [n, key] of rush.confirmedKeys.entries()) {
    const guest = await participant(urls[n % urls.length] as string, { v: LIVE_PROTOCOL_VERSION, code, guest: key }, (sentAt) => inWindow(sentAt) && visit.camera.push(now() - sentAt), onQuestion);
    const lobby = await guest.next('visit-welcome');
    if (lobby.doorsOpen !== false) throw new Error('a guest found the doors open before they were opened');
    followed.push(guest.next('welcome'));
    visit.guests.push(guest);
  }
  await sleep(500); // the roster settles; nothing else is waiting
  const doorsAt = performance.now();
  visit.speaker.socket.emit(VISIT_EVENT, visitMessage({ type: 'open-doors', ref: 'doors' }));
  visit.doorsMs = await Promise.all(followed.map((welcome) => welcome.then(() => performance.now() - doorsAt)));
  visit.close = () => {
    for (const p of [visit.speaker, ...visit.guests]) p.socket.close();
  };
  return visit;
}

/**
 * During the window (`from`–`to`, on the presenters' clock): the speaker's camera at `rate`, one question a second
 * from the guests in turn, a poll every guest votes in once. Resolves with the votes' round trips when the window ends.
 */
export async function visitTraffic(visit: RunningVisit, rate: number, from: number, to: number): Promise<{ voteMs: number[]; asked: number; votesDone: number }> {
  visit.record = { from, to };
  const { speaker, guests } = visit;
  speaker.socket.emit(VISIT_EVENT, visitMessage({ type: 'open-poll', ref: 'poll', question: 'Which part next?', options: ['Boiler', 'Column', 'Tanks'] }));
  const poll = (await speaker.next('done', (m) => m.ref === 'poll')).id as string;
  let yaw = 0;
  const camera = setInterval(() => {
    yaw = (yaw + 1) % 180;
    const sentAt = now();
    if (sentAt < to) visit.cameraSent += 1;
    speaker.socket.emit(LIVE_EVENT, liveMessage({ type: 'state', state: { scene: 'hall', view: { kind: 'panorama', yaw, pitch: 0, fov: 70 }, card: null }, sentAt }));
  }, 1000 / rate);
  let asked = 0;
  const askAt = (to - from) / Math.max(1, Math.floor((to - from) / 1000));
  const questions = setInterval(() => {
    const guest = guests[asked % guests.length];
    asked += 1;
    guest?.socket.emit(VISIT_EVENT, visitMessage({ type: 'ask', text: `bench ${now()}`, where: { tour: 'processum', scene: 'hall', view: { kind: 'panorama', yaw, pitch: 0, fov: 70 }, card: null } }));
  }, askAt);
  const votes = guests.map(async (guest, n) => {
    await sleep(((n + 0.5) * (to - from)) / guests.length);
    const sent = performance.now();
    guest.socket.emit(VISIT_EVENT, visitMessage({ type: 'poll-vote', ref: `vote${n}`, poll, option: n % 3 }));
    await guest.next('done', (m) => m.ref === `vote${n}`);
    return performance.now() - sent;
  });
  await sleep(Math.max(0, to - now()));
  clearInterval(camera);
  clearInterval(questions);
  const voteMs = await Promise.race([Promise.all(votes), sleep(5000).then(() => [] as number[])]);
  return { voteMs, asked, votesDone: voteMs.length };
}
