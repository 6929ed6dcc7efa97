/**
 * Never lose an edit: every unsaved draft is kept in the browser (IndexedDB, through idb-keyval)
 * until the server confirms it, so a closed tab, a crash or a lost connection loses nothing; the
 * editor offers it back on reopening. Writes are chained: the latest always lands last.
 */
import { createStore as createIdbStore, del, get, set } from 'idb-keyval';
import type { Draft } from '../draft/types';
import { isDirty, type DraftStore } from '../draft/draftStore';

export interface KeptDraft {
  draft: Draft;
  /** The server version the kept draft was based on. */
  baseVersion: string | null;
  /** When it was kept (ms since 1970). */
  keptAt: number;
}

const drafts = () => createIdbStore('sitevisit-studio', 'drafts');
let database: ReturnType<typeof drafts> | null = null;
const db = () => (database ??= drafts());

export function keptDraft(tourId: string): Promise<KeptDraft | undefined> {
  return get<KeptDraft>(tourId, db()).catch(() => undefined);
}

export function forgetKeptDraft(tourId: string): Promise<void> {
  return del(tourId, db()).catch(() => undefined);
}

/** Keeps the store's draft while it is unsaved, and forgets it once saved. Returns the unbinding. */
export function keepUnsavedDrafts(store: DraftStore): () => void {
  let chain: Promise<unknown> = Promise.resolve();
  const write = () => {
    const state = store.getState();
    const entry: KeptDraft | null = isDirty(state) ? { draft: state.draft, baseVersion: state.baseVersion, keptAt: Date.now() } : null;
    chain = chain.then(() => (entry ? set(state.tourId, entry, db()) : del(state.tourId, db()))).catch(() => undefined);
  };
  return store.subscribe((state, previous) => {
    if (state.draft !== previous.draft || state.saved !== previous.saved || state.baseVersion !== previous.baseVersion) write();
  });
}
