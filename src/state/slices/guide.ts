/** Which guide plays and at which step: the part of a guide a link carries (`guide=<id>&step=N`); the player owns the rest. */
import type { Slice } from './slice';
import { change } from './slice';
import type { GuidePosition, Source } from '../types';

export interface GuideActions {
  /** Starts, moves or (null) leaves a guide. False for a guide or step the tour does not have. */
  setGuide(position: GuidePosition | null, source: Source): boolean;
}

export const createGuideSlice: Slice<GuideActions> = (set, get) => ({
  setGuide(position, source) {
    const current = get().guide;
    if (position === null) {
      if (current !== null) set({ guide: null, ...change('setGuide', source) });
      return true;
    }
    const guide = get().tour?.guides?.find((g) => g.id === position.id);
    if (!guide || !Number.isInteger(position.step) || position.step < 0 || position.step >= guide.steps.length) return false;
    if (current?.id === position.id && current.step === position.step) return true;
    set({ guide: { id: position.id, step: position.step }, ...change('setGuide', source) });
    return true;
  },
});
