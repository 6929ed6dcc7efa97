/**
 * What a booked visit adds to its live tour — doors, questions, polls, hands
 * and the roster — as a vanilla zustand store fed by the `visit` event
 * (src/protocol/visitLive.ts), and the pure reducer that applies one server
 * message to it. No React, no socket.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Hand, Poll, Question, Roster, VisitServerMessage, VisitSpeaker } from '../../protocol/visitLive';

export interface VisitLiveState {
  /** Until `visit-welcome` arrives, nothing is known. */
  welcomed: boolean;
  role: 'speaker' | 'guest' | null;
  /** This connection's participant id (guests) or presenter id (speakers). */
  you: string | null;
  title: string;
  /** The visit's public code (`/v/<code>`). */
  code: string;
  /** The visit's tours in visiting order (a multi-site visit has several). */
  tours: string[];
  /** Who presents which tour (site). */
  speakers: VisitSpeaker[];
  doorsOpen: boolean;
  /** A speaker ended the visit. */
  ended: boolean;
  /** By id; guests never hold hidden ones. */
  questions: Record<string, Question>;
  polls: Record<string, Poll>;
  /** Questions this guest voted for. */
  myVotes: string[];
  /** Poll id → the option this guest chose. */
  myPollVotes: Record<string, number>;
  handRaised: boolean;
  /** Speakers only. */
  hands: Hand[];
  roster: Roster | null;
}

export type VisitLiveStore = StoreApi<VisitLiveState>;

export const createVisitLiveStore = (): VisitLiveStore =>
  createStore<VisitLiveState>()(() => ({
    welcomed: false,
    role: null,
    you: null,
    title: '',
    code: '',
    tours: [],
    speakers: [],
    doorsOpen: false,
    ended: false,
    questions: {},
    polls: {},
    myVotes: [],
    myPollVotes: {},
    handRaised: false,
    hands: [],
    roster: null,
  }));

const byId = <T extends { id: string }>(items: T[]): Record<string, T> => Object.fromEntries(items.map((i) => [i.id, i]));

/** The state after `m`; `done`/`refused` change nothing here (the binding answers the request that waits for them). */
export function reduceVisitMessage(s: VisitLiveState, m: VisitServerMessage): Partial<VisitLiveState> | null {
  switch (m.type) {
    case 'visit-welcome':
      return {
        welcomed: true,
        role: m.role,
        you: m.you,
        title: m.visit.title,
        code: m.visit.code,
        tours: m.visit.tours,
        speakers: m.visit.speakers ?? [],
        doorsOpen: m.doorsOpen,
        questions: byId(m.questions),
        polls: byId(m.polls),
        myVotes: m.myVotes,
        myPollVotes: m.myPollVotes,
        handRaised: m.handRaised,
        hands: m.hands ?? [],
        roster: m.roster ?? null,
      };
    case 'doors':
      return { doorsOpen: true };
    case 'ended':
      return { ended: true };
    case 'question': {
      // A guest never keeps a hidden question (the server sends guests `question-removed` instead; this is the belt).
      if (s.role === 'guest' && m.question.status === 'hidden') return withoutQuestion(s, m.question.id);
      return { questions: { ...s.questions, [m.question.id]: m.question } };
    }
    case 'question-removed':
      return withoutQuestion(s, m.id);
    case 'poll':
      return { polls: { ...s.polls, [m.poll.id]: m.poll } };
    case 'hand':
      return { handRaised: m.raised };
    case 'hands':
      return { hands: m.hands };
    case 'roster':
      return { roster: m.roster };
    case 'done':
    case 'refused':
      return null;
  }
}

function withoutQuestion(s: VisitLiveState, id: string): Partial<VisitLiveState> {
  const { [id]: _gone, ...rest } = s.questions;
  return { questions: rest };
}

/** Questions in queue order: most votes first, then the oldest. */
export function queueOrder(questions: Record<string, Question>, statuses: readonly Question['status'][]): Question[] {
  return Object.values(questions)
    .filter((q) => statuses.includes(q.status))
    .sort((a, b) => b.votes - a.votes || a.askedAt.localeCompare(b.askedAt) || a.id.localeCompare(b.id));
}

/**
 * The site after `current` in visiting order, with the speaker who presents it (the first named for it), or null at
 * the last site. A tour not in the visit (a speaker followed a link elsewhere) has no next site.
 */
export function nextSite(s: Pick<VisitLiveState, 'tours' | 'speakers'>, current: string | null): { tour: string; speaker: VisitSpeaker | null } | null {
  const at = current === null ? -1 : s.tours.indexOf(current);
  const tour = at < 0 ? undefined : s.tours[at + 1];
  if (tour === undefined) return null;
  return { tour, speaker: s.speakers.find((p) => p.tour === tour) ?? null };
}

/** Polls, the open ones first, each group newest first. */
export function pollOrder(polls: Record<string, Poll>): Poll[] {
  return Object.values(polls).sort((a, b) => Number(b.open) - Number(a.open) || b.openedAt.localeCompare(a.openedAt));
}
