/** Changes reach who may see them: every speaker; guests in the live tour (never hidden questions, never the lobby). */
import { VISIT_PROTOCOL_VERSION, type Poll, type Question } from '../../../src/protocol/visitLive';
import { db, rooms, sendVisit, type VisitLiveContext } from './context';
import { handsOf, publicHand } from './hands';
import { scheduleRoster } from './snapshot';

const v = VISIT_PROTOCOL_VERSION;

export function broadcastQuestion(ctx: VisitLiveContext, code: string, question: Question): void {
  sendVisit(ctx.io.to(rooms.speakers(code)), { v, type: 'question', question });
  const guests = ctx.io.to(rooms.guests(code)).except(rooms.speakers(code));
  sendVisit(guests, question.status === 'hidden' ? { v, type: 'question-removed', id: question.id } : { v, type: 'question', question });
}

export function broadcastPoll(ctx: VisitLiveContext, code: string, poll: Poll): void {
  sendVisit(ctx.io.to([rooms.speakers(code), rooms.guests(code)]), { v, type: 'poll', poll });
}

/** A guest's hand went up or down: their own connections, the speakers' list of hands, the roster. */
export async function broadcastHands(ctx: VisitLiveContext, code: string, visitId: string, participant: string, raised: boolean): Promise<void> {
  sendVisit(ctx.io.to(rooms.guest(code, participant)), { v, type: 'hand', raised });
  const hands = await handsOf(await db(ctx), visitId);
  sendVisit(ctx.io.to(rooms.speakers(code)), { v, type: 'hands', hands: hands.map(publicHand) });
  scheduleRoster(ctx, code, visitId);
}
