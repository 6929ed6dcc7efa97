/** The live tour's part of the minimap (see `LiveMap`): only the live binding writes it. */
import type { Slice } from './slice';
import { change } from './slice';
import type { LiveMap, Source } from '../types';

export interface LiveMapActions {
  /** Changes part of the live map (starting from an attendee's when there was none); null leaves live. */
  setLiveMap(patch: Partial<LiveMap> | null, source: Source): void;
}

const none: LiveMap = { role: 'attendee', presenter: null, detached: false, spots: null };

export const createLiveMapSlice: Slice<LiveMapActions> = (set, get) => ({
  setLiveMap(patch, source) {
    const current = get().liveMap;
    if (patch === null) {
      if (current !== null) set({ liveMap: null, ...change('setLiveMap', source) });
      return;
    }
    const base = current ?? none;
    if ((Object.keys(patch) as (keyof LiveMap)[]).every((k) => patch[k] === base[k]) && current !== null) return;
    set({ liveMap: { ...base, ...patch }, ...change('setLiveMap', source) });
  },
});
