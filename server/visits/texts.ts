/**
 * What guests read in e-mails and calendar entries, in English, Swedish and
 * Finnish; other languages read English. Times are shown in the visit's own
 * time zone with its name, since an e-mail cannot know the reader's.
 */

export type MailLanguage = 'en' | 'sv' | 'fi';

interface Words {
  confirmedSubject: string;
  waitingSubject: string;
  promotedSubject: string;
  reminderSubject: string;
  resentSubject: string;
  greeting: (name: string) => string;
  confirmed: string;
  waiting: string;
  promoted: string;
  reminder: string;
  when: string;
  yourLink: string;
  useEarlierLink: string;
  meeting: string;
  calendar: string;
  cancel: string;
  alarm: string;
}

const WORDS: Record<MailLanguage, Words> = {
  en: {
    confirmedSubject: 'You are registered',
    waitingSubject: 'You are on the waiting list',
    promotedSubject: 'A seat is yours',
    reminderSubject: 'Starting soon',
    resentSubject: 'Your personal link',
    greeting: (name) => `Hello ${name},`,
    confirmed: 'you are registered for the virtual visit below.',
    waiting: 'the visit below is full, so you are on the waiting list. We will e-mail you if a seat becomes free.',
    promoted: 'a seat became free and it is yours: you are now registered for the visit below.',
    reminder: 'the virtual visit below starts soon.',
    when: 'When',
    yourLink: 'Your personal link (do not share it)',
    useEarlierLink: 'Join with the personal link from your registration e-mail.',
    meeting: 'Voice call',
    calendar: 'The attached calendar.ics adds the visit to your calendar.',
    cancel: 'If you cannot come, open your link and cancel: your seat goes to the next person waiting.',
    alarm: 'The virtual visit starts soon',
  },
  sv: {
    confirmedSubject: 'Du är anmäld',
    waitingSubject: 'Du står på väntelistan',
    promotedSubject: 'Du har fått en plats',
    reminderSubject: 'Snart börjar det',
    resentSubject: 'Din personliga länk',
    greeting: (name) => `Hej ${name},`,
    confirmed: 'du är anmäld till det virtuella besöket nedan.',
    waiting: 'besöket nedan är fullt, så du står på väntelistan. Vi mejlar dig om en plats blir ledig.',
    promoted: 'en plats blev ledig och den är din: du är nu anmäld till besöket nedan.',
    reminder: 'det virtuella besöket nedan börjar snart.',
    when: 'När',
    yourLink: 'Din personliga länk (dela den inte)',
    useEarlierLink: 'Anslut med den personliga länken i ditt anmälningsmejl.',
    meeting: 'Röstsamtal',
    calendar: 'Den bifogade calendar.ics lägger in besöket i din kalender.',
    cancel: 'Om du inte kan komma, öppna din länk och avboka: din plats går till nästa person som väntar.',
    alarm: 'Det virtuella besöket börjar snart',
  },
  fi: {
    confirmedSubject: 'Olet ilmoittautunut',
    waitingSubject: 'Olet jonotuslistalla',
    promotedSubject: 'Sait paikan',
    reminderSubject: 'Alkaa pian',
    resentSubject: 'Henkilökohtainen linkkisi',
    greeting: (name) => `Hei ${name},`,
    confirmed: 'olet ilmoittautunut alla olevalle virtuaalivierailulle.',
    waiting: 'alla oleva vierailu on täynnä, joten olet jonotuslistalla. Lähetämme sähköpostia, jos paikka vapautuu.',
    promoted: 'paikka vapautui ja se on sinun: olet nyt ilmoittautunut alla olevalle vierailulle.',
    reminder: 'alla oleva virtuaalivierailu alkaa pian.',
    when: 'Milloin',
    yourLink: 'Henkilökohtainen linkkisi (älä jaa sitä)',
    useEarlierLink: 'Liity ilmoittautumisviestisi henkilökohtaisella linkillä.',
    meeting: 'Puhelu',
    calendar: 'Liitteenä oleva calendar.ics lisää vierailun kalenteriisi.',
    cancel: 'Jos et pääse, avaa linkkisi ja peru: paikkasi siirtyy seuraavalle jonottajalle.',
    alarm: 'Virtuaalivierailu alkaa pian',
  },
};

/** `sv-FI` reads Swedish, `pt` reads English. */
export function mailLanguage(language: string): MailLanguage {
  const base = language.split('-')[0];
  return base === 'sv' || base === 'fi' ? base : 'en';
}

export const wordsFor = (language: string): Words => WORDS[mailLanguage(language)];

/** "Tuesday 4 May 2027, 10:00 CEST" in the reader's language and the visit's zone. */
export function formatWhen(start: Date, timeZone: string, language: string): string {
  // dateStyle cannot be combined with timeZoneName: the fields one by one.
  const fields = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } as const;
  return new Intl.DateTimeFormat(mailLanguage(language), { ...fields, timeZone }).format(start);
}
