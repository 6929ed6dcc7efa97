/**
 * The booked visit's live catalogue (docs/visits-live.md): lobby and doors,
 * questions with the view they were asked from, hands, polls and the roster.
 * It travels on its own Socket.IO event, `VISIT_EVENT`, beside the live
 * catalogue (live.ts) and in its form: `{ v, type, ... }`, a discriminated
 * union on kebab-case `type`, versioned by `v`. Only visit pages load it.
 * Pure: zod/mini, no DOM.
 */
import * as z from 'zod/mini';
import { Id, View } from './common';

export const VISIT_PROTOCOL_VERSION = 1;
/** The Socket.IO event that carries every visit message. */
export const VISIT_EVENT = 'visit';
/** Larger client messages are refused unread (a 500-character question and its view fit well). */
export const MAX_VISIT_MESSAGE_CHARS = 2048;
export const MAX_QUESTION_CHARS = 500;
export const MAX_POLL_QUESTION_CHARS = 200;
export const MAX_POLL_OPTION_CHARS = 80;
export const MIN_POLL_OPTIONS = 2;
export const MAX_POLL_OPTIONS = 6;

const version = z.literal(VISIT_PROTOCOL_VERSION);
/** Client-chosen tag echoed in `done` / `refused`, so a page knows which request it was. */
const ref = z.optional(z.string().check(z.maxLength(40)));
const itemId = z.string().check(z.minLength(1), z.maxLength(64));

/** Where a guest was when they asked: tour, scene, camera and open card. */
export const QuestionWhere = z.strictObject({ tour: Id, scene: Id, view: View, card: z.nullable(Id) });
export type QuestionWhere = z.infer<typeof QuestionWhere>;

export const QuestionStatus = z.enum(['open', 'answered', 'hidden']);
export type QuestionStatus = z.infer<typeof QuestionStatus>;

export const Question = z.strictObject({
  id: z.string(),
  /** Plain text: shown as text, never as HTML. */
  text: z.string(),
  where: QuestionWhere,
  status: QuestionStatus,
  votes: z.number(),
  /** Participant id of the guest who asked. */
  asker: z.string(),
  askedAt: z.string(),
});
export type Question = z.infer<typeof Question>;

export const Poll = z.strictObject({
  id: z.string(),
  question: z.string(),
  options: z.array(z.string()),
  counts: z.array(z.number()),
  open: z.boolean(),
  openedAt: z.string(),
  closedAt: z.nullable(z.string()),
});
export type Poll = z.infer<typeof Poll>;

export const Hand = z.strictObject({ participant: z.string(), name: z.string(), since: z.string() });
export type Hand = z.infer<typeof Hand>;

export const RosterStatus = z.enum(['registered', 'lobby', 'present', 'looking-around']);
export type RosterStatus = z.infer<typeof RosterStatus>;

export const RosterGuest = z.strictObject({
  participant: z.string(),
  name: z.string(),
  organisation: z.nullable(z.string()),
  language: z.string(),
  status: RosterStatus,
  hand: z.boolean(),
});
export type RosterGuest = z.infer<typeof RosterGuest>;

export const Roster = z.strictObject({
  registered: z.number(),
  lobby: z.number(),
  present: z.number(),
  lookingAround: z.number(),
  guests: z.array(RosterGuest),
});
export type Roster = z.infer<typeof Roster>;

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** Messages a client may send on `VISIT_EVENT`. */
export const VisitClientMessage = z.discriminatedUnion('type', [
  /** Speaker: let the guests in. */
  z.strictObject({ v: version, type: z.literal('open-doors'), ref }),
  /** Speaker, doors open: end the visit for everyone now. */
  z.strictObject({ v: version, type: z.literal('end-visit'), ref }),
  /** Guest: a question, with where they were. Length and characters are checked by the server (it says why). */
  z.strictObject({ v: version, type: z.literal('ask'), ref, text: z.string().check(z.maxLength(MAX_QUESTION_CHARS * 2)), where: QuestionWhere }),
  /** Guest: one vote for another guest's question. */
  z.strictObject({ v: version, type: z.literal('vote'), ref, question: itemId }),
  /** Speaker: mark a question answered, hidden, or open again. */
  z.strictObject({ v: version, type: z.literal('mark'), ref, question: itemId, status: QuestionStatus }),
  /** Guest: raise or lower their hand. */
  z.strictObject({ v: version, type: z.literal('hand'), ref, raised: z.boolean() }),
  /** Speaker: lower a guest's hand. */
  z.strictObject({ v: version, type: z.literal('lower-hand'), ref, participant: itemId }),
  /** Speaker: a poll with 2–6 options. */
  z.strictObject({
    v: version,
    type: z.literal('open-poll'),
    ref,
    question: text(MAX_POLL_QUESTION_CHARS),
    options: z.array(text(MAX_POLL_OPTION_CHARS)).check(z.minLength(MIN_POLL_OPTIONS), z.maxLength(MAX_POLL_OPTIONS)),
  }),
  z.strictObject({ v: version, type: z.literal('close-poll'), ref, poll: itemId }),
  /** Guest: one vote per poll, an option's index. */
  z.strictObject({ v: version, type: z.literal('poll-vote'), ref, poll: itemId, option: z.number().check(z.int(), z.gte(0), z.lt(MAX_POLL_OPTIONS)) }),
]);
export type VisitClientMessage = z.infer<typeof VisitClientMessage>;

export const VisitRole = z.enum(['speaker', 'guest']);

/**
 * A speaker of the visit as its pages see them: the live presenter id (`p1`, `p2`… in the visit's order of speakers),
 * the name, and the tour (site) they present, or null when the organizer named none.
 */
export const VisitSpeaker = z.strictObject({ id: z.string(), name: z.string(), tour: z.nullable(Id) });
export type VisitSpeaker = z.infer<typeof VisitSpeaker>;

/** Messages the server sends on `VISIT_EVENT`. */
export const VisitServerMessage = z.discriminatedUnion('type', [
  /** First on every connection: the late joiner's snapshot (the live `welcome` carries the current state). */
  z.strictObject({
    v: version,
    type: z.literal('visit-welcome'),
    visit: z.strictObject({
      code: z.string(),
      title: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      /** The tours (sites) in visiting order. */
      tours: z.array(Id),
      /** Who presents which site (absent from servers before multi-site visits). */
      speakers: z.optional(z.array(VisitSpeaker)),
    }),
    role: VisitRole,
    /** This connection's participant id (guests) or presenter id (speakers). */
    you: z.string(),
    doorsOpen: z.boolean(),
    questions: z.array(Question),
    polls: z.array(Poll),
    myVotes: z.array(z.string()),
    myPollVotes: z.record(z.string(), z.number()),
    handRaised: z.boolean(),
    /** Speakers only. */
    hands: z.optional(z.array(Hand)),
    roster: z.optional(Roster),
  }),
  z.strictObject({ v: version, type: z.literal('doors'), open: z.literal(true) }),
  /** The visit has ended: the server closes the visit's connections a moment later, and admits nobody again. */
  z.strictObject({ v: version, type: z.literal('ended') }),
  z.strictObject({ v: version, type: z.literal('question'), question: Question }),
  z.strictObject({ v: version, type: z.literal('question-removed'), id: z.string() }),
  z.strictObject({ v: version, type: z.literal('poll'), poll: Poll }),
  z.strictObject({ v: version, type: z.literal('hand'), raised: z.boolean() }),
  z.strictObject({ v: version, type: z.literal('hands'), hands: z.array(Hand) }),
  z.strictObject({ v: version, type: z.literal('roster'), roster: Roster }),
  z.strictObject({ v: version, type: z.literal('done'), ref: z.string(), id: z.optional(z.string()) }),
  z.strictObject({ v: version, type: z.literal('refused'), ref: z.optional(z.string()), reason: z.string(), message: z.string() }),
]);
export type VisitServerMessage = z.infer<typeof VisitServerMessage>;

/** `GET /api/visits/<code>/follow-up`. */
export interface FollowUp {
  code: string;
  title: string;
  startsAt: string;
  endsAt: string;
  ended: boolean;
  tours: { id: string; url: string }[];
  questions: { id: string; text: string; where: QuestionWhere; viewUrl: string; votes: number; askedAt: string }[];
}
