/**
 * sitevisit embed client — for pages that embed a sitevisit tour in an iframe.
 * Served by the viewer at /sitevisit-embed.js (standalone ESM, no dependencies):
 *
 *   import { connect } from 'https://tours.example.org/sitevisit-embed.js';
 *   const tour = await connect(document.querySelector('iframe'));
 *   tour.on('scenechange', ({ scene }) => console.log(scene));
 *   await tour.goToScene('leaching-plant');
 *
 * Protocol version 1 (see README, "Embedding"). This file must stay small and
 * must not import the viewer's code (only types of src/protocol, erased at
 * build): it checks reply shapes by hand.
 */

export const PROTOCOL = 'sitevisit-embed';
export const PROTOCOL_VERSION = 1;

// Types only (erased at build): the protocol's own, which scripts/embed-client-types.ts writes out in the .d.ts.
import type { View } from '../../protocol/common';
import type { EmbedErrorCode, EmbedEvents, EmbedState, TourSummary } from '../../protocol/embed';

export type { View, TourSummary, EmbedState };
/** Events and their payloads. */
export type Events = EmbedEvents;
/** Why the viewer refused a call or reports an error. */
export type ViewerErrorCode = EmbedErrorCode;

/** ViewerErrorCode, or 'timeout' when connect() got no answer. */
export type ErrorCode = ViewerErrorCode | 'timeout';

export interface SitevisitEmbed {
  /** The viewer's origin. */
  readonly origin: string;
  getTour(): Promise<TourSummary>;
  getState(): Promise<EmbedState>;
  /** Rejects with code 'unknown-scene' for an id the tour lacks. */
  goToScene(scene: string): Promise<EmbedState>;
  /** Rejects with 'invalid-view' when the view's kind differs from the current scene's. Values are clamped to the scene's limits. */
  setView(view: View): Promise<EmbedState>;
  /** Opens an info hotspot's card (moving to its scene). Rejects with 'unknown-card'. */
  openCard(card: string): Promise<EmbedState>;
  closeCard(): Promise<EmbedState>;
  /** Rejects with 'unknown-language' for a language the tour does not offer. */
  setLanguage(language: string): Promise<EmbedState>;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<K extends keyof Events>(name: K, listener: (data: Events[K]) => void): () => void;
  /** Stops listening to the iframe; pending calls reject. */
  disconnect(): void;
}

export interface ConnectOptions {
  /** The viewer's origin. Default: the origin of the iframe's src. */
  origin?: string;
  /** How long to wait for the viewer, ms; 0 waits forever (e.g. a poster embed). Default 15000. */
  timeout?: number;
}

/** A failed call: `code` says why. */
export class EmbedError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'EmbedError';
    this.code = code;
  }
}

/**
 * Whether `frame` still holds a document of this page's own origin while the viewer is on
 * another: its initial about:blank before a lazy or slow frame navigates. A message to it would
 * be dropped with a "target origin does not match" line in the console.
 */
function notYetViewer(frame: Window, origin: string): boolean {
  try {
    return frame.location.origin !== origin;
  } catch {
    return false; // another origin than this page's: the viewer (or what the browser shows instead of it)
  }
}

type Listener = (data: never) => void;
type Record_ = Record<string, unknown>;
const isObject = (v: unknown): v is Record_ => typeof v === 'object' && v !== null;

/** Connects to the tour in `iframe`; resolves once the viewer has loaded the tour and answered. */
export function connect(iframe: HTMLIFrameElement, options: ConnectOptions = {}): Promise<SitevisitEmbed> {
  const origin = options.origin ?? new URL(iframe.src, location.href).origin;
  const timeout = options.timeout ?? 15000;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const listeners = new Map<string, Set<Listener>>();
  let ready: unknown;
  let nextId = 1;

  const send = (method: string, params?: unknown) =>
    new Promise<never>((resolve, reject) => {
      const target = iframe.contentWindow;
      if (!target) return reject(new EmbedError('not-ready', 'the iframe is not in the document'));
      // Not there yet: the next hello (every 250 ms) tries again.
      if (method === 'hello' && notYetViewer(target, origin)) return;
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      target.postMessage({ protocol: PROTOCOL, version: PROTOCOL_VERSION, id, method, params }, origin);
    });

  const dispatch = (name: string, data: unknown) => {
    if (name === 'ready') {
      // Once per connection, however many of our hellos the viewer answered.
      if (ready) return;
      ready = data;
    }
    for (const fn of listeners.get(name) ?? []) {
      try {
        (fn as (d: unknown) => void)(data);
      } catch (error) {
        // One failing listener must not silence the others.
        setTimeout(() => {
          throw error;
        });
      }
    }
  };

  const onMessage = (e: MessageEvent) => {
    const m: unknown = e.data;
    if (e.source !== iframe.contentWindow || e.origin !== origin || !isObject(m) || m.protocol !== PROTOCOL) return;
    if (m.type === 'event' && typeof m.event === 'string' && isObject(m.data)) dispatch(m.event, m.data);
    if (m.type !== 'reply') return;
    const call = typeof m.id === 'number' ? pending.get(m.id) : undefined;
    if (!call) {
      if (!m.ok && isObject(m.error)) dispatch('error', m.error);
      return;
    }
    pending.delete(m.id as number);
    if (m.ok === true) call.resolve(m.result);
    else {
      const error = isObject(m.error) ? m.error : {};
      call.reject(new EmbedError(String(error.code ?? 'malformed') as ErrorCode, String(error.message ?? 'the viewer refused the call')));
    }
  };
  addEventListener('message', onMessage);

  const disconnect = () => {
    removeEventListener('message', onMessage);
    for (const call of pending.values()) call.reject(new EmbedError('not-ready', 'disconnected'));
    pending.clear();
  };

  const api: SitevisitEmbed = {
    origin,
    getTour: () => send('getTour'),
    getState: () => send('getState'),
    goToScene: (scene) => send('goToScene', { scene }),
    setView: (view) => send('setView', { view }),
    openCard: (card) => send('openCard', { card }),
    closeCard: () => send('closeCard'),
    setLanguage: (language) => send('setLanguage', { language }),
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set.add(listener as Listener));
      if (name === 'ready' && ready) queueMicrotask(() => set.has(listener as Listener) && (listener as (d: unknown) => void)(ready));
      return () => void set.delete(listener as Listener);
    },
    disconnect,
  };

  // The viewer may still be loading: say hello until it answers.
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hello = setInterval(() => void greet(), 250);
    const done = () => {
      clearInterval(hello);
      clearTimeout(timer);
    };
    const greet = () =>
      send('hello').then(
        () => {
          done();
          resolve(api);
        },
        (error: Error) => {
          done();
          reject(error);
        },
      );
    if (timeout > 0) {
      timer = setTimeout(() => {
        done();
        disconnect();
        reject(new EmbedError('timeout', `no answer from the tour at ${origin} within ${timeout} ms (is this page's origin allowed to embed it?)`));
      }, timeout);
    }
    void greet();
  });
}
