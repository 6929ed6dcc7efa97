/**
 * The rules of a new visit that the schema cannot see alone: the tours must
 * exist, the start must lie ahead, the deadline before the start, and every
 * speaker's tour must be one of the visit's. Problems carry JSON paths, like
 * the schema's, so a form can put each beside its field.
 */
import type { CreateVisitRequest } from './requests';

/** How far ahead a visit may be scheduled: further is almost surely a typo in the year. */
const MAX_DAYS_AHEAD = 2 * 365;

export interface VisitChecks {
  tourExists(id: string): boolean;
  now: Date;
}

/** The visit's tours in order (`tour` alone is a list of one), or problems. */
export function visitProblems(input: CreateVisitRequest, { tourExists, now }: VisitChecks): { tours: string[]; problems: string[] } {
  const problems: string[] = [];
  let tours: string[] = [];
  if (input.tour !== undefined && input.tours !== undefined) problems.push('tours: give either "tour" or "tours", not both');
  else if (input.tour === undefined && input.tours === undefined) problems.push('tour: name the tour (or "tours", in visiting order)');
  else if (input.tours) {
    tours = input.tours;
    tours.forEach((id, i) => {
      if (!tourExists(id)) problems.push(`tours.${i}: there is no tour "${id}" on this site`);
      if (tours.indexOf(id) !== i) problems.push(`tours.${i}: "${id}" is listed twice`);
    });
  } else if (input.tour !== undefined) {
    tours = [input.tour];
    if (!tourExists(input.tour)) problems.push(`tour: there is no tour "${input.tour}" on this site`);
  }

  const startsAt = new Date(input.startsAt);
  if (startsAt.getTime() <= now.getTime()) problems.push('startsAt: the start must be in the future');
  if (startsAt.getTime() > now.getTime() + MAX_DAYS_AHEAD * 86_400_000) problems.push(`startsAt: the start must be within ${MAX_DAYS_AHEAD} days from now`);
  if (input.registrationDeadline !== undefined && new Date(input.registrationDeadline).getTime() > startsAt.getTime()) {
    problems.push('registrationDeadline: registration must close before the visit starts');
  }
  input.languages.forEach((language, i) => {
    if (input.languages.indexOf(language) !== i) problems.push(`languages.${i}: "${language}" is listed twice`);
  });
  input.speakers.forEach((speaker, i) => {
    if (speaker.tour !== undefined && !tours.includes(speaker.tour)) problems.push(`speakers.${i}.tour: "${speaker.tour}" is not one of the visit's tours`);
  });
  return { tours, problems };
}
