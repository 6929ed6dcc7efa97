/**
 * Save and Publish against the server's versions. Each save carries the version it was based on
 * (If-Match): a stale one comes back 409 with the server's tour, for the conflict view — never a
 * silent overwrite. A save the network swallowed is sent again when the browser is back online.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Problem } from '../../tour/problems';
import type { Draft } from '../draft/types';
import { isDirty, type DraftStore } from '../draft/draftStore';
import { api } from './api';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'published' | 'offline' | 'conflict' | 'failed' | 'refused';

export interface SaveState {
  status: SaveStatus;
  /** The server's sentence when a save or publish failed. */
  message: string | null;
  /** Problems the server named when it refused to publish. */
  problems: Problem[];
  /** 409: the tour as the server holds it now, and its version. */
  conflict: { theirs: Draft; version: string } | null;
}

export interface Saver {
  state: StoreApi<SaveState>;
  save(): Promise<boolean>;
  publish(): Promise<boolean>;
  /** Stops listening for the network's return. */
  close(): void;
}

export function createSaver(store: DraftStore): Saver {
  const state = createStore<SaveState>()(() => ({ status: 'idle', message: null, problems: [], conflict: null }));
  const report = (patch: Partial<SaveState>) => state.setState({ message: null, problems: [], conflict: null, ...patch });
  let running: Promise<boolean> | null = null;

  const saveNow = async (): Promise<boolean> => {
    const { tourId, draft, baseVersion } = store.getState();
    report({ status: 'saving' });
    const result = await api.saveDraft(tourId, draft, baseVersion);
    if (result.ok) {
      store.getState().confirmSaved(draft, result.value.version);
      report({ status: 'saved' });
      return true;
    }
    if (result.network) report({ status: 'offline', message: result.error });
    else if (result.status === 409 && result.body && typeof result.body.version === 'string') {
      report({ status: 'conflict', message: result.error, conflict: { theirs: result.body.current as Draft, version: result.body.version } });
    } else report({ status: 'failed', message: result.error, problems: (result.body?.problems as Problem[] | undefined) ?? [] });
    return false;
  };

  const save = () => {
    // One save at a time; a save asked for meanwhile runs after it with the newest draft.
    const next = (running ?? Promise.resolve(true)).then(saveNow);
    running = next.finally(() => {
      if (running === next) running = null;
    });
    return next;
  };

  const publish = async () => {
    if (isDirty(store.getState()) && !(await save())) return false;
    const { tourId, baseVersion } = store.getState();
    const result = await api.publish(tourId, baseVersion);
    if (result.ok) {
      store.getState().confirmSaved(store.getState().saved, result.value.version);
      report({ status: 'published' });
      return true;
    }
    if (result.network) report({ status: 'offline', message: result.error });
    else report({ status: result.status === 422 ? 'refused' : 'failed', message: result.error, problems: (result.body?.problems as Problem[] | undefined) ?? [] });
    return false;
  };

  const onOnline = () => {
    if (state.getState().status === 'offline' && isDirty(store.getState())) void save();
  };
  window.addEventListener('online', onOnline);
  return { state, save, publish, close: () => window.removeEventListener('online', onOnline) };
}
