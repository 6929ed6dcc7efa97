/** Narrow selector hook on the live status store (one value per call, see state/hooks.ts). */
import { useStore } from 'zustand';
import type { LiveStatus, LiveStatusStore } from '../../live/status';

export const useLive = <T,>(status: LiveStatusStore, selector: (s: LiveStatus) => T): T => useStore(status, selector);
