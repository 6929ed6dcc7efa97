/**
 * The studio's HTTP API as the studio page uses it (STUDIO_API.md): no session
 * → 401, a foreign page → 403; tours made, copied, saved with If-Match (428
 * without, 409 with a stale one, the current tour in the answer), published
 * only without errors, listed in /tours/index.json; history and restore;
 * drafts and versions never served; bad ids refused and nothing changed.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudioServer, type StudioServer } from './studioServer';

let s: StudioServer;
let cookie = '';
beforeAll(async () => {
  s = await startStudioServer();
  cookie = await s.signIn('Ada');
});
afterAll(() => s.close());

const json = (body: unknown) => JSON.stringify(body);
const draftOf = async (id: string) => {
  const response = await s.call(`/api/studio/tours/${id}/draft`, { cookie });
  return { status: response.status, etag: response.headers.get('etag') ?? '', text: await response.text() };
};

describe('access', () => {
  it('every studio API refuses without a session (401) and a foreign page even with one (403)', async () => {
    const routes: [string, string][] = [
      ['GET', '/api/studio/tours'],
      ['POST', '/api/studio/tours'],
      ['GET', '/api/studio/tours/processum/draft'],
      ['PUT', '/api/studio/tours/processum/draft'],
      ['POST', '/api/studio/tours/processum/publish'],
      ['POST', '/api/studio/tours/processum/copy'],
      ['GET', '/api/studio/tours/processum/versions'],
      ['POST', '/api/studio/tours/processum/versions/abc/restore'],
      ['POST', '/api/studio/tours/processum/files'],
      ['GET', '/api/studio/jobs/0123456789abcdef'],
    ];
    for (const [method, path] of routes) {
      const body = method === 'GET' ? undefined : '{}';
      expect((await s.call(path, { method, ...(body ? { body } : {}) })).status, `${method} ${path}`).toBe(401);
      expect((await s.call(path, { method, cookie, headers: { origin: 'https://evil.example' }, ...(body ? { body } : {}) })).status, `${method} ${path} foreign`).toBe(403);
      expect((await s.call(path, { method, cookie: 'sitevisit_studio=forged.c2lnbmF0dXJl', ...(body ? { body } : {}) })).status, `${method} ${path} forged`).toBe(401);
    }
    // A state-changing request must say where it comes from.
    expect((await fetch(`${s.base}/api/studio/tours`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' })).status).toBe(403);
  });

  it('signs in with the token only, says who is signed in, and signs out', async () => {
    expect((await s.call('/api/studio/session', { method: 'POST', body: json({ token: 'wrong' }) })).status).toBe(401);
    const response = await s.call('/api/studio/session', { method: 'POST', body: json({ token: s.studio.access.token }) });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/^sitevisit_studio=[^;]+; HttpOnly; SameSite=Strict; Path=\/; Max-Age=\d+$/);
    expect(await (await s.call('/api/studio/session', { cookie })).json()).toEqual({ signedIn: true, author: 'Ada' });
    expect((await s.call('/api/studio/session')).status).toBe(401);
    const out = await s.call('/api/studio/session', { method: 'DELETE', cookie });
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
  });

  it('a cookie signed with STUDIO_TOKEN is accepted by another process with the same token, not by one with another', async () => {
    const one = await startStudioServer({ token: 'shared-token-0123456789' });
    const two = await startStudioServer({ token: 'shared-token-0123456789' });
    const other = await startStudioServer({ token: 'another-token-0123456789' });
    try {
      const shared = await one.signIn();
      expect((await two.call('/api/studio/tours', { cookie: shared })).status).toBe(200);
      expect((await other.call('/api/studio/tours', { cookie: shared })).status).toBe(401);
    } finally {
      await Promise.all([one.close(), two.close(), other.close()]);
    }
  });
});

describe('live tours from the studio', () => {
  it('a signed-in studio user starts a live tour without LIVE_CREATE_TOKEN; others still need it', async () => {
    const site = await startStudioServer({ liveCreateToken: 'live-token-abc' });
    try {
      const create = (cookieHeader?: string) => site.call('/api/live', { method: 'POST', body: JSON.stringify({ tour: 'processum' }), ...(cookieHeader ? { cookie: cookieHeader } : {}) });
      expect((await create()).status).toBe(401);
      expect((await create('sitevisit_studio=forged.c2ln')).status).toBe(401);
      expect((await create(await site.signIn())).status).toBe(201);
    } finally {
      await site.close();
    }
  });
});

describe('tours', () => {
  it('makes a tour (a draft, not yet public), refuses the same id again, and bad ids', async () => {
    const made = await s.call('/api/studio/tours', { method: 'POST', cookie, body: json({ id: 'harbour', title: { en: 'Harbour', sv: 'Hamn' }, languages: ['en', 'sv'] }) });
    expect(made.status).toBe(201);
    const { version } = (await made.json()) as { version: string };
    expect((await draftOf('harbour')).etag).toBe(`"${version}"`);
    expect(existsSync(join(s.content, 'harbour', 'tour.json'))).toBe(false);
    expect((await s.call('/api/studio/tours', { method: 'POST', cookie, body: json({ id: 'harbour', title: 'Again', languages: ['en'] }) })).status).toBe(409);
    expect((await s.call('/api/studio/tours', { method: 'POST', cookie, body: json({ id: 'processum', title: 'Clash', languages: ['en'] }) })).status).toBe(409);
    for (const id of ['../etc', 'a/b', '.hidden', 'a.b', 'UPPER', '']) {
      const response = await s.call('/api/studio/tours', { method: 'POST', cookie, body: json({ id, title: 'x', languages: ['en'] }) });
      expect(response.status, id).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/\w/);
    }
    for (const path of ['..%2Fetc/draft', '.versions/draft', 'a.b/draft', '%2e%2e/draft']) {
      expect((await s.call(`/api/studio/tours/${path}`, { cookie })).status, path).toBeGreaterThanOrEqual(400);
    }
    const titled = await s.call('/api/studio/tours', { method: 'POST', cookie, body: json({ title: 'Örnsköldsvik – Pilot Hall', languages: ['sv'] }) });
    expect(await titled.json()).toMatchObject({ id: 'ornskoldsvik-pilot-hall' });
    expect(readdirSync(s.content).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('saves a draft with If-Match: 428 without, 409 with an old version (with the current tour), problems listed', async () => {
    const { etag, text } = await draftOf('harbour');
    const tour = JSON.parse(text);
    tour.scenes = [{ id: 'quay', type: 'panorama', title: 'Quay', image: 'quay.jpg', hotspots: [] }];
    expect((await s.call('/api/studio/tours/harbour/draft', { method: 'PUT', cookie, body: json(tour) })).status).toBe(428);
    const saved = await s.call('/api/studio/tours/harbour/draft', { method: 'PUT', cookie, headers: { 'if-match': etag }, body: json(tour) });
    expect(saved.status).toBe(200);
    const answer = (await saved.json()) as { version: string; problems: { path: string; message: string }[] };
    expect(answer.problems.map((p) => p.path)).toContain('scenes[0].image');
    tour.title = 'Old base';
    const stale = await s.call('/api/studio/tours/harbour/draft', { method: 'PUT', cookie, headers: { 'if-match': etag }, body: json(tour) });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ version: answer.version, current: { scenes: [{ id: 'quay' }] } });
    expect(JSON.parse(readFileSync(join(s.content, 'harbour', '.draft', 'tour.json'), 'utf8')).title).toEqual({ en: 'Harbour', sv: 'Hamn' });
    for (const bad of ['[1]', '"x"', json({ ...tour, id: 'other' }), json({ id: 'harbour' }), 'not json']) {
      const response = await s.call('/api/studio/tours/harbour/draft', { method: 'PUT', cookie, headers: { 'if-match': `"${answer.version}"` }, body: bad });
      expect(response.status, bad).toBe(400);
    }
  });

  it('publishes only without errors; the published tour is served and listed in /tours/index.json, content first', async () => {
    const { etag, text } = await draftOf('harbour');
    const refused = await s.call('/api/studio/tours/harbour/publish', { method: 'POST', cookie, headers: { 'if-match': etag } });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { problems: unknown[] }).problems.length).toBeGreaterThan(0);
    expect((await fetch(`${s.base}/tours/harbour/tour.json`)).status).toBe(404);
    const tour = JSON.parse(text);
    tour.scenes[0].image = '/tours/processum/hall.jpg';
    const saved = await s.call('/api/studio/tours/harbour/draft', { method: 'PUT', cookie, headers: { 'if-match': etag }, body: json(tour) });
    const published = await s.call('/api/studio/tours/harbour/publish', { method: 'POST', cookie, headers: { 'if-match': saved.headers.get('etag') ?? '' } });
    expect(published.status).toBe(200);
    expect((await (await fetch(`${s.base}/tours/harbour/tour.json`)).json()).scenes[0].id).toBe('quay');
    const index = (await (await fetch(`${s.base}/tours/index.json`)).json()) as { default?: string; tours: { id: string }[] };
    expect(index.tours.map((t) => t.id)).toEqual(['harbour', 'processum', 'northern-sweden']);
    expect(index.default).toBe('processum');
    const list = (await (await s.call('/api/studio/tours', { cookie })).json()) as { id: string; builtIn: boolean; published: boolean; hasDraft: boolean }[];
    expect(list.find((t) => t.id === 'harbour')).toMatchObject({ builtIn: false, published: true, hasDraft: false });
    expect(list.find((t) => t.id === 'processum')).toMatchObject({ builtIn: true, published: true });
  });

  it("an operator's own index.json in CONTENT_DIR stays the list (no built-ins), with the studio's published tours after it", async () => {
    writeFileSync(join(s.content, 'index.json'), json({ default: 'northern-sweden', tours: [{ id: 'northern-sweden', title: 'North' }] }));
    try {
      const index = (await (await fetch(`${s.base}/tours/index.json`)).json()) as { default?: string; tours: { id: string }[] };
      expect(index).toMatchObject({ default: 'northern-sweden', tours: [{ id: 'northern-sweden' }, { id: 'harbour' }] });
      expect(index.tours).toHaveLength(2);
    } finally {
      rmSync(join(s.content, 'index.json'));
    }
  });

  it('never serves drafts, versions or the lock', async () => {
    expect(readdirSync(join(s.content, 'harbour', '.versions')).length).toBeGreaterThan(0);
    for (const path of ['/tours/harbour/.draft/tour.json', '/tours/harbour/.versions/', '/tours/harbour/%2Edraft/tour.json', '/tours/harbour/.draft.lock']) {
      const response = await fetch(`${s.base}${path}`);
      expect(await response.text(), path).not.toContain('"quay"');
    }
    const name = readdirSync(join(s.content, 'harbour', '.versions'))[0];
    expect((await fetch(`${s.base}/tours/harbour/.versions/${name}`)).status).not.toBe(200);
  });

  it('lists every version with time, author and kind, newest first, and restores one as a new version', async () => {
    const versions = (await (await s.call('/api/studio/tours/harbour/versions', { cookie })).json()) as { version: string; savedAt: string; author: string; kind: string }[];
    expect(versions.map((v) => v.kind)).toEqual(['publish', 'draft', 'draft', 'create']);
    expect(versions.every((v) => v.author === 'Ada' && !Number.isNaN(Date.parse(v.savedAt)))).toBe(true);
    const first = versions[versions.length - 1]?.version ?? '';
    const restored = await s.call(`/api/studio/tours/harbour/versions/${first}/restore`, { method: 'POST', cookie });
    expect(restored.status).toBe(200);
    expect(await restored.json()).toEqual({ version: first });
    expect(JSON.parse((await draftOf('harbour')).text).scenes).toEqual([]);
    expect((await (await s.call('/api/studio/tours/harbour/versions', { cookie })).json())[0]).toMatchObject({ kind: 'restore', version: first });
    // Visitors still see the published tour.
    expect((await (await fetch(`${s.base}/tours/harbour/tour.json`)).json()).scenes).toHaveLength(1);
    expect((await s.call('/api/studio/tours/harbour/versions/nosuchversion/restore', { method: 'POST', cookie })).status).toBe(404);
  });

  it('copies a built-in tour with its files; the built-in tour itself is read-only', async () => {
    const original = readFileSync('public/tours/processum/tour.json', 'utf8');
    const { etag } = await draftOf('processum');
    expect((await s.call('/api/studio/tours/processum/draft', { method: 'PUT', cookie, headers: { 'if-match': etag }, body: original })).status).toBe(404);
    const copy = await s.call('/api/studio/tours/processum/copy', { method: 'POST', cookie, body: json({ id: 'my-processum' }) });
    expect(copy.status).toBe(201);
    expect(existsSync(join(s.content, 'my-processum', 'hall.jpg'))).toBe(true);
    const text = (await draftOf('my-processum')).text;
    expect(text).toBe(original.replace('"id": "processum"', '"id": "my-processum"'));
    expect((await s.call('/api/studio/tours/processum/copy', { method: 'POST', cookie, body: json({ id: 'my-processum' }) })).status).toBe(409);
    expect((await s.call('/api/studio/tours/processum/copy', { method: 'POST', cookie, body: json({ id: '../x' }) })).status).toBe(400);
  });

  it('a tour opened and saved unchanged through the API keeps its file byte for byte', async () => {
    const before = readFileSync(join(s.content, 'my-processum', '.draft', 'tour.json'));
    const { etag, text } = await draftOf('my-processum');
    const saved = await s.call('/api/studio/tours/my-processum/draft', { method: 'PUT', cookie, headers: { 'if-match': etag }, body: json(JSON.parse(text)) });
    expect(saved.status).toBe(200);
    expect(readFileSync(join(s.content, 'my-processum', '.draft', 'tour.json')).equals(before)).toBe(true);
  });
});
