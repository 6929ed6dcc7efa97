/** What the live UI shows, kept apart from the tour store (a vanilla zustand store; no React here). */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LivePointer, LivePresenter } from '../protocol/live';

export interface LiveStatus {
  /** `ended`: the session expired or is unknown; `failed`: the presenter key was refused. */
  connection: 'connecting' | 'connected' | 'reconnecting' | 'ended' | 'failed';
  role: 'presenter' | 'attendee' | null;
  /** This connection's presenter id (presenters only). */
  you: string | null;
  presenters: LivePresenter[];
  /** Presenter in control, or null. */
  driver: string | null;
  /** The presenter who was in control and disconnected (past the grace period), until they return; see the protocol's `control`. */
  away: string | null;
  /** This presenter lost control by disconnecting and another took over: offer to take it back. */
  controlOffered: boolean;
  /** The session's tour, once known (for the link on the ended page). */
  tour: string | null;
  /** False while the visitor looks around on their own. */
  following: boolean;
  pointer: LivePointer;
  /** Presenter in control: the next click on the view places the pointer. */
  pointing: boolean;
  /** Attendees connected (everyone sees it). */
  attendees: number;
  /** For presenters: how many attendees look around on their own. */
  detached: number;
  /** Names of (the first 20) attendees looking around. */
  detachedNames: string[];
  /** Why the server refused the last message (for the presenter bar and tests). */
  lastRejected: string | null;
  /**
   * Presenters: why the server refuses what this speaker sends, while that lasts (its reason code; null: nothing
   * refused). Their audience may not be following; src/live/refusals.ts sets and clears it.
   */
  refusal: string | null;
}

export type LiveStatusStore = StoreApi<LiveStatus>;

export const createLiveStatus = (): LiveStatusStore =>
  createStore<LiveStatus>()(() => ({
    connection: 'connecting',
    role: null,
    you: null,
    presenters: [],
    driver: null,
    away: null,
    controlOffered: false,
    tour: null,
    following: true,
    pointer: null,
    pointing: false,
    attendees: 0,
    detached: 0,
    detachedNames: [],
    lastRejected: null,
    refusal: null,
  }));

/** Whether this client is the presenter in control. */
export const isDriving = (s: LiveStatus) => s.role === 'presenter' && s.you !== null && s.driver === s.you;

/** Whether everyone waits for the presenter in control, who disconnected and has not returned. */
export const presenterAway = (s: LiveStatus) => s.away !== null && s.away === s.driver;
