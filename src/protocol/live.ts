/**
 * The live-tour message catalogue, shared by the browser client and the Node
 * server (pure: no DOM, no React, no socket). Every message travels on the one
 * Socket.IO event `LIVE_EVENT` as `{ v, type, ... }`: a discriminated union on
 * kebab-case `type`, versioned by `v`. The server parses every client message
 * with these schemas before acting on it, and clients parse what they receive.
 *
 * Language is deliberately absent: every attendee reads the tour in their own.
 */
import * as z from 'zod/mini';
import { Id, View } from './common';
import { CODE_PATTERN } from './live-code';

export { CODE_ALPHABET, liveCodeFromPath } from './live-code';

/** Bumped on any incompatible change; peers with another version are refused. */
export const LIVE_PROTOCOL_VERSION = 1;
/** The Socket.IO event that carries every live message. */
export const LIVE_EVENT = 'live';
/** Larger client messages are refused unread (a state message is ~200 bytes). */
export const MAX_CLIENT_MESSAGE_BYTES = 1024;
/** Camera updates a presenter sends at most per second (the client coalesces to this). */
export const MAX_VIEW_UPDATES_PER_SECOND = 20;
/** `here` reports an attendee sends at most per second (the client coalesces; the server refuses more). */
export const MAX_HERE_PER_SECOND = 2;
/** Presenters hear the people-per-spot counts at most this often, ms (and only when they changed). */
export const SPOTS_INTERVAL_MS = 1000;

export const SessionCode = z.string().check(z.regex(CODE_PATTERN));

const finite = z.number().check(z.refine(Number.isFinite, 'not a finite number'));

/** The presenter's camera: the shared `View`, the store's own type. */
export const LiveView = View;

/**
 * What attendees follow: the presenter's tour, scene, camera and open card.
 * `tour` is absent from older clients: the scene is then in the session's tour (`welcome.tour`).
 * A state in another tour takes followers to that tour (a multi-site visit's next site, a link to another tour).
 */
export const LiveState = z.strictObject({
  tour: z.optional(Id),
  scene: Id,
  view: LiveView,
  card: z.nullable(Id),
});
export type LiveState = z.infer<typeof LiveState>;

/**
 * "Look here": a point on the presenter's screen, measured from its centre in
 * units of the screen height (x right, y down), so it lands on the same spot
 * for attendees who see the same view at another size or aspect. Null hides it.
 */
export const LivePointer = z.nullable(
  z.strictObject({ x: z.number().check(z.gte(-2), z.lte(2)), y: z.number().check(z.gte(-0.5), z.lte(0.5)) }),
);
export type LivePointer = z.infer<typeof LivePointer>;

const version = z.literal(LIVE_PROTOCOL_VERSION);

/**
 * The state to follow, from the presenter in control; the server relays it to the others as it came.
 * `sentAt` (ms, the sender's clock) lets tools measure latency.
 */
const StateMessage = z.strictObject({ v: version, type: z.literal('state'), state: LiveState, sentAt: z.optional(finite) });
/** Show or hide the pointer, from the presenter in control; relayed as it came. */
const PointerMessage = z.strictObject({ v: version, type: z.literal('pointer'), pointer: LivePointer });

/** Messages a client may send. */
export const ClientMessage = z.discriminatedUnion('type', [
  StateMessage,
  PointerMessage,
  /** Any presenter: become the one in control. */
  z.strictObject({ v: version, type: z.literal('take-control') }),
  /** Presenter in control: pass control to another presenter of the session. */
  z.strictObject({ v: version, type: z.literal('hand-over'), to: z.string().check(z.maxLength(32)) }),
  /** Attendee: looking around on their own (true) or following again (false). */
  z.strictObject({ v: version, type: z.literal('detached'), detached: z.boolean() }),
  /**
   * Attendee looking around: the scene of the session's tour they are in (null: elsewhere, e.g. another
   * tour), sent when it changes. Only counted, never shown with who sent it (see `spots`).
   */
  z.strictObject({ v: version, type: z.literal('here'), scene: z.nullable(Id) }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

/** A speaker of the session, as everyone sees it (never its secret). */
export const LivePresenter = z.strictObject({ id: z.string(), name: z.string() });
export type LivePresenter = z.infer<typeof LivePresenter>;

/** Messages the server sends. */
export const ServerMessage = z.discriminatedUnion('type', [
  /** First message on every (re)connection: everything needed to show the current state at once. */
  z.strictObject({
    v: version,
    type: z.literal('welcome'),
    code: SessionCode,
    tour: Id,
    role: z.enum(['presenter', 'attendee']),
    /** The connection's own presenter id (presenters only). */
    you: z.nullable(z.string()),
    presenters: z.array(LivePresenter),
    /** Id of the presenter in control, or null. */
    driver: z.nullable(z.string()),
    state: z.nullable(LiveState),
    pointer: LivePointer,
    /** See `control`'s `away`. Default null. */
    away: z.optional(z.nullable(z.string())),
    /** To a presenter who lost control by disconnecting and is back while another presents: offer to take it back. */
    offerControl: z.optional(z.boolean()),
  }),
  StateMessage,
  PointerMessage,
  /**
   * Control changed hands, or the presenter in control left or came back.
   * `away`: the presenter who was in control when they disconnected (past the grace period) and has not
   * returned; while `away === driver` nobody presents and everyone waits for them. Default null.
   */
  z.strictObject({ v: version, type: z.literal('control'), driver: z.nullable(z.string()), away: z.optional(z.nullable(z.string())) }),
  /** To everyone: how many attendees are connected. */
  z.strictObject({ v: version, type: z.literal('audience'), attendees: z.number() }),
  /** To presenters: who is watching. */
  z.strictObject({
    v: version,
    type: z.literal('presence'),
    attendees: z.number(),
    detached: z.number(),
    /** Who is looking around: their names, or "Guest" and a short id (the first 20). */
    detachedNames: z.array(z.string()),
  }),
  /**
   * To presenters: how many attendees are where. `following` are with the presenter in control (at its
   * scene); `at` counts those looking around per scene they reported. Counts only, never who. Sent at
   * most every `SPOTS_INTERVAL_MS` per server process, when a count may have changed.
   */
  z.strictObject({ v: version, type: z.literal('spots'), following: z.number(), at: z.record(Id, z.number()) }),
  /** A client message that was refused, and why; nothing else happened. */
  z.strictObject({ v: version, type: z.literal('rejected'), reason: z.string(), message: z.optional(z.string()) }),
]);
export type ServerMessage = z.infer<typeof ServerMessage>;

/** `POST /api/live` body. */
export const CreateSessionRequest = z.strictObject({
  /** Tour id. Default: the default tour. */
  tour: z.optional(Id),
  /** Names of the speakers; one presenter link each. Default: one, "Presenter". */
  presenters: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(40))).check(z.minLength(1), z.maxLength(12))),
});
export type CreateSessionRequest = z.infer<typeof CreateSessionRequest>;

/** `POST /api/live` response. */
export interface CreateSessionResponse {
  code: string;
  tour: string;
  /** The link for everyone: `/live/<code>`. */
  attendeeUrl: string;
  /** The first speaker's link (carries a secret; give it only to that speaker). */
  presenterUrl: string;
  /** One secret link per speaker. */
  presenters: { id: string; name: string; url: string }[];
}

/** `POST /api/live` refusal: `error` in plain words, and what a client needs to say it in the user's language. */
export interface CreateSessionError {
  error: string;
  /** 429: too many from this `address`, or the server's cap on open `sessions`. */
  limit?: 'address' | 'sessions';
  /** 401: a token is needed and none was sent (`missing`), or the one sent is not right (`wrong`). */
  token?: 'missing' | 'wrong';
  /** 400: what is wrong with the body. */
  problems?: string[];
}

/** Handshake `auth` a client sends when connecting. */
export const LiveAuth = z.object({
  v: version,
  code: SessionCode,
  key: z.optional(z.string().check(z.maxLength(100))),
  /** An attendee's name for the presenter's list (optional, from `?name=` in the attendee link). */
  name: z.optional(z.string().check(z.maxLength(40))),
  /** A booked visit's guest: the personal link's secret (docs/visits-live.md). */
  guest: z.optional(z.string().check(z.maxLength(100))),
});
export type LiveAuth = z.infer<typeof LiveAuth>;
