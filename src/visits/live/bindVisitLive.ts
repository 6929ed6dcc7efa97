/**
 * Binds a visit's live store to the live socket's `visit` event: server
 * messages update the store; actions go out with a `ref` and resolve when the
 * server answers `done` or `refused` for it (or the connection cannot carry
 * them). The socket is injected, as in src/live/binding.ts.
 */
import {
  VISIT_EVENT,
  VISIT_PROTOCOL_VERSION,
  VisitServerMessage,
  type QuestionStatus,
  type QuestionWhere,
  type VisitClientMessage,
} from '../../protocol/visitLive';
import { reduceVisitMessage, type VisitLiveStore } from './visitLiveState';

/** The part of a Socket.IO client socket the binding uses. */
export interface VisitSocket {
  on(event: string, listener: (...args: never[]) => void): unknown;
  off(event: string, listener: (...args: never[]) => void): unknown;
  emit(event: string, message: VisitClientMessage): unknown;
  readonly connected: boolean;
}

/** How a request ended: `ok` (with the new item's id when the server gave one) or the server's reason (`offline`: not sent). */
export type Outcome = { ok: true; id?: string } | { ok: false; reason: string };

/** A request the server has not answered within this time is given up as `timeout`. */
const ANSWER_TIMEOUT_MS = 15_000;

type Body<T extends VisitClientMessage['type']> = Omit<Extract<VisitClientMessage, { type: T }>, 'v' | 'type' | 'ref'>;

export interface VisitActions {
  openDoors(): Promise<Outcome>;
  /** Speaker: end the visit for everyone (doors open). */
  endVisit(): Promise<Outcome>;
  ask(text: string, where: QuestionWhere): Promise<Outcome>;
  vote(question: string): Promise<Outcome>;
  mark(question: string, status: QuestionStatus): Promise<Outcome>;
  hand(raised: boolean): Promise<Outcome>;
  lowerHand(participant: string): Promise<Outcome>;
  openPoll(question: string, options: string[]): Promise<Outcome>;
  closePoll(poll: string): Promise<Outcome>;
  pollVote(poll: string, option: number): Promise<Outcome>;
  dispose(): void;
}

export function bindVisitLive(socket: VisitSocket, store: VisitLiveStore, timeoutMs = ANSWER_TIMEOUT_MS): VisitActions {
  const waiting = new Map<string, (outcome: Outcome) => void>();
  let counter = 0;

  const listener = (raw: never) => {
    const parsed = VisitServerMessage.safeParse(raw);
    if (!parsed.success) return;
    const m = parsed.data;
    const patch = reduceVisitMessage(store.getState(), m);
    if (patch) store.setState(patch);
    if ((m.type === 'done' || m.type === 'refused') && m.ref !== undefined) {
      const settle = waiting.get(m.ref);
      waiting.delete(m.ref);
      settle?.(m.type === 'done' ? { ok: true, ...(m.id ? { id: m.id } : {}) } : { ok: false, reason: m.reason });
    }
  };
  socket.on(VISIT_EVENT, listener);

  function send<T extends VisitClientMessage['type']>(type: T, body: Body<T>): Promise<Outcome> {
    if (!socket.connected) return Promise.resolve({ ok: false, reason: 'offline' });
    const ref = `r${++counter}`;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(ref);
        resolve({ ok: false, reason: 'timeout' });
      }, timeoutMs);
      waiting.set(ref, (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      });
      socket.emit(VISIT_EVENT, { v: VISIT_PROTOCOL_VERSION, type, ref, ...body } as VisitClientMessage);
    });
  }

  return {
    openDoors: () => send('open-doors', {}),
    endVisit: () => send('end-visit', {}),
    ask: (text, where) => send('ask', { text, where }),
    vote: (question) => send('vote', { question }),
    mark: (question, status) => send('mark', { question, status }),
    hand: (raised) => send('hand', { raised }),
    lowerHand: (participant) => send('lower-hand', { participant }),
    openPoll: (question, options) => send('open-poll', { question, options }),
    closePoll: (poll) => send('close-poll', { poll }),
    pollVote: (poll, option) => send('poll-vote', { poll, option }),
    dispose() {
      socket.off(VISIT_EVENT, listener);
      for (const settle of waiting.values()) settle({ ok: false, reason: 'offline' });
      waiting.clear();
    },
  };
}
