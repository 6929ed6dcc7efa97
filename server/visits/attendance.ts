/**
 * Who came and for how long. The live part records a guest's arrivals and
 * departures (recordJoined / recordLeft); the organizer downloads the sum as
 * CSV. Until the live part records anything, the rows list the registered
 * guests with empty times.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema';
import type { Visit } from './visitStore';
import { closesAt } from './visitEnd';

export interface AttendanceRow {
  name: string;
  organisation: string | null;
  language: string;
  /** First arrival, or null: never came. */
  joined: Date | null;
  /** Last departure, or null: still there (or never came). */
  left: Date | null;
  minutes: number;
}

/** A guest entered the live visit; returns the id to close with recordLeft. */
export async function recordJoined(db: Kysely<Database>, registrationId: string, at: Date): Promise<string> {
  const id = randomUUID();
  await db.insertInto('attendance').values({ id, registration_id: registrationId, joined_at: at.getTime(), left_at: null }).execute();
  return id;
}

export async function recordLeft(db: Kysely<Database>, attendanceId: string, at: Date): Promise<void> {
  await db.updateTable('attendance').set({ left_at: at.getTime() }).where('id', '=', attendanceId).where('left_at', 'is', null).execute();
}

/**
 * One row per registration, in registration order; an open stay counts until now or the visit's close,
 * whichever is first, and stays that overlap (two tabs, a reconnection) count once.
 */
export async function attendanceOf(db: Kysely<Database>, visit: Visit, now: Date, overrunMinutes: number): Promise<AttendanceRow[]> {
  const rows = await db
    .selectFrom('registrations as r')
    .leftJoin('attendance as a', 'a.registration_id', 'r.id')
    .select(['r.id', 'r.name', 'r.organisation', 'r.language', 'a.joined_at', 'a.left_at'])
    .where('r.visit_id', '=', visit.id)
    .orderBy('r.seq')
    .orderBy('a.joined_at')
    .execute();
  const byGuest = new Map<string, AttendanceRow & { counted: number }>();
  const cutoff = Math.min(now.getTime(), visit.endedAt?.getTime() ?? closesAt(visit, overrunMinutes));
  for (const row of rows) {
    let guest = byGuest.get(row.id);
    if (!guest) {
      guest = { name: row.name, organisation: row.organisation, language: row.language, joined: null, left: null, minutes: 0, counted: -Infinity };
      byGuest.set(row.id, guest);
    }
    if (row.joined_at === null) continue;
    guest.joined ??= new Date(row.joined_at);
    if (row.left_at !== null && (!guest.left || row.left_at > guest.left.getTime())) guest.left = new Date(row.left_at);
    const end = row.left_at ?? Math.max(cutoff, row.joined_at);
    // Stays come in order of arrival: only the part after what was counted already adds time.
    const from = Math.max(row.joined_at, guest.counted);
    if (end > from) guest.minutes += (end - from) / 60_000;
    guest.counted = Math.max(guest.counted, end);
  }
  return [...byGuest.values()].map(({ counted: _counted, ...g }) => ({ ...g, minutes: Math.round(g.minutes) }));
}

/**
 * A CSV field: quoted when it holds a separator, quote or line break; a leading
 * = + - @ (or tab/CR) gets a ' first, so a spreadsheet shows a name instead of running it as a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const ATTENDANCE_COLUMNS = ['name', 'organisation', 'language', 'joined', 'left', 'minutes present'] as const;

/** RFC 4180 text (CRLF line ends), times in UTC ISO 8601. */
export function attendanceCsv(rows: AttendanceRow[]): string {
  const lines = [ATTENDANCE_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push([r.name, r.organisation ?? '', r.language, r.joined?.toISOString() ?? '', r.left?.toISOString() ?? '', String(r.minutes)].map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
