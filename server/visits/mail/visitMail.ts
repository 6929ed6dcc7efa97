/** A stored visit and registration as the e-mails need them. */
import type { Notifier } from './notifier';
import type { MailVisit } from './messages';
import type { Registration } from '../registrations';
import type { Visit } from '../visitStore';
import { registrationUrl } from '../publicVisit';

export const mailVisit = (visit: Visit): MailVisit => ({
  title: visit.title,
  startsAt: visit.startsAt,
  timeZone: visit.timeZone,
  meetingUrl: visit.meetingUrl,
  pageUrl: registrationUrl(visit.origin, visit.code),
});

/** Tells each guest who moved up from the waiting list that the seat is theirs. */
export function notifyPromoted(notifier: Notifier, promoted: { visit: Visit; registration: Registration }[]): void {
  for (const { visit, registration } of promoted) notifier.send({ kind: 'promoted', visit: mailVisit(visit), guest: registration });
}
