/** The API's limits as `npm start` reads them from the environment (server/live/fromEnv.ts). */
import { describe, expect, it } from 'vitest';
import { apiLimitsFromEnv } from '../../server/live/fromEnv';

describe('apiLimitsFromEnv', () => {
  it('leaves unset limits to their defaults', () => {
    expect(apiLimitsFromEnv({})).toEqual({ embedOrigins: [], trustedProxies: 0 });
  });

  it('reads every variable', () => {
    const env = { LIVE_CREATE_PER_MINUTE: '5', LIVE_MAX_SESSIONS: '0', LIVE_CREATE_TOKEN: 's3cret', EMBED_ORIGINS: 'https://a.example, https://b.example', TRUST_PROXY: '1' };
    expect(apiLimitsFromEnv(env)).toEqual({ createPerMinute: 5, maxSessions: 0, createToken: 's3cret', embedOrigins: ['https://a.example', 'https://b.example'], trustedProxies: 1 });
  });

  it('refuses values that are not whole numbers, naming the variable', () => {
    expect(() => apiLimitsFromEnv({ LIVE_CREATE_PER_MINUTE: 'ten' })).toThrow('LIVE_CREATE_PER_MINUTE must be a whole number (0 turns the limit off), not "ten"');
    expect(() => apiLimitsFromEnv({ LIVE_MAX_SESSIONS: '-1' })).toThrow('LIVE_MAX_SESSIONS must be a whole number');
    expect(() => apiLimitsFromEnv({ LIVE_MAX_SESSIONS: '1.5' })).toThrow('LIVE_MAX_SESSIONS must be a whole number');
  });
});
