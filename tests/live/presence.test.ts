/**
 * People in a live session know where they stand, on the real server with
 * real clients: when the presenter in control goes, everyone is told after
 * the grace period and control passes to another speaker; a reload within it
 * changes nothing; the one who left is offered control back; attendee counts
 * reach attendees too.
 */
import { describe, expect, it } from 'vitest';
import { createSession, keyOf, panorama, startServer, trackClients, type TestServer } from './helpers';

const GRACE_MS = 400;
let server: TestServer;
const client = trackClients(() => server);

async function session(names: string[]) {
  const created = await createSession(server.url, { presenters: names });
  const speaker = async (i: number) => {
    const c = client(server.url, created.code, keyOf(created.presenters[i]!.url));
    await c.next('welcome');
    return c;
  };
  const attendee = async () => {
    const c = client(server.url, created.code);
    await c.next('welcome');
    return c;
  };
  return { code: created.code, speaker, attendee };
}

describe('presence', () => {
  it('after the grace period control passes to the other speaker; everyone sees it; the one who left is offered it back', async () => {
    server = await startServer({ channel: { presenterGraceMs: GRACE_MS } });
    const s = await session(['Anna', 'Bo']);
    const anna = await s.speaker(0);
    const bo = await s.speaker(1);
    const attendee = await s.attendee();
    const left = Date.now();
    anna.close();
    const [toAttendee, toBo] = await Promise.all([attendee.next('control'), bo.next('control')]);
    expect(Date.now() - left).toBeGreaterThanOrEqual(GRACE_MS - 20);
    expect(toAttendee).toMatchObject({ driver: 'p2', away: 'p1' });
    expect(toBo).toMatchObject({ driver: 'p2', away: 'p1' });
    bo.send({ type: 'state', state: panorama(7) });
    expect((await attendee.next('state')).state).toEqual(panorama(7));
    expect(server.logs.join('\n')).toContain('the presenter in control left; control passed on');

    // Anna comes back: offered control, not given it; everyone learns she is back.
    const back = await s.speaker(0);
    expect(back.received[0]).toMatchObject({ type: 'welcome', driver: 'p2', away: null, offerControl: true });
    expect(await attendee.next('control')).toMatchObject({ driver: 'p2', away: null });
    back.send({ type: 'take-control' });
    expect(await attendee.next('control')).toMatchObject({ driver: 'p1', away: null });
  });

  it('a reload within the grace period changes nothing for anyone', async () => {
    server = await startServer({ channel: { presenterGraceMs: GRACE_MS } });
    const s = await session(['Anna', 'Bo']);
    const anna = await s.speaker(0);
    await s.speaker(1);
    const attendee = await s.attendee();
    // A second session whose presenter leaves for good, just after: once its attendee hears of it,
    // the first session's grace period is over too.
    const marker = await session(['Cai']);
    const cai = await marker.speaker(0);
    const markerAttendee = await marker.attendee();

    anna.socket.io.engine.close(); // a dropped connection: the client reconnects by itself
    cai.close();
    expect((await anna.next('welcome')).driver).toBe('p1');
    expect(await markerAttendee.next('control', undefined, GRACE_MS + 3000)).toMatchObject({ driver: 'p1', away: 'p1' });
    expect(attendee.received.filter((m) => m.type === 'control')).toEqual([]);
    anna.send({ type: 'state', state: panorama(3) });
    expect((await attendee.next('state')).state).toEqual(panorama(3));
  });

  it('alone, the presenter who left is awaited; a speaker who arrives meanwhile takes over; late joiners learn it at once', async () => {
    server = await startServer({ channel: { presenterGraceMs: GRACE_MS } });
    const s = await session(['Anna', 'Bo']);
    const anna = await s.speaker(0);
    const attendee = await s.attendee();
    anna.close();
    expect(await attendee.next('control')).toMatchObject({ driver: 'p1', away: 'p1' });
    expect(server.logs.join('\n')).toMatch(/the presenter in control left$/m);
    const late = client(server.url, s.code);
    expect(await late.next('welcome')).toMatchObject({ driver: 'p1', away: 'p1' });

    // Anna is back: she presents again at once, nobody else took it.
    const annaAgain = await s.speaker(0);
    expect(annaAgain.received[0]).toMatchObject({ type: 'welcome', driver: 'p1', away: null });
    expect(annaAgain.received[0]).not.toHaveProperty('offerControl');
    expect(await attendee.next('control')).toMatchObject({ driver: 'p1', away: null });

    // She leaves again; Bo arrives after the grace period and takes over.
    annaAgain.close();
    expect(await attendee.next('control')).toMatchObject({ driver: 'p1', away: 'p1' });
    const bo = await s.speaker(1);
    expect(bo.received[0]).toMatchObject({ type: 'welcome', driver: 'p2', away: 'p1' });
    expect(await attendee.next('control')).toMatchObject({ driver: 'p2', away: 'p1' });
  });

  it('attendees see how many attend, as presenters do', async () => {
    server = await startServer();
    const s = await session(['Anna']);
    const anna = await s.speaker(0);
    const first = await s.attendee();
    expect(await first.next('audience', (m) => m.attendees === 1)).toBeTruthy();
    const second = await s.attendee();
    await first.next('audience', (m) => m.attendees === 2);
    await second.next('audience', (m) => m.attendees === 2);
    await anna.next('presence', (m) => m.attendees === 2);
    second.close();
    await first.next('audience', (m) => m.attendees === 1);
  });
});

