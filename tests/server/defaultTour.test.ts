/**
 * The site's default tour comes from tours/index.json, TOURS_DIR's before the
 * built app's, read at request time: `/` opens it (the app's own boot against
 * the real server), the embed headers of `/` follow it, and POST /api/live
 * without a tour uses it — and all three follow an edit of the index.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppServer } from '../../server/app';
import { createLive, type Live } from '../../server/live/index';
import { liveOptionsFromEnv } from '../../server/live/fromEnv';
import { boot } from '../../src/app/boot';
import { createTourStore } from '../../src/state/store';
import { validTour } from '../tour/fixtures';
import { createSession } from '../live/helpers';

const root = mkdtempSync(join(tmpdir(), 'sitevisit-default-tour-'));
const dist = join(root, 'dist');
const tours = join(root, 'tours');
const partnerOrigin = 'https://partner.example';
let base: string;
let live: Live;
let close: () => Promise<void>;

const tourFile = (id: string, origins: string[] = []) => JSON.stringify({ ...validTour(), id, embed: { origins } });
const index = (tourIds: string[], defaultTour?: string) => JSON.stringify({ ...(defaultTour ? { default: defaultTour } : {}), tours: tourIds.map((id) => ({ id, title: id })) });
/** An operator's edit of TOURS_DIR's index, with a modification time of its own. */
function editIndex(text: string, seconds: number) {
  writeFileSync(join(tours, 'index.json'), text);
  utimesSync(join(tours, 'index.json'), seconds, seconds);
}
const frameAncestors = async (path: string) =>
  ((await fetch(`${base}${path}`)).headers.get('content-security-policy') ?? '').split(';').find((d) => d.trim().startsWith('frame-ancestors'))?.trim();

beforeAll(async () => {
  for (const id of ['processum', 'other']) mkdirSync(join(dist, 'tours', id), { recursive: true });
  mkdirSync(join(tours, 'partner'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
  // The built app's index and tours: `processum` is its default.
  writeFileSync(join(dist, 'tours', 'index.json'), index(['processum', 'other']));
  writeFileSync(join(dist, 'tours', 'processum', 'tour.json'), tourFile('processum'));
  writeFileSync(join(dist, 'tours', 'other', 'tour.json'), tourFile('other', ['https://other.example']));
  // The operator's TOURS_DIR names another default.
  writeFileSync(join(tours, 'partner', 'tour.json'), tourFile('partner', [partnerOrigin]));
  editIndex(index(['processum', 'partner'], 'partner'), 1_000_000);
  live = createLive({ ...liveOptionsFromEnv(dist, tours, undefined, { LIVE_STORE_FILE: 'none' }), log: () => {} });
  const app = createAppServer({ dist, toursDir: tours, api: live.handleApi, liveSessionTour: live.sessionTour, log: () => {} });
  live.attach(app);
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  close = async () => {
    await live.close();
    await new Promise((r) => app.close(r));
  };
});
afterAll(async () => {
  await close();
  rmSync(root, { recursive: true, force: true });
});
afterEach(() => vi.unstubAllGlobals());

/** What the app opens at `path`: its boot code, run against the real server. */
async function opens(path: string): Promise<string | undefined> {
  vi.stubGlobal('location', new URL(`${base}${path}`));
  const store = createTourStore();
  await boot(store, `${base}${path}`);
  return store.getState().tour?.id;
}

describe("the site's default tour (tours/index.json)", () => {
  it("TOURS_DIR's index names it: / opens it, its embedders may frame /, and a live session without a tour gets it", async () => {
    expect(await opens('/')).toBe('partner');
    expect(await frameAncestors('/')).toBe(`frame-ancestors 'self' ${partnerOrigin}`);
    expect((await createSession(base)).tour).toBe('partner');
    // A link to an unknown tour falls back to it as well.
    expect(await opens('/t/nowhere')).toBe('partner');
  });

  it('an edit of the index takes effect at the next request, without a restart; without `default`, the first tour is it', async () => {
    editIndex(index(['other', 'partner']), 2_000_000);
    expect(await opens('/')).toBe('other');
    expect(await frameAncestors('/')).toBe("frame-ancestors 'self' https://other.example");
    expect((await createSession(base)).tour).toBe('other');
    editIndex(index(['processum', 'partner'], 'partner'), 3_000_000);
    expect((await createSession(base)).tour).toBe('partner');
  });

  it('an index naming no tour: / says so, the page may be framed by no tour, and a live session must name its tour', async () => {
    editIndex(index([]), 4_000_000);
    const store = createTourStore();
    vi.stubGlobal('location', new URL(`${base}/`));
    expect(await boot(store, `${base}/`)).toBe(false);
    expect(store.getState().load).toMatchObject({ status: 'error', message: expect.stringMatching(/names no tour to open/) });
    expect(await frameAncestors('/')).toBe("frame-ancestors 'self'");
    const response = await fetch(`${base}/api/live`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(response.status).toBe(400);
    expect((await createSession(base, { tour: 'processum' })).tour).toBe('processum');
  });
});
