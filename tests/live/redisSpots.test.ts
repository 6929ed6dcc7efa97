/**
 * People per spot across processes (real redis-server, two server
 * processes): attendees on either process are counted, and a speaker on the
 * other process hears the count.
 */
import { describe, expect, it } from 'vitest';
import { createSession, keyOf, trackClients } from './helpers';
import { twoProcessesSharingRedis } from './processes';

const servers = twoProcessesSharingRedis();
const client = trackClients();

describe('people per spot with two processes', () => {
  it('counts attendees on both processes for a speaker on either', async () => {
    const { urlA, urlB } = servers;
    const { code, presenters } = await createSession(urlA, { presenters: ['Anna', 'Bo'] });
    const anna = client(urlA, code, keyOf(presenters[0]!.url));
    await anna.next('welcome');
    const bo = client(urlB, code, keyOf(presenters[1]!.url));
    await bo.next('welcome');
    const [a, b] = [client(urlA, code), client(urlB, code)];
    await Promise.all([a.next('welcome'), b.next('welcome')]);

    // b, on process B, looks around in the tank farm: Anna, on process A, hears it.
    b.send({ type: 'detached', detached: true });
    b.send({ type: 'here', scene: 'tank-farm' });
    expect(await anna.next('spots', (m) => m.at['tank-farm'] === 1, 5000)).toMatchObject({ following: 1, at: { 'tank-farm': 1 } });
    // a, on process A, looks around in the pump room: Bo, on process B, hears both.
    a.send({ type: 'detached', detached: true });
    a.send({ type: 'here', scene: 'pump-room' });
    expect(await bo.next('spots', (m) => m.at['pump-room'] === 1, 5000)).toMatchObject({ following: 0, at: { 'tank-farm': 1, 'pump-room': 1 } });
  }, 30_000);
});
