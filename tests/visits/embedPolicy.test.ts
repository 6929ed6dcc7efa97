/**
 * A booked visit's pages, and the live page of the session that runs it, may be framed by the
 * partners of every one of its tours (a multi-site visit's, not only the first's), besides
 * EMBED_ORIGINS; a code that names no visit gets only those. On the real app server with the
 * visits API, the live channel and a SQLite database.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tourExistsIn } from '../../server/live/fromEnv';
import { createLive, type Live } from '../../server/live/index';
import { lazyStorage } from '../../server/storage/lazy';
import { createVisits, type Visits } from '../../server/visits/index';
import { createVisitLive, type VisitLive } from '../../server/visits/live/index';
import { listen, plantFixture } from '../server/httpFixture';
import { createTestDatabase, type TestDatabase } from '../storage/engines';
import { organizer, ORGANIZER_TOKEN, secretOf, visitRequest } from './http';

const fixture = plantFixture();
let db: TestDatabase;
let live: Live;
let visitLive: VisitLive;
let visits: Visits;
let server: Server;
let base = '';

beforeAll(async () => {
  db = await createTestDatabase('sqlite');
  const storage = lazyStorage(db.place);
  const tourExists = tourExistsIn(`${fixture.dist}/tours`, fixture.tours);
  visitLive = createVisitLive({ storage, log: () => {} });
  live = createLive({ defaultTour: 'processum', tourExists, log: () => {}, extension: visitLive.extension });
  visits = createVisits({ storage, tourExists, organizerToken: ORGANIZER_TOKEN, tickMs: 0, log: () => {}, live: { store: live.store, doorsOpened: visitLive.doorsOpened } });
  ({ server, base } = await listen({
    dist: fixture.dist,
    toursDir: fixture.tours,
    embedOrigins: ['https://operator.example'],
    api: async (req, res) => {
      if (!(await visits.handleApi(req, res))) await live.handleApi(req, res);
    },
    liveSessionTour: live.sessionTour,
    visitTours: visits.tours,
    log: () => {},
  }));
  live.attach(server);
}, 60_000);
afterAll(async () => {
  visitLive?.close();
  await live?.close();
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await visits?.close();
  await db?.remove();
  fixture.remove();
});

const ancestors = async (path: string) =>
  (await fetch(`${base}${path}`)).headers
    .get('content-security-policy')
    ?.split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('frame-ancestors'));

async function schedule(tours: string[]): Promise<{ code: string; speakerKey: string }> {
  const res = await fetch(`${base}/api/visits`, { method: 'POST', headers: { ...organizer, 'Content-Type': 'application/json' }, body: JSON.stringify(visitRequest({ tour: undefined, tours }, 20 / 1440)) });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { code: string; speakers: { presenterUrl: string }[] };
  return { code: body.code, speakerKey: secretOf(body.speakers[0]?.presenterUrl ?? '') };
}

it('frames a multi-site visit\'s pages and its live session for the partners of all its tours', async () => {
  // processum has no partners of its own: the first tour alone would allow only the operator's origin.
  const { code, speakerKey } = await schedule(['processum', 'partner', 'secret']);
  const all = "frame-ancestors 'self' https://park.example https://secret-partner.example https://operator.example";
  for (const page of [`/v/${code}`, `/v/${code}/join`, `/v/${code.toLowerCase()}/present`, `/v/${code}/follow-up`]) expect([page, await ancestors(page)]).toEqual([page, all]);

  const opened = await fetch(`${base}/api/visits/${code}/presenter`, { method: 'POST', headers: { Authorization: `Bearer ${speakerKey}`, Origin: base, 'Content-Type': 'application/json' }, body: '{}' });
  expect(opened.status).toBe(200);
  const liveCode = ((await opened.json()) as { live: { code: string } }).live.code;
  expect(await ancestors(`/live/${liveCode}`)).toBe(all);

  // A visit of one tour, a code that names no visit, a plain live session: as before.
  const single = await schedule(['secret']);
  expect(await ancestors(`/v/${single.code}/join`)).toBe("frame-ancestors 'self' https://secret-partner.example https://operator.example");
  expect(await ancestors('/v/ZZZZZZ/join')).toBe("frame-ancestors 'self' https://operator.example");
  const plain = await fetch(`${base}/api/live`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tour: 'partner' }) });
  expect(await ancestors(`/live/${((await plain.json()) as { code: string }).code}`)).toBe("frame-ancestors 'self' https://park.example https://operator.example");
});
