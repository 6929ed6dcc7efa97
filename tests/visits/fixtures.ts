/** A visit in the database, straight through the store (the API tests go through HTTP). */
import type { Kysely } from 'kysely';
import type { Database } from '../../server/storage/schema';
import { createVisit, type Visit } from '../../server/visits/visitStore';

export const HOUR = 3_600_000;

export function scheduleVisit(db: Kysely<Database>, now: Date, overrides: Partial<Parameters<typeof createVisit>[1]> = {}): Promise<Visit> {
  return createVisit(
    db,
    {
      title: 'Distillation column',
      tours: ['demo'],
      startsAt: new Date(now.getTime() + 48 * HOUR),
      timeZone: 'Europe/Stockholm',
      durationMinutes: 60,
      capacity: 2,
      languages: ['en', 'sv', 'fi'],
      meetingUrl: 'https://meet.example.org/visit',
      registrationDeadline: null,
      origin: 'http://visits.test',
      speakers: [{ name: 'Anna', organisation: 'Processum', tour: null, keyHash: `speaker-${Math.random()}` }],
      ...overrides,
    },
    now,
  );
}

export const guest = (n: number, language = 'en') => ({ name: `Guest ${n}`, email: `guest${n}@example.org`, organisation: null, language });
