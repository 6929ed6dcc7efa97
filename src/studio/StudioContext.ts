/** What every part of the editor shares: the draft store, the saver, the words, and the viewer's picker. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DraftActions, DraftState, DraftStore } from './draft/draftStore';
import type { Saver, SaveState } from './server/saving';
import type { StudioStrings } from './strings';
import type { TourStore } from '../state/store';
import type { PickAt } from '../viewer/pick/PickerBridge';

export interface Studio {
  store: DraftStore;
  saver: Saver;
  /** The viewer's store (the visitor's store, showing the draft). */
  tourStore: TourStore;
  /** What is under a point of the view; null until the viewer is up. */
  picker: { current: PickAt | null };
  t: StudioStrings;
  language: string;
}

export const StudioContext = createContext<Studio | null>(null);

export function useStudio(): Studio {
  const studio = useContext(StudioContext);
  if (!studio) throw new Error('useStudio needs a <StudioContext.Provider>');
  return studio;
}

/** One value of the draft store; re-renders only when it changes. */
export function useDraft<T>(selector: (state: DraftState & DraftActions) => T): T {
  return useStore(useStudio().store, selector);
}

export function useSaveState<T>(selector: (state: SaveState) => T): T {
  return useStore(useStudio().saver.state, selector);
}
