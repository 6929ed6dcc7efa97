/**
 * What anyone with a visit's code may read about it, and the links the API
 * hands out. Secret links carry their secret in the fragment (never sent to a
 * server), like the live presenter links.
 */
import { withSecret } from '../../src/protocol/secretLink';
import { registrationOpen } from './registrations';
import type { SpeakerSummary, Visit } from './visitStore';
import { isOver } from './visitEnd';

export interface PublicVisit {
  code: string;
  title: string;
  tours: string[];
  startsAt: string;
  endsAt: string;
  timeZone: string;
  durationMinutes: number;
  languages: string[];
  speakers: { name: string; organisation?: string; tour?: string }[];
  capacity: number;
  seatsLeft: number;
  registrationOpen: boolean;
  /** Over: ended by a speaker, or past its end and the overrun grace (until then guests still get in). */
  ended: boolean;
  registrationDeadline?: string;
  /** The first tour's poster (its thumbnail in the tours list), when it has one. */
  posterUrl?: string;
}

export function publicVisit(visit: Visit, speakers: SpeakerSummary[], confirmed: number, now: Date, overrunMinutes: number, posterUrl: string | null = null): PublicVisit {
  return {
    code: visit.code,
    title: visit.title,
    tours: visit.tours,
    startsAt: visit.startsAt.toISOString(),
    endsAt: visit.endsAt.toISOString(),
    timeZone: visit.timeZone,
    durationMinutes: visit.durationMinutes,
    languages: visit.languages,
    speakers: speakers.map((s) => ({ name: s.name, ...(s.organisation ? { organisation: s.organisation } : {}), ...(s.tour ? { tour: s.tour } : {}) })),
    capacity: visit.capacity,
    seatsLeft: Math.max(0, visit.capacity - confirmed),
    registrationOpen: registrationOpen(visit, now),
    ended: isOver(visit, now, overrunMinutes),
    ...(visit.registrationDeadline ? { registrationDeadline: visit.registrationDeadline.toISOString() } : {}),
    ...(posterUrl ? { posterUrl } : {}),
  };
}

export const registrationUrl = (origin: string, code: string) => new URL(`/v/${code}`, origin).href;
export const organizerUrl = (origin: string, id: string) => new URL(`/visits/${id}`, origin).href;
export const presenterUrl = (origin: string, code: string, secret: string) => withSecret(new URL(`/v/${code}/present`, origin).href, secret);
export const joinUrl = (origin: string, code: string, secret: string) => withSecret(new URL(`/v/${code}/join`, origin).href, secret);
