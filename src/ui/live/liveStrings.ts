/** The live-tour UI's words (kept beside strings.ts so the live chunk carries them). */
import { inLanguage } from '../inLanguage';
import { useTour } from '../../state/hooks';

const en = {
  startLiveTitle: 'Live guided tour',
  startLiveHelp: 'You present from this tab, as the first speaker. Everyone else opens the attendee link; each other speaker gets a private presenter link.',
  speakers: 'Speakers, one per line',
  create: 'Create session',
  creating: 'Creating…',
  createFailed: 'The live session could not be created',
  tokenLabel: 'Access token for live tours',
  tokenHelp: 'This server asks for an access token to start a live tour.',
  tokenWrong: 'That access token is not right.',
  tooManyFromHere: 'Too many live sessions were created from here just now. Try again in {seconds} seconds.',
  tooManySessions: 'The server has as many live sessions open as it allows. Try again later.',
  unavailable: 'Live sessions are unavailable just now. Try again in a moment.',
  attendeeLink: 'Attendee link',
  presenterLink: 'Presenter link for',
  sessionCode: 'Session code',
  sessionCodeHelp: 'Read it aloud: attendees can also type {address}',
  copyLink: 'Copy link',
  otherSpeakers: 'Other speakers: send each their own link, and keep it private',
  presentingHere: 'You are presenting in this tab as {name}.',
  copyOwnLink: 'Copy your own presenter link (for another device)',
  copy: 'Copy',
  live: 'Live',
  presenting: 'Presenting',
  nobodyPresenting: 'Waiting for a presenter',
  following: 'Following presenter',
  returnToPresenter: 'Return to presenter',
  youPresent: 'You are presenting',
  attendees: 'attendees',
  attendeeOne: 'attendee',
  lookingAround: 'looking around',
  takeControl: 'Take control',
  handOverTo: 'Hand over to',
  point: 'Point',
  pointHint: 'Click the view to show attendees where to look',
  hidePointer: 'Hide pointer',
  lookHere: 'Look here',
  connecting: 'Connecting to the live tour…',
  reconnecting: 'Connection lost — reconnecting…',
  ended: 'This live tour has ended or does not exist.',
  failed: 'This presenter link is not valid.',
  presenterAway: 'The presenter has disconnected — waiting for them to return',
  takeControlBack: 'Take control back',
  controlOffered: 'You were disconnected and another speaker took over.',
  peopleOne: '{n} person on this tour',
  peopleOther: '{n} people on this tour',
  endedTitle: 'This live tour has ended or does not exist',
  endedHelp: 'You can still look around the tour on your own.',
  openTour: 'Open the tour',
  allTours: 'All tours',
} as const;

type LiveStrings = Record<keyof typeof en, string>;

const sv: LiveStrings = {
  startLiveTitle: 'Guidad livevisning',
  startLiveHelp: 'Du presenterar från den här fliken, som första talare. Alla andra öppnar deltagarlänken; varje annan talare får en privat presentatörslänk.',
  speakers: 'Talare, en per rad',
  create: 'Skapa session',
  creating: 'Skapar…',
  createFailed: 'Livesessionen kunde inte skapas',
  tokenLabel: 'Åtkomsttoken för livevisningar',
  tokenHelp: 'Den här servern kräver en åtkomsttoken för att starta en livevisning.',
  tokenWrong: 'Åtkomsttoken stämmer inte.',
  tooManyFromHere: 'För många livesessioner har skapats härifrån nyss. Försök igen om {seconds} sekunder.',
  tooManySessions: 'Servern har så många livesessioner öppna som den tillåter. Försök igen senare.',
  unavailable: 'Livesessioner är inte tillgängliga just nu. Försök igen om en stund.',
  attendeeLink: 'Deltagarlänk',
  presenterLink: 'Presentatörslänk för',
  sessionCode: 'Sessionskod',
  sessionCodeHelp: 'Läs upp den: deltagarna kan också skriva {address}',
  copyLink: 'Kopiera länk',
  otherSpeakers: 'Övriga talare: skicka var och en sin egen länk och håll den privat',
  presentingHere: 'Du presenterar i den här fliken som {name}.',
  copyOwnLink: 'Kopiera din egen presentatörslänk (för en annan enhet)',
  copy: 'Kopiera',
  live: 'Live',
  presenting: 'Presenterar',
  nobodyPresenting: 'Väntar på en presentatör',
  following: 'Följer presentatören',
  returnToPresenter: 'Tillbaka till presentatören',
  youPresent: 'Du presenterar',
  attendees: 'deltagare',
  attendeeOne: 'deltagare',
  lookingAround: 'ser sig omkring',
  takeControl: 'Ta över',
  handOverTo: 'Lämna över till',
  point: 'Peka',
  pointHint: 'Klicka i vyn för att visa deltagarna var de ska titta',
  hidePointer: 'Dölj pekaren',
  lookHere: 'Titta här',
  connecting: 'Ansluter till livevisningen…',
  reconnecting: 'Anslutningen bröts — ansluter igen…',
  ended: 'Livevisningen har avslutats eller finns inte.',
  failed: 'Presentatörslänken är inte giltig.',
  presenterAway: 'Presentatören har kopplats från — väntar på att hen ska komma tillbaka',
  takeControlBack: 'Ta tillbaka kontrollen',
  controlOffered: 'Din anslutning bröts och en annan talare tog över.',
  peopleOne: '{n} person på visningen',
  peopleOther: '{n} personer på visningen',
  endedTitle: 'Livevisningen har avslutats eller finns inte',
  endedHelp: 'Du kan fortfarande se dig omkring i visningen på egen hand.',
  openTour: 'Öppna visningen',
  allTours: 'Alla visningar',
};

const fi: LiveStrings = {
  startLiveTitle: 'Opastettu live-kierros',
  startLiveHelp: 'Esität tästä välilehdestä ensimmäisenä puhujana. Kaikki muut avaavat osallistujalinkin; jokainen muu puhuja saa oman yksityisen esittäjälinkin.',
  speakers: 'Puhujat, yksi riville',
  create: 'Luo istunto',
  creating: 'Luodaan…',
  createFailed: 'Live-istuntoa ei voitu luoda',
  tokenLabel: 'Live-kierrosten pääsytunniste',
  tokenHelp: 'Tämä palvelin vaatii pääsytunnisteen live-kierroksen aloittamiseen.',
  tokenWrong: 'Pääsytunniste ei ole oikein.',
  tooManyFromHere: 'Täältä on juuri luotu liian monta live-istuntoa. Yritä uudelleen {seconds} sekunnin kuluttua.',
  tooManySessions: 'Palvelimella on auki niin monta live-istuntoa kuin se sallii. Yritä myöhemmin uudelleen.',
  unavailable: 'Live-istunnot eivät ole juuri nyt käytettävissä. Yritä hetken kuluttua uudelleen.',
  attendeeLink: 'Osallistujalinkki',
  presenterLink: 'Esittäjälinkki:',
  sessionCode: 'Istuntokoodi',
  sessionCodeHelp: 'Lue se ääneen: osallistujat voivat myös kirjoittaa {address}',
  copyLink: 'Kopioi linkki',
  otherSpeakers: 'Muut puhujat: lähetä kullekin oma linkkinsä ja pidä se yksityisenä',
  presentingHere: 'Esität tässä välilehdessä nimellä {name}.',
  copyOwnLink: 'Kopioi oma esittäjälinkkisi (toiselle laitteelle)',
  copy: 'Kopioi',
  live: 'Live',
  presenting: 'Esittää',
  nobodyPresenting: 'Odotetaan esittäjää',
  following: 'Seuraat esittäjää',
  returnToPresenter: 'Palaa esittäjän näkymään',
  youPresent: 'Sinä esität',
  attendees: 'osallistujaa',
  attendeeOne: 'osallistuja',
  lookingAround: 'katselee omin päin',
  takeControl: 'Ota ohjaus',
  handOverTo: 'Anna ohjaus:',
  point: 'Osoita',
  pointHint: 'Napsauta näkymää näyttääksesi, mihin katsoa',
  hidePointer: 'Piilota osoitin',
  lookHere: 'Katso tänne',
  connecting: 'Yhdistetään live-kierrokseen…',
  reconnecting: 'Yhteys katkesi — yhdistetään uudelleen…',
  ended: 'Live-kierros on päättynyt tai sitä ei ole.',
  failed: 'Esittäjälinkki ei kelpaa.',
  presenterAway: 'Esittäjän yhteys katkesi — odotetaan hänen paluutaan',
  takeControlBack: 'Ota ohjaus takaisin',
  controlOffered: 'Yhteytesi katkesi ja toinen puhuja otti ohjauksen.',
  peopleOne: '{n} henkilö tällä kierroksella',
  peopleOther: '{n} henkilöä tällä kierroksella',
  endedTitle: 'Live-kierros on päättynyt tai sitä ei ole',
  endedHelp: 'Voit yhä tutustua kierrokseen omin päin.',
  openTour: 'Avaa kierros',
  allTours: 'Kaikki kierrokset',
};

const all = { en, sv, fi };

export function useLiveStrings(): LiveStrings {
  const language = useTour((s) => s.language);
  return inLanguage(all, language);
}

/** Whether a count takes the singular, by the language's own rules ("1 person", "12 people"). */
export function usePluralOne(): (n: number) => boolean {
  const language = useTour((s) => s.language);
  return (n) => {
    try {
      return new Intl.PluralRules(language).select(n) === 'one';
    } catch {
      return n === 1;
    }
  };
}

/** "12 people on this tour". */
export function usePeopleOnTour(): (n: number) => string {
  const t = useLiveStrings();
  const one = usePluralOne();
  return (n) => (one(n) ? t.peopleOne : t.peopleOther).replace('{n}', String(n));
}
