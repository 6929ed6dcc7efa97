/**
 * The e-mails a guest gets, as plain text in their language: confirmation (or
 * waiting list) with the personal link and calendar file, the link again when
 * they register a second time, a seat that became theirs, and the reminder.
 */
import type { OutgoingMail } from './mailer';
import type { FollowUp } from '../../../src/protocol/visitLive';
import { formatWhen, wordsFor } from '../texts';
import { composeFollowUp } from './followUpMail';

export interface MailVisit {
  title: string;
  startsAt: Date;
  timeZone: string;
  meetingUrl: string | null;
  /** The public page of the visit (`/v/<code>`). */
  pageUrl: string;
}

export interface MailGuest {
  name: string;
  email: string;
  language: string;
}

export type MailKind = 'confirmed' | 'waiting' | 'resent' | 'promoted' | 'reminder' | 'follow-up';

export interface MailContent {
  kind: MailKind;
  visit: MailVisit;
  guest: MailGuest;
  /** The personal link, when the server holds it (only right after it was made: it stores a hash). */
  joinUrl?: string;
  ics?: string;
  /** For 'follow-up': the visit's follow-up and its page. */
  followUp?: { data: FollowUp; pageUrl: string };
}

export function composeMail({ kind, visit, guest, joinUrl, ics, followUp }: MailContent): OutgoingMail {
  if (kind === 'follow-up' && followUp) return composeFollowUp(guest, followUp.data, followUp.pageUrl);
  const w = wordsFor(guest.language);
  const subjects: Record<MailKind, string> = { confirmed: w.confirmedSubject, waiting: w.waitingSubject, resent: w.resentSubject, promoted: w.promotedSubject, reminder: w.reminderSubject, 'follow-up': '' };
  const opening: Record<MailKind, string> = { confirmed: w.confirmed, waiting: w.waiting, resent: w.confirmed, promoted: w.promoted, reminder: w.reminder, 'follow-up': '' };
  const seated = kind !== 'waiting';
  const lines = [
    w.greeting(guest.name),
    '',
    opening[kind],
    '',
    visit.title,
    `${w.when}: ${formatWhen(visit.startsAt, visit.timeZone, guest.language)}`,
    visit.pageUrl,
    '',
    joinUrl ? `${w.yourLink}:\n${joinUrl}` : w.useEarlierLink,
    ...(seated && visit.meetingUrl ? ['', `${w.meeting}: ${visit.meetingUrl}`] : []),
    ...(ics ? ['', w.calendar] : []),
    '',
    w.cancel,
  ];
  return { to: guest.email, subject: `${subjects[kind]}: ${visit.title}`, text: lines.join('\n'), ...(ics ? { ics } : {}) };
}
