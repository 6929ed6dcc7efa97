/**
 * The visit forms' own checks, before anything is sent: each problem named by
 * its field (the same names as the server's JSON paths), as a key of the
 * visit texts. The server checks again; these only spare a round trip and let
 * the page say what is wrong beside the field. Pure.
 */
import { zonedToInstant } from './time';

/** Field name → a key of the visit texts (ours), or the server's own words for a problem we do not know. */
export type Problems = Partial<Record<string, string>>;

/** Lengths the forms accept (the server's limits are the word that counts). */
export const MAX_NAME = 100;
export const MAX_ORGANISATION = 100;
export const MAX_EMAIL = 254;
export const MAX_TITLE = 200;
export const MIN_DURATION = 5;
export const MAX_DURATION = 12 * 60;
/** A visit's own overrun grace, in minutes (empty: the site's VISIT_OVERRUN_MINUTES). */
export const MAX_OVERRUN = 240;

/** Something@something.tld, no spaces: what a person can check by eye; the mail server decides the rest. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface RegistrationInput {
  name: string;
  email: string;
  organisation: string;
  language: string;
  consent: boolean;
}

export function registrationProblems(input: RegistrationInput, languages: readonly string[]): Problems {
  const problems: Problems = {};
  const name = input.name.trim();
  if (!name) problems.name = 'nameMissing';
  else if (name.length > MAX_NAME) problems.name = 'tooLong';
  const email = input.email.trim();
  if (!EMAIL.test(email) || email.length > MAX_EMAIL) problems.email = 'emailInvalid';
  if (input.organisation.trim().length > MAX_ORGANISATION) problems.organisation = 'tooLong';
  if (!languages.includes(input.language)) problems.language = 'languageMissing';
  if (!input.consent) problems.consent = 'consentMissing';
  return problems;
}

export interface ScheduleInput {
  tours: string[];
  title: string;
  /** Wall-clock start in `timeZone` (`2026-04-14T10:00`). */
  start: string;
  timeZone: string;
  durationMinutes: string;
  capacity: string;
  languages: string[];
  speakers: { name: string; organisation: string }[];
  meetingUrl: string;
  /** Wall-clock deadline in `timeZone`, or empty. */
  deadline: string;
  /** Minutes the visit may run past its end before it closes by itself; empty or absent: the site's. */
  overrunMinutes?: string;
}

/** The body of POST /api/visits (see docs/visits.md), or the problems that keep it from being sent. */
export type ScheduleCheck = { ok: true; body: Record<string, unknown> } | { ok: false; problems: Problems };

const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);

export function checkSchedule(input: ScheduleInput, nowMs: number): ScheduleCheck {
  const problems: Problems = {};
  const tours = input.tours.filter(Boolean);
  if (tours.length === 0) problems.tours = 'tourMissing';
  const title = input.title.trim();
  if (!title) problems.title = 'titleMissing';
  else if (title.length > MAX_TITLE) problems.title = 'tooLong';
  const start = zonedToInstant(input.start, input.timeZone);
  if (!input.start) problems.startsAt = 'startMissing';
  else if (!start.ok) problems.startsAt = start.reason === 'gap' ? 'startInGap' : 'startMissing';
  else if (start.utcMs <= nowMs) problems.startsAt = 'startPast';
  const duration = wholeNumber(input.durationMinutes);
  if (!(duration >= MIN_DURATION && duration <= MAX_DURATION)) problems.durationMinutes = 'durationInvalid';
  const capacity = wholeNumber(input.capacity);
  if (!(capacity >= 1)) problems.capacity = 'capacityInvalid';
  const overrunText = input.overrunMinutes?.trim() ?? '';
  const overrun = overrunText ? wholeNumber(overrunText) : null;
  if (overrun !== null && !(overrun >= 0 && overrun <= MAX_OVERRUN)) problems.overrunMinutes = 'overrunInvalid';
  if (input.languages.length === 0) problems.languages = 'languagesMissing';
  const speakers = input.speakers.map((s) => ({ name: s.name.trim(), organisation: s.organisation.trim() })).filter((s) => s.name || s.organisation);
  if (speakers.length === 0) problems.speakers = 'speakersMissing';
  speakers.forEach((s, i) => {
    if (!s.name) problems[`speakers.${i}.name`] = 'nameMissing';
  });
  const meetingUrl = input.meetingUrl.trim();
  if (meetingUrl && !isHttpsUrl(meetingUrl)) problems.meetingUrl = 'meetingInvalid';
  const deadline = input.deadline ? zonedToInstant(input.deadline, input.timeZone) : null;
  if (deadline && !deadline.ok) problems.registrationDeadline = deadline.reason === 'gap' ? 'startInGap' : 'deadlineInvalid';
  else if (deadline?.ok && start.ok && deadline.utcMs > start.utcMs) problems.registrationDeadline = 'deadlineAfterStart';
  if (Object.keys(problems).length > 0 || !start.ok) return { ok: false, problems };
  return {
    ok: true,
    body: {
      ...(tours.length === 1 ? { tour: tours[0] } : { tours }),
      title,
      startsAt: start.iso,
      timeZone: input.timeZone,
      durationMinutes: duration,
      capacity,
      languages: input.languages,
      speakers: speakers.map((s) => (s.organisation ? s : { name: s.name })),
      ...(meetingUrl ? { meetingUrl } : {}),
      ...(deadline?.ok ? { registrationDeadline: deadline.iso } : {}),
      ...(overrun !== null ? { overrunMinutes: overrun } : {}),
    },
  };
}

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A server problem path (`speakers.0.name`, `["speakers",0,"name"]`, `/speakers/0/name`) as the form's field name. */
export function fieldOfPath(path: unknown): string {
  const parts = Array.isArray(path) ? path.map(String) : String(path ?? '').replace(/^[$/.]+/, '').split(/[./]/);
  const field = parts.filter(Boolean).join('.');
  return field === 'tour' ? 'tours' : field;
}
