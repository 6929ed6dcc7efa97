/**
 * What a presenter is told when the live channel refuses what they send (src/live/refusals.ts): what happened
 * and what to do, in their language. One text per reason code the server sends in `rejected`
 * (tests/ui/live/refusalTexts.test.ts reads them from the server's code); a code this page does not know
 * gets the general text with the code in it.
 */
import { inLanguage } from '../inLanguage';

const en = {
  'not-in-control': 'Your guests are not following: another speaker has control. Press Take control to present.',
  'not-presenter': 'Your guests are not following: this page is not a presenter’s. Open your own presenter link to present.',
  'not-a-visit-tour': 'Your guests are not following: this tour is not part of the visit. Go back to the visit’s tour to present.',
  'rate-limited': 'Some of your moves did not reach your guests: too many were sent at once. Move a little slower; they follow your next move.',
  'too-large': 'One of your moves did not reach your guests: it was too large to send. Your next move is sent as usual.',
  invalid: 'One of your moves did not reach your guests: the server could not read it. If this keeps happening, reload the page.',
  'too-many-refused': 'Your guests are not following: the server closed your connection after too many refused messages. It reconnects by itself; if this keeps happening, reload the page.',
  'not-attendee': 'A message of yours did not reach the server: it is meant for attendees only. Nothing changed for your guests.',
  expired: 'This live tour has ended: your guests no longer see it.',
  other: 'Your guests may not be following: the server refused your last move ({reason}). If this keeps happening, reload the page.',
} as const;

type RefusalTexts = Record<keyof typeof en, string>;

const sv: RefusalTexts = {
  'not-in-control': 'Dina gäster följer inte med: en annan talare har kontrollen. Tryck på Ta över för att presentera.',
  'not-presenter': 'Dina gäster följer inte med: den här sidan är inte en presentatörs. Öppna din egen presentatörslänk för att presentera.',
  'not-a-visit-tour': 'Dina gäster följer inte med: den här visningen ingår inte i besöket. Gå tillbaka till besökets visning för att presentera.',
  'rate-limited': 'En del av dina rörelser nådde inte dina gäster: för många skickades på en gång. Rör dig lite långsammare; de följer din nästa rörelse.',
  'too-large': 'En av dina rörelser nådde inte dina gäster: den var för stor för att skickas. Din nästa rörelse skickas som vanligt.',
  invalid: 'En av dina rörelser nådde inte dina gäster: servern kunde inte läsa den. Ladda om sidan om det händer igen.',
  'too-many-refused': 'Dina gäster följer inte med: servern stängde din anslutning efter för många avvisade meddelanden. Den ansluter igen av sig själv; ladda om sidan om det händer igen.',
  'not-attendee': 'Ett av dina meddelanden nådde inte servern: det är bara till för deltagare. Inget ändrades för dina gäster.',
  expired: 'Livevisningen har avslutats: dina gäster ser den inte längre.',
  other: 'Dina gäster kanske inte följer med: servern avvisade din senaste rörelse ({reason}). Ladda om sidan om det händer igen.',
};

const fi: RefusalTexts = {
  'not-in-control': 'Vieraasi eivät seuraa sinua: toisella puhujalla on ohjaus. Paina Ota ohjaus esittääksesi.',
  'not-presenter': 'Vieraasi eivät seuraa sinua: tämä sivu ei ole esittäjän sivu. Avaa oma esittäjälinkkisi esittääksesi.',
  'not-a-visit-tour': 'Vieraasi eivät seuraa sinua: tämä kierros ei kuulu vierailuun. Palaa vierailun kierrokselle esittääksesi.',
  'rate-limited': 'Osa liikkeistäsi ei tavoittanut vieraitasi: niitä lähti liian monta kerralla. Liiku hieman hitaammin; vieraat seuraavat seuraavaa liikettäsi.',
  'too-large': 'Yksi liikkeistäsi ei tavoittanut vieraitasi: se oli liian suuri lähetettäväksi. Seuraava liikkeesi lähtee tavalliseen tapaan.',
  invalid: 'Yksi liikkeistäsi ei tavoittanut vieraitasi: palvelin ei pystynyt lukemaan sitä. Lataa sivu uudelleen, jos tämä toistuu.',
  'too-many-refused': 'Vieraasi eivät seuraa sinua: palvelin sulki yhteytesi liian monen hylätyn viestin jälkeen. Yhteys palaa itsestään; lataa sivu uudelleen, jos tämä toistuu.',
  'not-attendee': 'Yksi viesteistäsi ei tavoittanut palvelinta: se on tarkoitettu vain osallistujille. Vieraillesi mikään ei muuttunut.',
  expired: 'Live-kierros on päättynyt: vieraasi eivät enää näe sitä.',
  other: 'Vieraasi eivät ehkä seuraa sinua: palvelin hylkäsi viimeisimmän liikkeesi ({reason}). Lataa sivu uudelleen, jos tämä toistuu.',
};

const all = { en, sv, fi };

/** The text for a refusal's reason code in `language` (its base, else English). */
export function refusalText(reason: string, language: string): string {
  const texts: RefusalTexts = inLanguage(all, language);
  // Own keys only: a code such as "constructor" is not a text.
  return Object.hasOwn(texts, reason) && reason !== 'other' ? texts[reason as keyof RefusalTexts] : texts.other.replace('{reason}', reason);
}
