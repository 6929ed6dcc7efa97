/**
 * What every slice shares (zustand's slices pattern): the type of a slice
 * creator over the whole store, and the record of the last change that
 * bindings read to avoid echoing a change back to where it came from.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { TourStoreState } from '../store';
import type { Source, TourState } from '../types';

/** A slice: its actions, created with `set`/`get` of the whole store. */
export type Slice<Actions> = StateCreator<TourStoreState, [], [], Actions>;

export const change = (action: string, source: Source): Pick<TourState, 'lastChange'> => ({ lastChange: { action, source } });
