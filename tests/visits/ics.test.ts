/**
 * The guest's calendar file, read back with ical.js (a separate, well-kept
 * RFC 5545 parser): every field the issue names is there and equal to the
 * input, times are UTC instants that match the organizer's wall time in
 * Europe/Stockholm and Europe/Helsinki, also across a DST change.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile, type CalendarEntry } from '../../server/visits/ics';
import { formatWhen } from '../../server/visits/texts';

const link = 'https://tours.example.org/v/ABCDEF/join#key=Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXhx';

function entry(overrides: Partial<CalendarEntry> = {}): CalendarEntry {
  return {
    uid: '6f1c2f9e-4d2b-4c1a-9a51-0b9e8f1d2c3a@sitevisit',
    title: 'Distillation column, Örnsköldsvik',
    start: new Date('2027-05-04T08:00:00Z'),
    end: new Date('2027-05-04T09:30:00Z'),
    url: link,
    meetingUrl: 'https://meet.example.org/visit',
    language: 'en',
    alarmMinutes: 60,
    now: new Date('2027-03-01T12:00:00Z'),
    ...overrides,
  };
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  return { calendar, vevent: events[0]!, event: new ICAL.Event(events[0]!) };
}

/** The wall time of `date` in `timeZone`, as HH:MM. */
const wallTime = (date: Date, timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);

describe('the calendar file', () => {
  it('carries UID, DTSTAMP, DTSTART/DTEND in UTC, SUMMARY, URL and a reminder, as given', () => {
    const text = calendarFile(entry());
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toMatch(/\r\nDTSTART:20270504T080000Z\r\n/);
    expect(text).toMatch(/\r\nDTEND:20270504T093000Z\r\n/);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true); // folded as RFC 5545 asks
    const { calendar, vevent, event } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(event.uid).toBe(entry().uid);
    expect(event.summary).toBe('Distillation column, Örnsköldsvik');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-05-04T08:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-05-04T09:30:00.000Z');
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe('2027-03-01T12:00:00.000Z');
    expect(vevent.getFirstPropertyValue('url')).toBe(link);
    expect(event.description).toContain(link);
    expect(event.description).toContain('https://meet.example.org/visit');
    const alarm = vevent.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect((alarm?.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-3600);
  });

  it('writes the text in the guest’s language', () => {
    expect(parse(calendarFile(entry({ language: 'sv' }))).event.description).toContain('Din personliga länk');
    expect(parse(calendarFile(entry({ language: 'fi' }))).event.description).toContain('Henkilökohtainen linkkisi');
    expect(parse(calendarFile(entry({ language: 'de' }))).event.description).toContain('Your personal link');
  });

  it.each([
    // Stockholm on the morning DST begins (28 March 2027, 02:00 → 03:00): 10:00 is CEST, +02:00.
    { zone: 'Europe/Stockholm', given: '2027-03-28T10:00:00+02:00', utc: '20270328T080000Z', wall: '10:00', minutes: 90 },
    // Helsinki the day before, still EET (+02:00).
    { zone: 'Europe/Helsinki', given: '2027-03-27T10:00:00+02:00', utc: '20270327T080000Z', wall: '10:00', minutes: 60 },
    // Helsinki across the end of DST (31 October 2027, 04:00 EEST → 03:00 EET): 02:30 EEST plus two hours is 03:30 EET.
    { zone: 'Europe/Helsinki', given: '2027-10-31T02:30:00+03:00', utc: '20271030T233000Z', wall: '02:30', minutes: 120 },
  ])('keeps $given in $zone as the UTC instant $utc', ({ zone, given, utc, wall, minutes }) => {
    const start = new Date(given);
    const end = new Date(start.getTime() + minutes * 60_000);
    const { event } = parse(calendarFile(entry({ start, end })));
    expect(event.startDate.toICALString()).toBe(utc);
    expect(event.startDate.toJSDate().getTime()).toBe(start.getTime());
    expect(event.duration.toSeconds()).toBe(minutes * 60); // real minutes, not wall-clock ones
    expect(wallTime(event.startDate.toJSDate(), zone)).toBe(wall);
    expect(formatWhen(start, zone, 'en')).toContain(wall);
  });

  it('ends two hours after a 02:30 start in Helsinki on the night DST ends at 03:30 wall time', () => {
    const start = new Date('2027-10-31T02:30:00+03:00');
    const { event } = parse(calendarFile(entry({ start, end: new Date(start.getTime() + 2 * 3_600_000) })));
    expect(wallTime(event.endDate.toJSDate(), 'Europe/Helsinki')).toBe('03:30');
  });
});
