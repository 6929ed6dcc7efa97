/** The visitor's settings: the language of texts, how a model scene is navigated, whether the minimap is open. */
import { tourLanguages } from '../../tour/text';
import type { Slice } from './slice';
import { change } from './slice';
import type { NavigationMode, Source } from '../types';

export interface UiModeActions {
  /** False if the tour does not offer the language. */
  setLanguage(language: string, source: Source): boolean;
  setMode(mode: NavigationMode, source: Source): void;
  setMapOpen(open: boolean, source: Source): void;
}

export const createUiModeSlice: Slice<UiModeActions> = (set, get) => ({
  setLanguage(language, source) {
    const tour = get().tour;
    if (!tour || !tourLanguages(tour).includes(language)) return false;
    set({ language, ...change('setLanguage', source) });
    return true;
  },

  setMode(mode, source) {
    if (mode === get().mode) return;
    set({ mode, ...change('setMode', source) });
  },

  setMapOpen(open, source) {
    if (open === get().mapOpen) return;
    set({ mapOpen: open, ...change('setMapOpen', source) });
  },
});
