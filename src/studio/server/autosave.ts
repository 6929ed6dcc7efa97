/**
 * Drafts save themselves: a short pause after the last edit sends the draft to the server (the
 * published tour is untouched until Publish). While the server cannot be reached it tries again
 * now and then, and at once when the browser says it is online again. A conflict or a refusal
 * waits for the user.
 */
import type { DraftStore } from '../draft/draftStore';
import { isDirty } from '../draft/draftStore';
import type { Saver } from './saving';

/** Pause after the last edit before saving. */
export const AUTOSAVE_DELAY_MS = 2000;
/** While offline, the next attempt after this long. */
export const OFFLINE_RETRY_MS = 10_000;

export function autosave(store: DraftStore, saver: Saver): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const { status } = saver.state.getState();
      if (status === 'conflict') return;
      if (status === 'saving' || store.getState().gesture) return schedule(delay);
      if (isDirty(store.getState())) void saver.save();
    }, delay);
  };
  const unsubscribeDraft = store.subscribe((state, previous) => {
    if (state.draft !== previous.draft && saver.state.getState().status !== 'conflict') schedule(AUTOSAVE_DELAY_MS);
  });
  const unsubscribeSaver = saver.state.subscribe((state) => {
    if (state.status === 'offline') schedule(OFFLINE_RETRY_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribeDraft();
    unsubscribeSaver();
  };
}
