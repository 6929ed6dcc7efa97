/**
 * The viewer's side of the embed protocol: messages from the host page become
 * store actions (source 'embed'); store changes become events for the host.
 * Only the parent window, from an allowed origin, is listened to; everything
 * else is dropped unanswered. A message from the host that is not a valid call
 * is answered with an error and changes nothing.
 */
import type { TourStore } from '../state/store';
import type { TourState } from '../state/types';
import { event, failure, parseRequest, reply, type EmbedEventMessage, type EmbedReply, type EmbedRequest } from '../protocol/embed';
import { embedState, tourSummary } from './summary';
import { tourLanguages } from '../tour/text';

export interface BridgeOptions {
  /** Whether a message from this origin may be read. */
  allowed(origin: string, state: TourState): boolean;
  /** The host page (window.parent). */
  host: Pick<Window, 'postMessage'>;
  /** Where messages arrive (window). */
  receiver: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Minimum interval between viewchange events, ms. Default 100. */
  viewThrottle?: number;
}

/** Starts the bridge; returns its exact inverse. */
export function bindEmbedBridge(store: TourStore, { allowed, host, receiver, viewThrottle = 100 }: BridgeOptions): () => void {
  /** The origin that said hello: events go there, and only there. */
  let hostOrigin: string | null = null;
  let readySent = false;
  const waitingHello: { id: number; origin: string }[] = [];
  let viewTimer: ReturnType<typeof setTimeout> | null = null;
  let lastViewSent = 0;

  const post = (message: EmbedReply | EmbedEventMessage, origin: string) => host.postMessage(message, origin);
  const emit = (message: EmbedEventMessage) => {
    if (hostOrigin) post(message, hostOrigin);
  };

  const sendReadyIfDrawn = (s: TourState) => {
    if (readySent || !hostOrigin || s.sceneStatus !== 'ready') return;
    const state = embedState(s);
    if (!state) return;
    readySent = true;
    emit(event('ready', { state }));
  };

  const answerHellos = (s: TourState) => {
    if (!s.tour) return;
    const hellos = waitingHello.splice(0);
    for (const { id, origin } of hellos) {
      hostOrigin = origin;
      post(reply(id, { version: 1, tour: s.tour.id }), origin);
    }
    // A host that connects again (a new client) hears `ready` again.
    if (hellos.length > 0) readySent = false;
    sendReadyIfDrawn(s);
  };

  const handle = (request: EmbedRequest, origin: string): EmbedReply | null => {
    const { id } = request;
    const s = store.getState();
    if (request.method === 'hello') {
      waitingHello.push({ id, origin });
      answerHellos(s);
      return null;
    }
    if (!s.tour) return failure(id, 'not-ready', 'no tour is loaded yet');
    const state = () => embedState(store.getState());
    switch (request.method) {
      case 'getTour':
        return reply(id, tourSummary(s));
      case 'getState':
        return reply(id, state());
      case 'goToScene':
        return s.goToScene(request.params.scene, 'embed')
          ? reply(id, state())
          : failure(id, 'unknown-scene', `this tour has no scene "${request.params.scene}"`);
      case 'setView':
        return s.setView(request.params.view, 'embed')
          ? reply(id, state())
          : failure(id, 'invalid-view', `a ${request.params.view.kind} view does not fit the current scene "${s.sceneId}"`);
      case 'openCard':
        return s.openCard(request.params.card, 'embed')
          ? reply(id, state())
          : failure(id, 'unknown-card', `this tour has no info hotspot "${request.params.card}"`);
      case 'closeCard':
        s.closeCard('embed');
        return reply(id, state());
      case 'setLanguage':
        return s.setLanguage(request.params.language, 'embed')
          ? reply(id, state())
          : failure(id, 'unknown-language', `this tour offers ${tourLanguages(s.tour).join(', ')}, not "${request.params.language}"`);
    }
  };

  const onMessage = (e: MessageEvent) => {
    if (e.source !== host || !allowed(e.origin, store.getState())) return;
    let answer: EmbedReply | null;
    try {
      const parsed = parseRequest(e.data);
      answer = parsed.ok ? handle(parsed.request, e.origin) : parsed.reply;
    } catch (error) {
      // A bug of ours must not take the viewer down with it; the host hears of it.
      answer = failure(null, 'malformed', `the viewer could not handle the message: ${String(error).slice(0, 200)}`);
    }
    if (answer) post(answer, e.origin);
  };

  const sendView = () => {
    viewTimer = null;
    lastViewSent = Date.now();
    const s = store.getState();
    if (s.view) emit(event('viewchange', { view: s.view, source: s.viewSource }));
  };

  const unsubscribe = store.subscribe((s, prev) => {
    answerHellos(s);
    sendReadyIfDrawn(s);
    if (!hostOrigin) return;
    if (s.sceneId !== prev.sceneId && s.sceneId !== null) emit(event('scenechange', { scene: s.sceneId }));
    if (s.cardId !== prev.cardId) {
      if (prev.cardId !== null) emit(event('cardclose', { card: prev.cardId }));
      if (s.cardId !== null) emit(event('cardopen', { card: s.cardId }));
    }
    if (s.language !== prev.language) emit(event('languagechange', { language: s.language }));
    if (s.view !== prev.view && s.view && viewTimer === null) {
      // Leading and trailing edge: the first move is reported at once, the last one always.
      viewTimer = setTimeout(sendView, Math.max(0, lastViewSent + viewThrottle - Date.now()));
    }
    if (s.sceneStatus === 'error' && prev.sceneStatus !== 'error') {
      emit(event('error', { code: 'scene-failed', message: s.sceneError?.message ?? `scene "${s.sceneId}" could not be shown` }));
    }
    if (s.load.status === 'error' && prev.load.status !== 'error') {
      emit(event('error', { code: 'tour-failed', message: s.load.message ?? 'the tour could not be loaded' }));
    }
  });

  receiver.addEventListener('message', onMessage);
  return () => {
    receiver.removeEventListener('message', onMessage);
    unsubscribe();
    if (viewTimer !== null) clearTimeout(viewTimer);
  };
}
