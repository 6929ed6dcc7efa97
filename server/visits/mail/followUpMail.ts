/**
 * The follow-up e-mail, after a visit the guest attended: thanks, the
 * follow-up page, the self-guided links to the same tours, and the questions
 * the speakers answered, each with a link to the view it was asked from.
 * In English, Swedish and Finnish (others read English).
 */
import type { FollowUp } from '../../../src/protocol/visitLive';
import { mailLanguage, type MailLanguage } from '../texts';
import type { OutgoingMail } from './mailer';
import type { MailGuest } from './messages';

interface FollowUpWords {
  subject: string;
  greeting(name: string): string;
  thanks: string;
  page: string;
  tours: string;
  answered: string;
  noneAnswered: string;
}

const WORDS: Record<MailLanguage, FollowUpWords> = {
  en: {
    subject: 'Thank you for visiting',
    greeting: (name) => `Hello ${name},`,
    thanks: 'thank you for joining the virtual visit below.',
    page: 'The visit’s page, with the answered questions',
    tours: 'Walk the tour again at your own pace',
    answered: 'Questions answered during the visit',
    noneAnswered: 'No questions were marked answered.',
  },
  sv: {
    subject: 'Tack för ditt besök',
    greeting: (name) => `Hej ${name},`,
    thanks: 'tack för att du var med på det virtuella besöket nedan.',
    page: 'Besökets sida, med de besvarade frågorna',
    tours: 'Gå runden igen i din egen takt',
    answered: 'Frågor som besvarades under besöket',
    noneAnswered: 'Inga frågor markerades som besvarade.',
  },
  fi: {
    subject: 'Kiitos vierailusta',
    greeting: (name) => `Hei ${name},`,
    thanks: 'kiitos, että osallistuit alla olevalle virtuaalivierailulle.',
    page: 'Vierailun sivu ja vastatut kysymykset',
    tours: 'Kierrä kierros uudelleen omaan tahtiisi',
    answered: 'Vierailun aikana vastatut kysymykset',
    noneAnswered: 'Yhtään kysymystä ei merkitty vastatuksi.',
  },
};

/** The follow-up page of a visit (`/v/<code>/follow-up`). */
export const followUpPageUrl = (origin: string, code: string) => new URL(`/v/${code}/follow-up`, origin).href;

export function composeFollowUp(guest: MailGuest, followUp: FollowUp, pageUrl: string): OutgoingMail {
  const w = WORDS[mailLanguage(guest.language)];
  const questions = followUp.questions.flatMap((q) => [`- ${q.text.replace(/\n+/g, ' ')}`, `  ${q.viewUrl}`]);
  const lines = [
    w.greeting(guest.name),
    '',
    w.thanks,
    '',
    followUp.title,
    '',
    `${w.page}:`,
    pageUrl,
    '',
    `${w.tours}:`,
    ...followUp.tours.map((t) => t.url),
    '',
    `${w.answered}:`,
    ...(questions.length ? questions : [w.noneAnswered]),
  ];
  return { to: guest.email, subject: `${w.subject}: ${followUp.title}`, text: lines.join('\n') };
}
