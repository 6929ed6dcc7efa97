/** Visit times across zones: shown to a guest elsewhere, typed by an organiser around a DST change, and counted down. */
import { describe, expect, it } from 'vitest';
import { countdown, formatCountdown, formatVisitTime, instantToLocal, sameLocalTime, zonedToInstant, zoneOffsetMinutes } from '../../src/visits/time';

describe('a visit time in the guest’s zone and the organiser’s', () => {
  const start = new Date('2026-04-14T08:00:00Z');
  const end = new Date('2026-04-14T09:30:00Z');

  it('shows the same instant as each zone’s wall clock, in the page language', () => {
    const stockholm = formatVisitTime(start, end, 'Europe/Stockholm', 'en');
    const helsinki = formatVisitTime(start, end, 'Europe/Helsinki', 'en');
    expect(stockholm).toMatch(/10:00/);
    expect(stockholm).toMatch(/11:30/);
    expect(stockholm).toMatch(/Tuesday/);
    expect(helsinki).toMatch(/11:00/);
    expect(helsinki).toMatch(/12:30/);
    expect(formatVisitTime(start, end, 'Europe/Stockholm', 'sv')).toMatch(/tisdag/);
    expect(formatVisitTime(start, end, 'Europe/Helsinki', 'fi')).toMatch(/tiistai/);
  });

  it('a visit that crosses midnight in one zone shows both dates there', () => {
    const late = formatVisitTime(new Date('2026-04-14T20:30:00Z'), new Date('2026-04-14T21:30:00Z'), 'Europe/Helsinki', 'en'); // 23:30 to 00:30 there
    expect(late).toMatch(/14/);
    expect(late).toMatch(/15/);
  });

  it('one line is enough when both zones read the same', () => {
    expect(sameLocalTime(start, 'Europe/Stockholm', 'Europe/Stockholm', 'en')).toBe(true);
    // Oslo's clock and zone name (CEST) read like Stockholm's: saying it twice adds nothing.
    expect(sameLocalTime(start, 'Europe/Stockholm', 'Europe/Oslo', 'en')).toBe(true);
  });

  it('Stockholm and Helsinki differ by one hour, summer and winter', () => {
    expect(sameLocalTime(start, 'Europe/Stockholm', 'Europe/Helsinki', 'en')).toBe(false);
    expect(zoneOffsetMinutes(Date.parse('2026-01-10T12:00:00Z'), 'Europe/Stockholm')).toBe(60);
    expect(zoneOffsetMinutes(Date.parse('2026-01-10T12:00:00Z'), 'Europe/Helsinki')).toBe(120);
    expect(zoneOffsetMinutes(Date.parse('2026-07-10T12:00:00Z'), 'Europe/Stockholm')).toBe(120);
    expect(zoneOffsetMinutes(Date.parse('2026-07-10T12:00:00Z'), 'Europe/Helsinki')).toBe(180);
  });
});

describe('an organiser’s wall-clock time in a zone', () => {
  it('becomes ISO 8601 with the offset in force then, each side of the March change', () => {
    expect(zonedToInstant('2026-03-28T10:00', 'Europe/Stockholm')).toMatchObject({ ok: true, iso: '2026-03-28T10:00:00+01:00', utcMs: Date.parse('2026-03-28T09:00:00Z') });
    expect(zonedToInstant('2026-03-29T10:00', 'Europe/Stockholm')).toMatchObject({ ok: true, iso: '2026-03-29T10:00:00+02:00', utcMs: Date.parse('2026-03-29T08:00:00Z') });
    expect(zonedToInstant('2026-03-29T10:00', 'Europe/Helsinki')).toMatchObject({ ok: true, iso: '2026-03-29T10:00:00+03:00' });
    expect(zonedToInstant('2026-06-01T09:30', 'America/New_York')).toMatchObject({ ok: true, iso: '2026-06-01T09:30:00-04:00' });
  });

  it('the hour skipped in spring does not exist', () => {
    expect(zonedToInstant('2026-03-29T02:30', 'Europe/Stockholm')).toEqual({ ok: false, reason: 'gap' });
    expect(zonedToInstant('2026-03-29T03:30', 'Europe/Helsinki')).toEqual({ ok: false, reason: 'gap' });
  });

  it('the hour repeated in autumn means its first occurrence', () => {
    expect(zonedToInstant('2026-10-25T02:30', 'Europe/Stockholm')).toMatchObject({ ok: true, iso: '2026-10-25T02:30:00+02:00', utcMs: Date.parse('2026-10-25T00:30:00Z') });
    expect(zonedToInstant('2026-10-25T03:30', 'Europe/Stockholm')).toMatchObject({ ok: true, iso: '2026-10-25T03:30:00+01:00' });
  });

  it('refuses what is not a date and time', () => {
    for (const text of ['', '2026-02-30T10:00', '2026-13-01T10:00', '2026-01-01T24:00', '2026-01-01 10:00', 'tomorrow']) {
      expect(zonedToInstant(text, 'Europe/Stockholm')).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('goes back to the same wall-clock time (the form’s default start)', () => {
    for (const zone of ['Europe/Stockholm', 'Europe/Helsinki', 'UTC', 'Asia/Kolkata']) {
      const at = Date.parse('2026-10-25T06:00:00Z');
      const local = instantToLocal(at, zone);
      expect(zonedToInstant(local, zone)).toMatchObject({ ok: true, utcMs: at });
    }
  });
});

describe('the lobby’s countdown', () => {
  it('counts whole days, hours, minutes and seconds, and stops at zero', () => {
    const now = Date.parse('2026-04-12T07:00:00Z');
    expect(countdown(now, Date.parse('2026-04-14T08:02:03Z'))).toEqual({ days: 2, hours: 1, minutes: 2, seconds: 3, done: false });
    expect(countdown(now, now - 5000)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0, done: true });
    expect(countdown(now, now + 1)).toMatchObject({ seconds: 1, done: false });
  });

  it('says the days in the page language', () => {
    const left = countdown(0, (2 * 86_400 + 3 * 3600 + 4 * 60 + 5) * 1000);
    expect(formatCountdown(left, 'en')).toBe('2 days 03:04:05');
    expect(formatCountdown(left, 'sv')).toBe('2 dygn 03:04:05'); // CLDR's Swedish for days of 24 hours
    expect(formatCountdown(left, 'fi')).toBe('2 päivää 03:04:05');
    expect(formatCountdown(countdown(0, 65_000), 'en')).toBe('00:01:05');
  });
});
