import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxiesFromEnv } from '../../server/http/clientAddress';
import { createKeyedRateLimit } from '../../server/http/keyedRateLimit';

const req = (remoteAddress: string, xff?: string) => ({ socket: { remoteAddress }, headers: xff === undefined ? {} : { 'x-forwarded-for': xff } }) as Parameters<typeof clientAddress>[0];

describe('clientAddress', () => {
  it('is the peer unless proxies are trusted, whatever the client writes in X-Forwarded-For', () => {
    expect(clientAddress(req('::ffff:127.0.0.2', '1.2.3.4'))).toBe('127.0.0.2');
  });
  it('takes the entry the trusted proxy appended, not the ones the client forged', () => {
    expect(clientAddress(req('10.0.0.1', '6.6.6.6, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(req('10.0.0.1', '6.6.6.6, 203.0.113.7, 10.0.0.9'), 2)).toBe('203.0.113.7');
    expect(clientAddress(req('10.0.0.1'), 1)).toBe('10.0.0.1');
  });
  it('reads TRUST_PROXY', () => {
    expect(trustedProxiesFromEnv(undefined)).toBe(0);
    expect(trustedProxiesFromEnv('true')).toBe(1);
    expect(trustedProxiesFromEnv('2')).toBe(2);
    expect(() => trustedProxiesFromEnv('yes')).toThrow(/TRUST_PROXY/);
  });
});

describe('createKeyedRateLimit', () => {
  it('allows a burst, then refuses with the seconds to wait, per key', () => {
    const limit = createKeyedRateLimit({ perSecond: 1, burst: 3 });
    expect([0, 1, 2, 3].map(() => limit.take('a', 1000))).toEqual([0, 0, 0, 1]);
    expect(limit.take('b', 1000)).toBe(0);
    expect(limit.take('a', 2000)).toBe(0);
  });
  it('keeps at most maxKeys buckets', () => {
    const limit = createKeyedRateLimit({ perSecond: 1, burst: 2, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) limit.take(`k${i}`, 1000);
    expect(limit.size).toBeLessThanOrEqual(100);
  });
});
