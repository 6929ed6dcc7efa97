/**
 * What a live session store keeps and the operations every store offers
 * (memory, file, Redis). Each write names the part it changes, so processes
 * sharing a store never overwrite each other's newer parts with a stale copy.
 */
import type { LivePointer, LiveState } from '../../../src/protocol/live';

export interface SessionRecord {
  code: string;
  tour: string;
  /** Speakers with the hash of their secret (never the secret). */
  presenters: { id: string; name: string; keyHash: string }[];
  /** Id of the presenter in control, or null. */
  driver: string | null;
  state: LiveState | null;
  pointer: LivePointer;
  /** When `state` or `pointer` last changed, ms since the epoch (the newest copy wins). */
  stateAt: number;
  /** Last activity, ms since the epoch. */
  touchedAt: number;
}

export interface SessionStore {
  /** The session, or null when unknown or expired. Rejects when the backend is unavailable. */
  get(code: string): Promise<SessionRecord | null>;
  /**
   * Stores a new session; false when the code is taken. Resolves only once the
   * session is durable; rejects promptly when it cannot be made so.
   */
  create(record: SessionRecord): Promise<boolean>;
  /** The presenter's latest state (written by the process that accepted it). */
  saveState(code: string, state: Pick<SessionRecord, 'state' | 'pointer' | 'stateAt'>): Promise<void>;
  saveDriver(code: string, driver: string | null): Promise<void>;
  /** Marks activity: the session lives on for another TTL. */
  touch(code: string): Promise<void>;
  delete(code: string): Promise<void>;
  /** Sessions currently open (not expired), for a global cap; cheap at 10,000 sessions. */
  count(): Promise<number>;
  /** Drops sessions idle for longer than the TTL (Redis does this by itself). */
  sweep(now?: number): Promise<string[]>;
  close(): Promise<void>;
}

/** Whether a store can take writes now, for health reports and logs. */
export interface StoreHealth {
  kind: 'memory' | 'file' | 'redis';
  available: boolean;
  /** Why not, while unavailable (an error message, never a key). */
  problem?: string;
  /** Since when unavailable, ms since the epoch. */
  since?: number;
}
