/** The live visit's store, actions and live session for its components (set once by VisitLiveLayer). */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { LiveSession } from '../../live/start';
import type { VisitActions } from './bindVisitLive';
import type { VisitLiveState, VisitLiveStore } from './visitLiveState';

export interface VisitLive {
  store: VisitLiveStore;
  actions: VisitActions;
  session: LiveSession;
}

export const VisitLiveContext = createContext<VisitLive | null>(null);

export function useVisitLiveContext(): VisitLive {
  const value = useContext(VisitLiveContext);
  if (!value) throw new Error('useVisitLive outside VisitLiveLayer');
  return value;
}

/** One value of the visit's live state (narrow selectors, as state/hooks.ts). */
export function useVisitLive<T>(selector: (s: VisitLiveState) => T): T {
  return useStore(useVisitLiveContext().store, selector);
}
