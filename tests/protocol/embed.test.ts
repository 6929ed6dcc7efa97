import { describe, expect, it } from 'vitest';
import { EMBED_PROTOCOL, EMBED_VERSION, parseRequest } from '../../src/protocol/embed';

const call = (method: string, params?: unknown, extra: Record<string, unknown> = {}) => ({
  protocol: EMBED_PROTOCOL,
  version: EMBED_VERSION,
  id: 7,
  method,
  ...(params === undefined ? {} : { params }),
  ...extra,
});

const errorOf = (data: unknown) => {
  const parsed = parseRequest(data);
  if (parsed.ok) throw new Error(`expected a rejection of ${JSON.stringify(data)}`);
  expect(parsed.reply.ok).toBe(false);
  return parsed.reply as Extract<typeof parsed.reply, { ok: false }>;
};

describe('embed protocol v1', () => {
  it('accepts every method with well-formed parameters', () => {
    const valid = [
      call('hello'),
      call('getTour'),
      call('getState', {}),
      call('goToScene', { scene: 'process-floor' }),
      call('setView', { view: { kind: 'panorama', yaw: 10, pitch: -5, fov: 60 } }),
      call('setView', { view: { kind: 'model', position: [1, 2, 3], target: [0, 0, 0], fov: 50 } }),
      call('openCard', { card: 'pump' }),
      call('closeCard'),
      call('setLanguage', { language: 'sv' }),
    ];
    for (const message of valid) expect(parseRequest(message), JSON.stringify(message)).toMatchObject({ ok: true, request: { method: message.method, id: 7 } });
  });

  it('answers anything else with a clear error, keeping the call id when it has one', () => {
    expect(errorOf('hello')).toMatchObject({ id: null, error: { code: 'malformed' } });
    expect(errorOf(null).error.code).toBe('malformed');
    expect(errorOf([1, 2]).error.code).toBe('malformed');
    expect(errorOf({ id: 3, method: 'getTour' })).toMatchObject({ id: 3, error: { code: 'malformed', message: /not a sitevisit-embed message/ } });
    expect(errorOf(call('getTour', undefined, { version: 2 }))).toMatchObject({ id: 7, error: { code: 'unsupported-version', message: /version 2 is not supported/ } });
    expect(errorOf(call('explode'))).toMatchObject({ error: { code: 'unknown-method', message: /unknown method "explode"/ } });
    expect(errorOf(call('goToScene', { scene: 42 }))).toMatchObject({ error: { code: 'malformed', message: /invalid goToScene call at params\.scene/ } });
    expect(errorOf(call('goToScene', { scene: 'Not An Id' })).error.code).toBe('malformed');
    expect(errorOf(call('goToScene')).error.code).toBe('malformed');
    expect(errorOf(call('setView', { view: { kind: 'panorama', yaw: Number.NaN, pitch: 0, fov: 60 } })).error.code).toBe('malformed');
    expect(errorOf(call('setView', { view: { kind: 'model', position: [1, 2], target: [0, 0, 0], fov: 50 } })).error.code).toBe('malformed');
    expect(errorOf(call('setLanguage', { language: 'english please' })).error.code).toBe('malformed');
    expect(errorOf(call('closeCard', { now: true })).error.code).toBe('malformed');
    expect(errorOf({ ...call('getTour'), id: -1 })).toMatchObject({ id: null, error: { code: 'malformed' } });
  });

  it('rejects huge payloads and prototype-pollution keys without reading them into anything', () => {
    const huge = 'x'.repeat(5_000_000);
    const started = performance.now();
    expect(errorOf(call('goToScene', { scene: huge })).error.message.length).toBeLessThan(400);
    expect(errorOf(call(huge)).error.message.length).toBeLessThan(400);
    expect(errorOf(call('getTour', new Array(1_000_000).fill(1))).error.code).toBe('malformed');
    expect(performance.now() - started).toBeLessThan(1000);

    const polluted = JSON.parse(
      `{"protocol":"${EMBED_PROTOCOL}","version":1,"id":1,"method":"goToScene","params":{"scene":"hall","__proto__":{"polluted":true}}}`,
    ) as unknown;
    expect(errorOf(polluted).error.code).toBe('malformed');
    const constructorKey = JSON.parse(`{"protocol":"${EMBED_PROTOCOL}","version":1,"id":1,"method":"getTour","constructor":{"prototype":{"polluted":true}}}`) as unknown;
    expect(errorOf(constructorKey).error.code).toBe('malformed');
    const protoMethod = JSON.parse(`{"protocol":"${EMBED_PROTOCOL}","version":1,"id":1,"method":"__proto__"}`) as unknown;
    expect(errorOf(protoMethod).error.code).toBe('unknown-method');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
