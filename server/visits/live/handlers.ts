/**
 * One handler per visit message: who may send it, what is checked, what is
 * stored and who hears of it. A handler resolves to what the sender is told:
 * `done` (with the new item's id) or a refusal with its reason; a refused
 * message stored nothing.
 */
import { MAX_QUESTION_CHARS, type VisitClientMessage } from '../../../src/protocol/visitLive';
import type { ChannelSocket } from '../../live/channel/context';
import { db, type VisitLiveContext, type VisitSocketData } from './context';
import { broadcastHands, broadcastPoll, broadcastQuestion } from './broadcast';
import { openDoors } from './doors';
import { endVisit } from './end';
import { handsOf, lowerHand, raiseHand } from './hands';
import { closePoll, openPoll, votePoll } from './polls';
import { askQuestion, markQuestion, voteQuestion } from './questions';
import { visitById } from '../visitStore';

export type Outcome = { id?: string } | { reason: string; message: string };


export interface From {
  ctx: VisitLiveContext;
  socket: ChannelSocket;
  d: VisitSocketData;
  code: string;
}

interface Refusal {
  reason: string;
  message: string;
}
const refusal = (reason: string, message: string): Refusal => ({ reason, message });
const NOT_SPEAKER = refusal('not-speaker', 'Only speakers can do this.');
const NOT_GUEST = refusal('not-guest', 'Only registered guests can do this.');
const DOORS_CLOSED = refusal('doors-closed', 'The doors are not open yet.');
/** Control characters other than line breaks and tabs, and the invisible marks that reorder text. */
const NOT_PLAIN = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/** The question's text as stored (line breaks as \n, trimmed), or why it cannot be. */
export function questionText(raw: string): { text: string } | Refusal {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  if (!text) return refusal('invalid', 'Write a question first.');
  if ([...text].length > MAX_QUESTION_CHARS) return refusal('too-long', `Questions are limited to ${MAX_QUESTION_CHARS} characters.`);
  if (NOT_PLAIN.test(text.replace(/[\n\t]/g, ''))) return refusal('invalid', 'Questions are plain text: control characters are not allowed.');
  return { text };
}

async function ask(f: From, m: Extract<VisitClientMessage, { type: 'ask' }>): Promise<Outcome> {
  const checked = questionText(m.text);
  if ('reason' in checked) return checked;
  const database = await db(f.ctx);
  const visit = await visitById(database, f.d.visitId);
  if (!visit?.tours.includes(m.where.tour)) return refusal('invalid', 'where.tour: not a tour of this visit.');
  const question = await askQuestion(database, f.d.visitId, f.d.registrationId as string, checked.text, m.where, f.ctx.now());
  broadcastQuestion(f.ctx, f.code, question);
  return { id: question.id };
}

async function vote(f: From, questionId: string): Promise<Outcome> {
  const outcome = await voteQuestion(await db(f.ctx), f.d.visitId, f.d.registrationId as string, questionId);
  if (outcome.kind === 'unknown') return refusal('unknown-question', 'There is no such question.');
  if (outcome.kind === 'own') return refusal('own-question', 'You cannot vote for your own question.');
  if (outcome.kind !== 'ok') return refusal('already-voted', 'You voted for this question already.');
  broadcastQuestion(f.ctx, f.code, outcome.question);
  return {};
}

async function pollVote(f: From, pollId: string, option: number): Promise<Outcome> {
  const outcome = await votePoll(await db(f.ctx), f.d.visitId, f.d.registrationId as string, pollId, option);
  if (outcome.kind === 'unknown') return refusal('unknown-poll', 'There is no such poll.');
  if (outcome.kind === 'closed') return refusal('poll-closed', 'This poll has closed.');
  if (outcome.kind === 'option') return refusal('invalid', 'option: this poll has no such option.');
  if (outcome.kind !== 'ok') return refusal('already-voted', 'You voted in this poll already.');
  broadcastPoll(f.ctx, f.code, outcome.poll);
  return {};
}

async function hand(f: From, registrationId: string, participant: string, raised: boolean): Promise<Outcome> {
  const database = await db(f.ctx);
  if (raised) await raiseHand(database, f.d.visitId, registrationId, f.ctx.now());
  else await lowerHand(database, f.d.visitId, registrationId);
  await broadcastHands(f.ctx, f.code, f.d.visitId, participant, raised);
  return {};
}

async function speakerMessage(f: From, m: VisitClientMessage): Promise<Outcome> {
  const { ctx, d, code } = f;
  switch (m.type) {
    case 'open-doors':
      await openDoors(ctx, d.visitId, code);
      return {};
    case 'end-visit':
      return (await endVisit(ctx, d.visitId, code)) ? {} : DOORS_CLOSED;
    case 'mark': {
      const question = await markQuestion(await db(ctx), d.visitId, m.question, m.status);
      if (!question) return refusal('unknown-question', 'There is no such question.');
      broadcastQuestion(ctx, code, question);
      return {};
    }
    case 'lower-hand': {
      const raised = (await handsOf(await db(ctx), d.visitId)).find((h) => h.participant === m.participant);
      return raised ? hand(f, raised.registrationId, raised.participant, false) : {};
    }
    case 'open-poll': {
      const poll = await openPoll(await db(ctx), d.visitId, m.question.trim(), m.options.map((o) => o.trim()), ctx.now());
      broadcastPoll(ctx, code, poll);
      return { id: poll.id };
    }
    case 'close-poll': {
      const poll = await closePoll(await db(ctx), d.visitId, m.poll, ctx.now());
      if (!poll) return refusal('unknown-poll', 'There is no such poll.');
      broadcastPoll(ctx, code, poll);
      return {};
    }
    default:
      return NOT_GUEST;
  }
}

async function guestMessage(f: From, m: VisitClientMessage): Promise<Outcome> {
  const { d } = f;
  if (m.type === 'open-doors' || m.type === 'end-visit' || m.type === 'mark' || m.type === 'lower-hand' || m.type === 'open-poll' || m.type === 'close-poll') return NOT_SPEAKER;
  if (d.held) return DOORS_CLOSED;
  switch (m.type) {
    case 'ask':
      return ask(f, m);
    case 'vote':
      return vote(f, m.question);
    case 'poll-vote':
      return pollVote(f, m.poll, m.option);
    case 'hand':
      return hand(f, d.registrationId as string, d.participant, m.raised);
  }
}

export const handleVisitMessage = (f: From, m: VisitClientMessage): Promise<Outcome> => (f.d.role === 'speaker' ? speakerMessage(f, m) : guestMessage(f, m));
