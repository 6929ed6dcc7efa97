/** Notices: short, non-blocking messages (a corrected link, an approximated material, a live refusal). */
import type { Slice } from './slice';
import type { Notice } from '../types';

export interface NoticeActions {
  /**
   * Shows a notice. With a `cause`, it is the one notice of that cause: the same words again change nothing
   * (nothing is announced twice), other words replace it.
   */
  notify(message: string, level?: Notice['level'], cause?: string): void;
  dismissNotice(id: number): void;
  /** Removes the notice of `cause`, if any: what it was about is over. */
  dismissCause(cause: string): void;
}

/** Notices pile up in a long session; only the newest few are worth showing. */
export const MAX_NOTICES = 4;

export const createNoticesSlice: Slice<NoticeActions> = (set, get) => {
  let noticeId = 0;
  return {
    notify(message, level = 'info', cause) {
      const notices = get().notices;
      const same = cause === undefined ? undefined : notices.find((n) => n.cause === cause);
      if (same && same.message === message && same.level === level) return;
      const notice = { id: ++noticeId, message, level, ...(cause === undefined ? {} : { cause }) };
      set({ notices: [...notices.filter((n) => n !== same), notice].slice(-MAX_NOTICES) });
    },

    dismissNotice(id) {
      set({ notices: get().notices.filter((n) => n.id !== id) });
    },

    dismissCause(cause) {
      if (get().notices.some((n) => n.cause === cause)) set({ notices: get().notices.filter((n) => n.cause !== cause) });
    },
  };
};
