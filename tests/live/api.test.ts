/**
 * Who may create live sessions, and how many: every refusal of
 * `POST /api/live` on the real server over loopback (content type, foreign
 * pages, bad Host, per-address rate limit, session cap, access token), each
 * answered in plain words, and the links it answers with.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readSecret } from '../../src/protocol/secretLink';
import { json, post } from './apiRequest';
import { startServer, type TestServer } from './helpers';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

describe('POST /api/live refuses', () => {
  it('anything but JSON with 415, and takes JSON with parameters', async () => {
    server = await startServer();
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx']) {
      const answer = await post(server.url, type ? { 'Content-Type': type } : {});
      expect(answer.status, String(type)).toBe(415);
      expect(answer.body.error).toBe('Send the request as JSON, with Content-Type: application/json.');
    }
    expect((await post(server.url, { 'Content-Type': 'Application/JSON; charset=utf-8' })).status).toBe(201);
  });

  it('pages of other origins with 403; our own page, EMBED_ORIGINS and requests without Origin are served', async () => {
    server = await startServer({ api: { embedOrigins: ['https://partner.example.org'] } });
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.2:${server.port}`, 'http://127.0.0.1:1', 'https://partner.example.org.evil.example']) {
      const answer = await post(server.url, { ...json, Origin: origin });
      expect(answer.status, origin).toBe(403);
      expect(answer.body.error).toBe('Pages on other sites may not create live sessions here.');
    }
    expect((await post(server.url, { ...json, Origin: server.url })).status).toBe(201);
    // Behind a TLS proxy without PUBLIC_URL the page is https while we see http: the host decides.
    expect((await post(server.url, { ...json, Origin: `https://127.0.0.1:${server.port}` })).status).toBe(201);
    expect((await post(server.url, { ...json, Origin: 'https://partner.example.org' })).status).toBe(201);
    expect((await post(server.url, json)).status).toBe(201);
  });

  it('grants CORS to EMBED_ORIGINS only: their preflight and answers carry it, others get none', async () => {
    server = await startServer({ api: { embedOrigins: ['https://partner.example.org'] } });
    const preflight = (origin: string) =>
      fetch(`${server.url}/api/live`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    const granted = await preflight('https://partner.example.org');
    expect(granted.status).toBe(204);
    expect(granted.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
    expect(granted.headers.get('access-control-allow-headers')).toBe('Content-Type, Authorization');
    const refused = await preflight('http://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const created = await post(server.url, { ...json, Origin: 'https://partner.example.org' });
    expect(created.headers['access-control-allow-origin']).toBe('https://partner.example.org');
    expect(created.headers['access-control-expose-headers']).toBe('Retry-After');
    expect((await post(server.url, { ...json, Origin: server.url })).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('behind a proxy (PUBLIC_URL), takes the public origin only, and links point there', async () => {
    server = await startServer({ publicUrl: 'https://tours.example.org' });
    const ours = await post(server.url, { ...json, Origin: 'https://tours.example.org' });
    expect(ours.status).toBe(201);
    expect(ours.body.attendeeUrl).toMatch(/^https:\/\/tours\.example\.org\/live\/[2-9A-HJKMNP-Z]{6}$/);
    // The Host a proxy passes on is not the origin the visitor's page has.
    expect((await post(server.url, { ...json, Origin: server.url })).status).toBe(403);
  });

  it('a Host that is not a plain host[:port] with 400, and creates nothing', async () => {
    server = await startServer();
    for (const host of ['a b', 'a/b', 'user@a', '[::1']) {
      const answer = await post(server.url, { ...json, Host: host });
      expect(answer.status, host).toBe(400);
      expect(answer.body.error).toBe('The Host header is not valid.');
    }
    expect(server.logs.filter((l) => l.includes('created'))).toEqual([]);
  });

  it('more sessions per minute from one address than allowed with 429 and Retry-After; other addresses are not held back', async () => {
    server = await startServer({ api: { createPerMinute: 3 } });
    for (let i = 0; i < 3; i++) expect((await post(server.url, json, '{}', '127.0.0.1')).status).toBe(201);
    const refused = await post(server.url, json, '{}', '127.0.0.1');
    expect(refused.status).toBe(429);
    // 3 a minute: the next one in 20 s.
    expect(refused.headers['retry-after']).toBe('20');
    expect(refused.body).toEqual({ error: 'Too many live sessions were created from your address. Try again in 20 s.', limit: 'address' });
    expect((await post(server.url, json, '{}', '127.0.0.2')).status).toBe(201);
    // X-Forwarded-For is not believed without TRUST_PROXY.
    expect((await post(server.url, { ...json, 'X-Forwarded-For': '203.0.113.9' }, '{}', '127.0.0.1')).status).toBe(429);
  });

  it('behind TRUST_PROXY, limits each forwarded address apart', async () => {
    server = await startServer({ api: { createPerMinute: 1, trustedProxies: 1 } });
    const from = (address: string) => post(server.url, { ...json, 'X-Forwarded-For': address });
    expect((await from('203.0.113.1')).status).toBe(201);
    expect((await from('203.0.113.1')).status).toBe(429);
    expect((await from('198.51.100.7, 203.0.113.2')).status).toBe(201);
  });

  it('sessions beyond the cap on open sessions with 429 and Retry-After', async () => {
    server = await startServer({ api: { maxSessions: 2 } });
    expect((await post(server.url, json)).status).toBe(201);
    expect((await post(server.url, json)).status).toBe(201);
    const refused = await post(server.url, json);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('60');
    expect(refused.body).toEqual({ error: 'The server has as many live sessions open as it allows. Try again later.', limit: 'sessions' });
    expect(server.logs).toContain('live: session cap of 2 reached; refusing new sessions');
  });

  it('with LIVE_CREATE_TOKEN, requests without the right bearer token with 401; never logs the token', async () => {
    const token = 'correct-horse-battery-staple';
    server = await startServer({ api: { createToken: token } });
    const none = await post(server.url, json);
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="sitevisit live"');
    expect(none.body).toEqual({ error: 'Creating a live session needs an access token.', token: 'missing' });
    for (const authorization of [`Bearer ${token}x`, `Bearer ${token.slice(1)}`, `Basic ${token}`, token]) {
      const wrong = await post(server.url, { ...json, Authorization: authorization });
      expect(wrong.status, authorization).toBe(401);
    }
    expect((await post(server.url, { ...json, Authorization: `Bearer ${token.slice(1)}` })).body.token).toBe('wrong');
    const ok = await post(server.url, { ...json, Authorization: `bearer ${token}` });
    expect(ok.status).toBe(201);
    expect(server.logs.join('\n')).not.toContain(token);
  });
});

describe('POST /api/live answers', () => {
  it('presenter links with the key in the fragment only, a different key per speaker', async () => {
    server = await startServer();
    const answer = await post(server.url, json, JSON.stringify({ presenters: ['Anna', 'Bo'] }));
    expect(answer.status).toBe(201);
    const { attendeeUrl, presenterUrl, presenters } = answer.body as { attendeeUrl: string; presenterUrl: string; presenters: { url: string }[] };
    expect(presenterUrl).toBe(presenters[0]?.url);
    const keys = presenters.map((p) => {
      const url = new URL(p.url);
      // Nothing secret in what a browser sends: path and query.
      expect(url.origin + url.pathname + url.search).toBe(attendeeUrl);
      expect(url.hash).toMatch(/^#key=[A-Za-z0-9_-]{32}$/);
      return readSecret(p.url).secret;
    });
    expect(new Set(keys).size).toBe(2);
  });
});
