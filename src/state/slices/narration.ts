/** Whether something is speaking (a guide's narration, a card's recording or video): ambient sound is lowered under it. */
import type { Slice } from './slice';
import { change } from './slice';
import type { Source } from '../types';

export interface NarrationActions {
  setNarrating(narrating: boolean, source: Source): void;
}

export const createNarrationSlice: Slice<NarrationActions> = (set, get) => ({
  setNarrating(narrating, source) {
    if (narrating === get().narrating) return;
    set({ narrating, ...change('setNarrating', source) });
  },
});
