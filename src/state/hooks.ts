/** The only React file of the state folder: a context for the store and narrow selector hooks. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { TourActions, TourStore } from './store';
import type { TourState } from './types';

export const TourStoreContext = createContext<TourStore | null>(null);

export function useTourStore(): TourStore {
  const store = useContext(TourStoreContext);
  if (!store) throw new Error('useTourStore needs a <TourStoreContext.Provider>');
  return store;
}

/** Selects one value; the component re-renders only when that value changes. */
export function useTour<T>(selector: (state: TourState & TourActions) => T): T {
  return useStore(useTourStore(), selector);
}

/** The actions, which never change identity. */
export function useActions(): TourActions {
  return useTourStore().getState();
}
