/**
 * Visit times for people in different time zones, with Intl only (no time
 * zone database of our own): a visit's time shown in a zone, a wall-clock time
 * in a zone turned into an instant (for the Schedule visit form), and the
 * lobby's countdown. Pure: every function takes the zone and the language.
 */

/** The zone this browser is in (IANA name), e.g. "Europe/Helsinki". */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const WHEN: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };

/** "tisdag 14 april 2026 10:00–11:30 CEST": start to end in `timeZone`, in `language`. */
export function formatVisitTime(start: Date, end: Date, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, { ...WHEN, timeZone }).formatRange(start, end);
}

/** Whether two zones show the same wall-clock time and zone name at `at` (then one line says it all). */
export function sameLocalTime(at: Date, a: string, b: string, language: string): boolean {
  const show = (timeZone: string) => new Intl.DateTimeFormat(language, { ...WHEN, timeZone }).format(at);
  return a === b || show(a) === show(b);
}

/** The offset of `timeZone` from UTC at instant `utcMs`, in minutes (Stockholm in summer: 120). */
export function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

export type ZonedInstant =
  | { ok: true; iso: string; utcMs: number }
  /** `gap`: the wall-clock time does not exist there (clocks jump forward); `invalid`: not a date and time. */
  | { ok: false; reason: 'gap' | 'invalid' };

const pad = (n: number) => String(n).padStart(2, '0');

/** `+02:00` for 120 minutes. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * A wall-clock time (`2026-03-29T10:00`, as `<input type="datetime-local">`
 * gives it) in `timeZone` → ISO 8601 with that zone's offset then. When the
 * clocks go back, the hour that happens twice means its first occurrence.
 */
export function zonedToInstant(local: string, timeZone: string): ZonedInstant {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return { ok: false, reason: 'invalid' };
  const [year, month, day, hour, minute, second = 0] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || hour! > 23 || minute! > 59) return { ok: false, reason: 'invalid' };
  // Candidates: the wall time read with the offsets in force a day around it; the earliest that reads back right wins.
  const offsets = [...new Set([zoneOffsetMinutes(wall - 86_400_000, timeZone), zoneOffsetMinutes(wall + 86_400_000, timeZone)])];
  const fits = offsets
    .map((offset) => ({ offset, utcMs: wall - offset * 60_000 }))
    .filter(({ offset, utcMs }) => zoneOffsetMinutes(utcMs, timeZone) === offset)
    .sort((a, b) => a.utcMs - b.utcMs);
  const first = fits[0];
  if (!first) return { ok: false, reason: 'gap' };
  return { ok: true, utcMs: first.utcMs, iso: `${year}-${pad(month!)}-${pad(day!)}T${pad(hour!)}:${pad(minute!)}:${pad(second)}${offsetText(first.offset)}` };
}

/** An instant as `<input type="datetime-local">` shows it in `timeZone` (`2026-03-29T10:00`). */
export function instantToLocal(utcMs: number, timeZone: string): string {
  const local = new Date(utcMs + zoneOffsetMinutes(utcMs, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}

/** Time left until `target`, in whole days, hours, minutes and seconds (never negative). */
export function countdown(nowMs: number, targetMs: number): { days: number; hours: number; minutes: number; seconds: number; done: boolean } {
  const left = Math.max(0, Math.ceil((targetMs - nowMs) / 1000));
  return { days: Math.floor(left / 86_400), hours: Math.floor(left / 3600) % 24, minutes: Math.floor(left / 60) % 60, seconds: left % 60, done: left === 0 };
}

/** "2 days 03:04:05" / "2 dygn 03:04:05" / "2 päivää 03:04:05"; no day part under a day. */
export function formatCountdown(left: ReturnType<typeof countdown>, language: string): string {
  const clock = `${pad(left.hours)}:${pad(left.minutes)}:${pad(left.seconds)}`;
  if (left.days === 0) return clock;
  const days = new Intl.NumberFormat(language, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(left.days);
  return `${days} ${clock}`;
}
