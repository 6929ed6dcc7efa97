/**
 * The seam to the live part: the visit's live session, opened with the live
 * code's own session store, has the visit's speakers as presenters under the
 * key hashes of the links they got at scheduling; opening again returns it,
 * and a session that ended is replaced by a new one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../server/live/store';
import { hashSecret, secretMatches } from '../../server/live/secrets';
import { openLiveSession } from '../../server/visits/liveSession';
import { visitById } from '../../server/visits/visitStore';
import type { Storage } from '../../server/storage/open';
import { createTestDatabase, type TestDatabase } from '../storage/engines';
import { scheduleVisit } from './fixtures';

let test: TestDatabase;
let storage: Storage;
beforeAll(async () => {
  test = await createTestDatabase('sqlite');
  storage = await test.open();
});
afterAll(async () => {
  await storage?.close();
  await test?.remove();
});

describe('a visit’s live session', () => {
  it('is opened once with the speakers as presenters, and again after it ended', async () => {
    const store = createMemoryStore(3600);
    const speakers = [
      { name: 'Anna', organisation: null, tour: null, keyHash: hashSecret('anna-secret') },
      { name: 'Bo', organisation: 'MoRe', tour: 'processum', keyHash: hashSecret('bo-secret') },
    ];
    const visit = await scheduleVisit(storage.db, new Date(), { tours: ['demo', 'processum'], speakers });
    const code = await openLiveSession(storage.db, store, visit.id);
    expect(code).not.toBeNull();
    const session = await store.get(code!);
    expect(session).toMatchObject({ code, tour: 'demo', driver: null, state: null });
    expect(session!.presenters.map((p) => [p.id, p.name])).toEqual([['p1', 'Anna'], ['p2', 'Bo']]);
    expect(secretMatches('bo-secret', session!.presenters[1]!.keyHash)).toBe(true);
    expect((await visitById(storage.db, visit.id))?.liveCode).toBe(code);

    expect(await openLiveSession(storage.db, store, visit.id)).toBe(code);
    await store.delete(code!);
    const next = await openLiveSession(storage.db, store, visit.id);
    expect(next).not.toBe(code);
    expect(await store.get(next!)).not.toBeNull();
    expect(await openLiveSession(storage.db, store, '00000000-0000-4000-8000-000000000000')).toBeNull();
    await store.close();
  });
});
