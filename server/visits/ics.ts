/**
 * The guest's calendar entry (RFC 5545), written by ical-generator: one
 * VEVENT with UID, DTSTAMP, DTSTART/DTEND in UTC, SUMMARY, URL = the guest's
 * personal link, and a display alarm before the start. Its text is in the
 * guest's language; the personal link is theirs alone, so the file is only
 * ever handed to them.
 */
import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import { wordsFor } from './texts';

export interface CalendarEntry {
  /** Stable per registration, so re-importing updates the same entry. */
  uid: string;
  title: string;
  start: Date;
  end: Date;
  /** The guest's personal join link. */
  url: string;
  meetingUrl: string | null;
  language: string;
  /** Minutes before the start the calendar reminds (at least 1). */
  alarmMinutes: number;
  /** DTSTAMP: when this file was made. */
  now: Date;
}

export function calendarFile(entry: CalendarEntry): string {
  const words = wordsFor(entry.language);
  const calendar = ical({ prodId: { company: 'sitevisit', product: 'visits', language: 'EN' }, name: entry.title });
  calendar.method(ICalCalendarMethod.PUBLISH);
  const description = [`${words.yourLink}: ${entry.url}`, entry.meetingUrl ? `${words.meeting}: ${entry.meetingUrl}` : null, words.cancel].filter(Boolean).join('\n\n');
  const event = calendar.createEvent({
    id: entry.uid,
    stamp: entry.now,
    start: entry.start,
    end: entry.end,
    summary: entry.title,
    description,
    url: entry.url,
  });
  event.createAlarm({ type: ICalAlarmType.display, trigger: Math.max(1, entry.alarmMinutes) * 60, description: words.alarm });
  return calendar.toString();
}
