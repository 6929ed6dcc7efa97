/**
 * What a connection is told about the visit: the late joiner's snapshot
 * (`visit-welcome`: questions, polls, own votes and hand; for speakers hands
 * and the roster), and the roster speakers see change as guests come, follow,
 * look around, raise hands and leave — counted across every process.
 */
import { VISIT_PROTOCOL_VERSION, type Roster, type RosterStatus, type VisitServerMessage } from '../../../src/protocol/visitLive';
import type { ChannelSocket } from '../../live/channel/context';
import { speakersOf, visitById } from '../visitStore';
import { db, rooms, sendVisit, visitDataOf, type VisitLiveContext, type VisitSocketData } from './context';
import { handsOf, publicHand } from './hands';
import { iso, participantOf } from './participant';
import { pollsOf, pollVotesBy } from './polls';
import { questionsOf, votesBy } from './questions';

/** Roster changes within this time go out as one report. */
const ROSTER_DELAY_MS = 500;

export async function rosterOf(ctx: VisitLiveContext, code: string, visitId: string): Promise<Roster> {
  const database = await db(ctx);
  const [guests, hands, sockets] = await Promise.all([
    database.selectFrom('registrations').select(['id', 'name', 'organisation', 'language']).where('visit_id', '=', visitId).where('status', '=', 'confirmed').orderBy('seq').execute(),
    handsOf(database, visitId),
    ctx.io.in(rooms.visit(code)).fetchSockets(),
  ]);
  const seen = new Map<string, RosterStatus>();
  // A guest with several tabs counts once, at their most engaged: present, then looking around, then lobby.
  const rank: Record<RosterStatus, number> = { registered: 0, lobby: 1, 'looking-around': 2, present: 3 };
  for (const socket of sockets) {
    const d = visitDataOf(socket);
    if (!d?.registrationId) continue;
    const status: RosterStatus = d.held ? 'lobby' : (socket.data as { detached?: boolean }).detached ? 'looking-around' : 'present';
    const before = seen.get(d.registrationId);
    if (!before || rank[status] > rank[before]) seen.set(d.registrationId, status);
  }
  const raised = new Set(hands.map((h) => h.registrationId));
  const list = guests.map((g) => ({ participant: participantOf(g.id), name: g.name, organisation: g.organisation, language: g.language, status: seen.get(g.id) ?? ('registered' as const), hand: raised.has(g.id) }));
  const count = (s: RosterStatus) => list.filter((g) => g.status === s).length;
  return { registered: count('registered'), lobby: count('lobby'), present: count('present'), lookingAround: count('looking-around'), guests: list };
}

/** Speakers get the roster once the changes of the next moment are in. */
export function scheduleRoster(ctx: VisitLiveContext, code: string, visitId: string): void {
  if (ctx.rosterTimers.has(code)) return;
  const timer = setTimeout(() => {
    ctx.rosterTimers.delete(code);
    rosterOf(ctx, code, visitId).then(
      (roster) => sendVisit(ctx.io.to(rooms.speakers(code)), { v: VISIT_PROTOCOL_VERSION, type: 'roster', roster }),
      (e: Error) => ctx.log(`visits: the roster of ${code} failed: ${e.message}`),
    );
  }, ROSTER_DELAY_MS);
  timer.unref();
  ctx.rosterTimers.set(code, timer);
}

export async function welcomeOf(ctx: VisitLiveContext, code: string, d: VisitSocketData): Promise<VisitServerMessage> {
  const database = await db(ctx);
  const speaker = d.role === 'speaker';
  const guest = d.registrationId;
  const [visit, speakers, questions, polls, myVotes, myPollVotes, hands, roster] = await Promise.all([
    visitById(database, d.visitId),
    speakersOf(database, d.visitId),
    questionsOf(database, d.visitId, speaker ? undefined : ['open', 'answered']),
    pollsOf(database, d.visitId),
    guest ? votesBy(database, guest) : [],
    guest ? pollVotesBy(database, guest) : {},
    handsOf(database, d.visitId),
    speaker ? rosterOf(ctx, code, d.visitId) : null,
  ]);
  if (!visit) throw new Error('the visit is gone');
  return {
    v: VISIT_PROTOCOL_VERSION,
    type: 'visit-welcome',
    visit: {
      code: visit.code,
      title: visit.title,
      startsAt: iso(visit.startsAt.getTime()),
      endsAt: iso(visit.endsAt.getTime()),
      tours: visit.tours,
      // Presenter ids follow the speakers' order, as the live session was opened (liveSession.ts).
      speakers: speakers.map((s, i) => ({ id: `p${i + 1}`, name: s.name, tour: s.tour })),
    },
    role: d.role,
    you: d.participant,
    // A speaker is never held: whether the doors are open is the visit's.
    doorsOpen: speaker ? visit.doorsOpenedAt !== null : !d.held,
    questions,
    polls,
    myVotes,
    myPollVotes,
    handRaised: hands.some((h) => h.registrationId === guest),
    ...(speaker ? { hands: hands.map(publicHand), ...(roster ? { roster } : {}) } : {}),
  };
}

export async function sendWelcome(ctx: VisitLiveContext, socket: ChannelSocket, d: VisitSocketData): Promise<void> {
  const welcome = await welcomeOf(ctx, socket.data.code, d);
  if (socket.connected) sendVisit(socket, welcome);
}
