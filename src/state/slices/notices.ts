/** Notices: short, non-blocking messages (a corrected link, an approximated material). */
import type { Slice } from './slice';
import type { Notice } from '../types';

export interface NoticeActions {
  notify(message: string, level?: Notice['level']): void;
  dismissNotice(id: number): void;
}

/** Notices pile up in a long session; only the newest few are worth showing. */
export const MAX_NOTICES = 4;

export const createNoticesSlice: Slice<NoticeActions> = (set, get) => {
  let noticeId = 0;
  return {
    notify(message, level = 'info') {
      const notice = { id: ++noticeId, message, level };
      set({ notices: [...get().notices, notice].slice(-MAX_NOTICES) });
    },

    dismissNotice(id) {
      set({ notices: get().notices.filter((n) => n.id !== id) });
    },
  };
};
