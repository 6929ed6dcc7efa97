/**
 * The embed protocol, version 1: every message between a host page and the
 * viewer in its iframe. Pure (no DOM): the viewer's bridge parses what the
 * host sends with these schemas; the host-side client (src/embed/client) checks
 * reply shapes by hand so that it does not ship zod.
 *
 * Host → viewer:  { protocol: 'sitevisit-embed', version: 1, id, method, params }
 * Viewer → host:  { protocol, version, type: 'reply', id, ok: true, result }
 *                 { protocol, version, type: 'reply', id, ok: false, error: { code, message } }
 *                 { protocol, version, type: 'event', event, data }
 */
import * as z from 'zod/mini';
import { Id, LanguageCode, View } from './common';

export const EMBED_PROTOCOL = 'sitevisit-embed';
export const EMBED_VERSION = 1;

/** The camera view the host sets and hears about: the shared `View`. */
export const EmbedView = View;

const none = z.optional(z.strictObject({}));
const call = <M extends string, P extends z.ZodMiniType>(method: M, params: P) =>
  z.strictObject({
    protocol: z.literal(EMBED_PROTOCOL),
    version: z.literal(EMBED_VERSION),
    /** Chosen by the host; echoed in the reply. */
    id: z.number().check(z.int(), z.gte(0), z.lte(Number.MAX_SAFE_INTEGER)),
    method: z.literal(method),
    params,
  });

/** Every call the host may make; each gets exactly one reply. */
export const EmbedRequest = z.discriminatedUnion('method', [
  /** The handshake: answered once the tour is loaded. */
  call('hello', none),
  call('getTour', none),
  call('getState', none),
  call('goToScene', z.strictObject({ scene: Id })),
  call('setView', z.strictObject({ view: EmbedView })),
  call('openCard', z.strictObject({ card: Id })),
  call('closeCard', none),
  call('setLanguage', z.strictObject({ language: LanguageCode })),
]);

export type EmbedRequest = z.infer<typeof EmbedRequest>;
export type EmbedMethod = EmbedRequest['method'];
export type EmbedView = View;

/** Why a call failed. */
export type EmbedErrorCode =
  | 'malformed' // not a message of this protocol, or parameters of the wrong shape
  | 'unsupported-version'
  | 'unknown-method'
  | 'not-ready' // no tour is loaded yet
  | 'unknown-scene'
  | 'unknown-card'
  | 'unknown-language'
  | 'invalid-view' // the view does not fit the current scene
  | 'scene-failed' // (error event) a scene's file could not be shown
  | 'tour-failed'; // (error event) the tour could not be loaded

export interface EmbedFailure {
  code: EmbedErrorCode;
  message: string;
}

export interface TourSummary {
  id: string;
  /** In the visitor's current language. */
  title: string;
  scenes: { id: string; title: string; kind: 'model' | 'panorama'; hotspots: { id: string; kind: 'info' | 'link'; title: string }[] }[];
  languages: string[];
}

export interface EmbedState {
  tour: string;
  scene: string;
  view: EmbedView;
  /** The open card (an info hotspot id) or null. */
  card: string | null;
  language: string;
  /** Whether the current scene is drawn, still loading or failed. */
  status: 'loading' | 'ready' | 'error';
}

/** Events and their payloads. */
export interface EmbedEvents {
  /** The tour is loaded and its first scene drawn; the API is usable. Delivered to late subscribers too. */
  ready: { state: EmbedState };
  scenechange: { scene: string };
  /** At most every 100 ms while the camera moves; `source` says who moved it. */
  viewchange: { view: EmbedView; source: 'user' | 'embed' | 'app' | 'url' | 'live' };
  cardopen: { card: string };
  cardclose: { card: string };
  languagechange: { language: string };
  error: EmbedFailure;
}

export type EmbedEventName = keyof EmbedEvents;

export type EmbedReply =
  | { protocol: typeof EMBED_PROTOCOL; version: number; type: 'reply'; id: number | null; ok: true; result: unknown }
  | { protocol: typeof EMBED_PROTOCOL; version: number; type: 'reply'; id: number | null; ok: false; error: EmbedFailure };

export type EmbedEventMessage = {
  [K in EmbedEventName]: { protocol: typeof EMBED_PROTOCOL; version: number; type: 'event'; event: K; data: EmbedEvents[K] };
}[EmbedEventName];

export const reply = (id: number | null, result: unknown): EmbedReply => ({
  protocol: EMBED_PROTOCOL,
  version: EMBED_VERSION,
  type: 'reply',
  id,
  ok: true,
  result,
});

export const failure = (id: number | null, code: EmbedErrorCode, message: string): EmbedReply => ({
  protocol: EMBED_PROTOCOL,
  version: EMBED_VERSION,
  type: 'reply',
  id,
  ok: false,
  error: { code, message },
});

export const event = <K extends EmbedEventName>(name: K, data: EmbedEvents[K]): EmbedEventMessage =>
  ({ protocol: EMBED_PROTOCOL, version: EMBED_VERSION, type: 'event', event: name, data }) as EmbedEventMessage;

const METHODS: readonly string[] = ['hello', 'getTour', 'getState', 'goToScene', 'setView', 'openCard', 'closeCard', 'setLanguage'];

export type ParsedRequest = { ok: true; request: EmbedRequest } | { ok: false; reply: EmbedReply };

/** Own, plain property read (never walks a prototype chain of hostile input). */
const own = (value: object, key: string): unknown => (Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);

/**
 * Reads one message from the host. Never throws: anything that is not a valid
 * call comes back as the error reply to send, naming the first problem.
 */
export function parseRequest(data: unknown): ParsedRequest {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reply: failure(null, 'malformed', 'a message must be an object') };
  }
  const rawId = own(data, 'id');
  const id = typeof rawId === 'number' && Number.isSafeInteger(rawId) && rawId >= 0 ? rawId : null;
  if (own(data, 'protocol') !== EMBED_PROTOCOL) return { ok: false, reply: failure(id, 'malformed', `not a ${EMBED_PROTOCOL} message`) };
  const version = own(data, 'version');
  if (version !== EMBED_VERSION) {
    return { ok: false, reply: failure(id, 'unsupported-version', `protocol version ${String(version).slice(0, 20)} is not supported (this viewer speaks ${EMBED_VERSION})`) };
  }
  const method = own(data, 'method');
  if (typeof method !== 'string' || !METHODS.includes(method)) {
    return { ok: false, reply: failure(id, 'unknown-method', `unknown method "${String(method).slice(0, 40)}"`) };
  }
  const parsed = EmbedRequest.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.map(String).join('.')}` : '';
    return { ok: false, reply: failure(id, 'malformed', `invalid ${method} call${where}: ${issue?.message ?? 'invalid'}`.slice(0, 300)) };
  }
  return { ok: true, request: parsed.data };
}
