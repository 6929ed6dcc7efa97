/**
 * The seam to the live part: the visit's live session, opened with the live
 * code's own session store, has the visit's speakers as presenters under the
 * key hashes of the links they got at scheduling; opening again returns it,
 * and a session that ended is replaced by a new one.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../server/live/store';
import { hashSecret, secretMatches } from '../../server/live/secrets';
import { openLiveSession } from '../../server/visits/liveSession';
import { visitById } from '../../server/visits/visitStore';
import { useTestStorage } from '../storage/engines';
import { scheduleVisit } from './fixtures';

const testDb = useTestStorage('sqlite');

describe('a visit’s live session', () => {
  it('is opened once with the speakers as presenters, and again after it ended', async () => {
    const store = createMemoryStore(3600);
    const speakers = [
      { name: 'Anna', organisation: null, tour: null, keyHash: hashSecret('anna-secret') },
      { name: 'Bo', organisation: 'MoRe', tour: 'processum', keyHash: hashSecret('bo-secret') },
    ];
    const visit = await scheduleVisit(testDb.storage.db, new Date(), { tours: ['demo', 'processum'], speakers });
    const code = await openLiveSession(testDb.storage.db, store, visit.id);
    expect(code).not.toBeNull();
    const session = await store.get(code!);
    expect(session).toMatchObject({ code, tour: 'demo', driver: null, state: null });
    expect(session!.presenters.map((p) => [p.id, p.name])).toEqual([['p1', 'Anna'], ['p2', 'Bo']]);
    expect(secretMatches('bo-secret', session!.presenters[1]!.keyHash)).toBe(true);
    expect((await visitById(testDb.storage.db, visit.id))?.liveCode).toBe(code);

    expect(await openLiveSession(testDb.storage.db, store, visit.id)).toBe(code);
    await store.delete(code!);
    const next = await openLiveSession(testDb.storage.db, store, visit.id);
    expect(next).not.toBe(code);
    expect(await store.get(next!)).not.toBeNull();
    expect(await openLiveSession(testDb.storage.db, store, '00000000-0000-4000-8000-000000000000')).toBeNull();
    await store.close();
  });
});
