/**
 * The presenter's grace period across processes (real redis-server, two
 * server processes): a presenter whose connection moves to the other process
 * within the grace period keeps control (the check asks every process), and
 * one who leaves for good is announced on both and replaced by a speaker who
 * arrives on the other process.
 */
import { describe, expect, it } from 'vitest';
import { createSession, keyOf, panorama, trackClients } from './helpers';
import { twoProcessesSharingRedis } from './processes';

const GRACE_S = 0.5;
const servers = twoProcessesSharingRedis({ LIVE_PRESENTER_GRACE_SECONDS: String(GRACE_S) });
const client = trackClients();

describe('presenter grace period with two processes', () => {
  it('a presenter back on the other process keeps control; one gone for good is replaced by a speaker on the other process', async () => {
    const { urlA, urlB } = servers;
    const { code, presenters } = await createSession(urlA, { presenters: ['Anna', 'Bo'] });
    const anna = client(urlA, code, keyOf(presenters[0]!.url));
    expect(await anna.next('welcome')).toMatchObject({ driver: 'p1' });
    const attendee = client(urlB, code);
    await attendee.next('welcome');
    // A second session on process A whose presenter leaves for good at the same time: once its
    // attendee hears of it, process A's grace timer for Anna has run too.
    const marker = await createSession(urlA);
    const markerPresenter = client(urlA, marker.code, keyOf(marker.presenterUrl));
    await markerPresenter.next('welcome');
    const markerAttendee = client(urlA, marker.code);
    await markerAttendee.next('welcome');

    // Anna's reload lands on process B.
    const annaOnB = client(urlB, code, keyOf(presenters[0]!.url));
    await annaOnB.next('welcome');
    anna.close();
    markerPresenter.close();
    await markerAttendee.next('control', (m) => m.away === 'p1', GRACE_S * 1000 + 5000);
    expect(attendee.received.filter((m) => m.type === 'control')).toEqual([]);
    annaOnB.send({ type: 'state', state: panorama(5) });
    expect((await attendee.next('state')).state).toEqual(panorama(5));

    // Anna leaves for good (on B): everyone is told, on both processes; Bo arrives on A and takes over.
    const otherAttendee = client(urlA, code);
    await otherAttendee.next('welcome');
    annaOnB.close();
    await Promise.all([attendee.next('control', (m) => m.away === 'p1' && m.driver === 'p1'), otherAttendee.next('control', (m) => m.away === 'p1')]);
    const bo = client(urlA, code, keyOf(presenters[1]!.url));
    expect(await bo.next('welcome')).toMatchObject({ driver: 'p2', away: 'p1' });
    await attendee.next('control', (m) => m.driver === 'p2');
    bo.send({ type: 'state', state: panorama(9) });
    expect((await attendee.next('state', (m) => m.state.view.kind === 'panorama' && m.state.view.yaw === 9)).state).toEqual(panorama(9));
  }, 30_000);
});
