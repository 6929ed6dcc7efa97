/**
 * What the visits API accepts, as zod schemas (the source of the request
 * types). Shape and single-field rules live here; rules that need the clock
 * or the tour folders (start in the future, tours that exist) are in
 * visitProblems.ts. Unknown fields are refused, so a misspelt field is an
 * error rather than silently ignored.
 */
import { z } from 'zod';
import { Id, LanguageCode } from '../../src/protocol/common';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** An instant with its offset (`2027-05-04T10:00:00+02:00` or `…Z`); impossible dates such as 31 April are refused. */
export const Instant = z.iso.datetime({ offset: true, message: 'must be a date and time with its offset, such as 2027-05-04T10:00:00+02:00' });

/** Whether this runtime knows `zone` as an IANA time zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

/** The longest overrun grace a visit may be scheduled with (its `overrunMinutes`). */
export const MAX_OVERRUN_MINUTES = 240;

/** An optional field a form sends empty when left blank: empty counts as absent. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' || value === null ? undefined : value), z.optional(schema));

export const Speaker = z.strictObject({
  name: text(80),
  organisation: optional(text(120)),
  /** For a multi-site visit: the tour (one of `tours`) this speaker presents. */
  tour: z.optional(Id),
});

export const CreateVisitRequest = z.strictObject({
  tour: z.optional(Id),
  tours: z.optional(z.array(Id).min(1, 'name at least one tour').max(10, 'at most 10 tours')),
  title: text(200),
  startsAt: Instant,
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Stockholm'),
  durationMinutes: z.int('must be a whole number of minutes').min(5, 'must be at least 5 minutes').max(720, 'must be at most 720 minutes (12 hours)'),
  capacity: z.int('must be a whole number').min(1, 'must be at least 1').max(10_000, 'must be at most 10000'),
  languages: z.array(LanguageCode).min(1, 'offer at least one language').max(10, 'at most 10 languages'),
  speakers: z.array(Speaker).min(1, 'name at least one speaker').max(20, 'at most 20 speakers'),
  meetingUrl: optional(z.url({ protocol: /^https$/, message: 'must be an https:// link' }).max(500)),
  registrationDeadline: optional(Instant),
  /** Minutes the visit may run past its end before it closes by itself. Default: the site's VISIT_OVERRUN_MINUTES. */
  overrunMinutes: optional(z.int('must be a whole number of minutes').min(0, 'must be at least 0').max(MAX_OVERRUN_MINUTES, `must be at most ${MAX_OVERRUN_MINUTES} minutes (4 hours)`)),
});
export type CreateVisitRequest = z.infer<typeof CreateVisitRequest>;

/** An address as people paste it: surrounding spaces are dropped before it is checked. */
const Email = z.preprocess((value) => (typeof value === 'string' ? value.trim() : value), z.email('must be an e-mail address').max(254, 'must be at most 254 characters'));

export const RegisterRequest = z.strictObject({
  name: text(120),
  email: Email,
  organisation: z.optional(z.string().trim().max(160, 'must be at most 160 characters')),
  language: LanguageCode,
  consent: z.literal(true, 'tick the box to agree to the purpose and retention of your data'),
  /** The honeypot: hidden from people, filled in by form-filling robots. */
  website: z.optional(z.string()),
});
export type RegisterRequest = z.infer<typeof RegisterRequest>;

export const PersonalDataRequest = z.strictObject({ email: Email });

/** zod's issues as `path: message` lines, the form the live API answers with too. */
export function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
}

/** The one form an address is compared and stored in. */
export const normalEmail = (email: string) => email.trim().toLowerCase();
