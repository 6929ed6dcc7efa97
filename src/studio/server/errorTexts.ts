/**
 * The server's refusals in the studio user's language: the server answers a `code` (with the
 * values its sentence names) beside its English `error`; a code not listed here shows that English.
 */
import { inLanguage } from '../../ui/inLanguage';
import { foundEn, foundFi, foundSv, uploadEn, uploadFi, uploadSv } from './uploadTexts';

type Texts = Record<string, string>;

const en: Texts = {
  'no-tour': 'There is no tour "{id}" (or no such version of it).',
  'built-in': '"{id}" is a built-in tour: save it as a copy to edit it.',
  stale: 'Someone else saved this tour since you opened it.',
  'has-errors': 'The tour has errors; fix them before publishing.',
  'id-taken': 'A tour with the id "{id}" already exists. Choose another id.',
  'no-source': 'There is no such tour to copy.',
  'bad-id': 'Tour ids are 1-64 characters of a-z, 0-9, "-" and "_", starting with a letter or digit.',
  'needs-version': 'The save did not say which version it was based on. Reload the tour.',
  'too-large': 'The tour is too large to save.',
  'not-json': 'The request was not understood (not JSON).',
  'needs-title': 'A new tour needs a title and at least one language.',
  'not-a-tour': 'What was sent is not a whole tour.',
  'id-fixed': 'The tour\'s id must stay "{id}"; save it as a copy to give it another id.',
  'foreign-origin': 'Pages on other sites may not use the studio.',
  'sign-in': 'Sign in to the studio first.',
  busy: 'The tour is being saved by someone else; try again in a moment.',
  'bad-address': 'The address is not valid.',
  'server-error': 'The studio could not do that because of an error on the server.',
  'file-too-large': 'The file is larger than the {limitMb} MB the studio takes.',
  'upload-broken': 'The upload broke off; nothing was added.',
  'too-many-attempts': 'Too many sign-in attempts. Try again in {seconds} s.',
  'wrong-token': 'That is not the studio token.',
  'disk-full': 'The server\'s disk is full ({errno}): the tour could not be written, and nothing was added.',
  'disk-write': 'The server\'s disk refused the write ({errno}): the tour could not be written, and nothing was added.',
  'tile-failed': 'The panorama "{name}" could not be cut into tiles ({detail}); no scene was added.',
  'optimize-failed': 'The model "{name}" could not be optimized ({detail}); no scene was added.',
  'job-disk-full': 'The server\'s disk is full ({errno}): "{name}" could not be processed, and no scene was added.',
  'no-job': 'The server has no record of this file\'s processing (it was never started there, or its record is gone); add the file again.',
  'wrong-method': 'The studio asked the server in a way it does not answer; reload the studio (it may be older than the server).',
  'unknown-path': 'The server has no such studio function; reload the studio (it may be older than the server).',
  ...uploadEn,
};

const sv: Texts = {
  'no-tour': 'Det finns ingen tur "{id}" (eller ingen sådan version av den).',
  'built-in': '"{id}" är en inbyggd tur: spara den som kopia för att redigera den.',
  stale: 'Någon annan har sparat turen sedan du öppnade den.',
  'has-errors': 'Turen har fel; rätta dem innan du publicerar.',
  'id-taken': 'Det finns redan en tur med id "{id}". Välj ett annat id.',
  'no-source': 'Det finns ingen sådan tur att kopiera.',
  'bad-id': 'Ett tur-id har 1–64 tecken av a–z, 0–9, "-" och "_" och börjar med en bokstav eller siffra.',
  'needs-version': 'Sparningen angav inte vilken version den byggde på. Ladda om turen.',
  'too-large': 'Turen är för stor för att sparas.',
  'not-json': 'Begäran kunde inte förstås (inte JSON).',
  'needs-title': 'En ny tur behöver en titel och minst ett språk.',
  'not-a-tour': 'Det som skickades är inte en hel tur.',
  'id-fixed': 'Turens id måste förbli "{id}"; spara den som kopia för att ge den ett annat id.',
  'foreign-origin': 'Sidor på andra webbplatser får inte använda studion.',
  'sign-in': 'Logga in i studion först.',
  busy: 'Turen sparas av någon annan just nu; försök igen om en stund.',
  'bad-address': 'Adressen är inte giltig.',
  'server-error': 'Studion kunde inte göra det på grund av ett fel på servern.',
  'file-too-large': 'Filen är större än de {limitMb} MB som studion tar emot.',
  'upload-broken': 'Uppladdningen avbröts; inget lades till.',
  'too-many-attempts': 'För många inloggningsförsök. Försök igen om {seconds} s.',
  'wrong-token': 'Det är inte studionyckeln.',
  'disk-full': 'Serverns disk är full ({errno}): turen kunde inte skrivas, och inget lades till.',
  'disk-write': 'Serverns disk vägrade skrivningen ({errno}): turen kunde inte skrivas, och inget lades till.',
  'tile-failed': 'Panoramat "{name}" kunde inte delas i rutor ({detail}); ingen scen lades till.',
  'optimize-failed': 'Modellen "{name}" kunde inte optimeras ({detail}); ingen scen lades till.',
  'job-disk-full': 'Serverns disk är full ({errno}): "{name}" kunde inte bearbetas, och ingen scen lades till.',
  'no-job': 'Servern har ingen uppgift om bearbetningen av filen (den startades aldrig där, eller uppgiften är borta); lägg till filen igen.',
  'wrong-method': 'Studion frågade servern på ett sätt som den inte svarar på; ladda om studion (den kan vara äldre än servern).',
  'unknown-path': 'Servern har ingen sådan studiofunktion; ladda om studion (den kan vara äldre än servern).',
  ...uploadSv,
};

const fi: Texts = {
  'no-tour': 'Kierrosta "{id}" ei ole (tai siitä ei ole tällaista versiota).',
  'built-in': '"{id}" on sisäänrakennettu kierros: tallenna se kopiona muokataksesi sitä.',
  stale: 'Joku muu on tallentanut kierroksen sen jälkeen, kun avasit sen.',
  'has-errors': 'Kierroksessa on virheitä; korjaa ne ennen julkaisua.',
  'id-taken': 'Kierros tunnuksella "{id}" on jo olemassa. Valitse toinen tunnus.',
  'no-source': 'Kopioitavaa kierrosta ei ole.',
  'bad-id': 'Kierroksen tunnus on 1–64 merkkiä a–z, 0–9, "-" ja "_", ja se alkaa kirjaimella tai numerolla.',
  'needs-version': 'Tallennus ei kertonut, mihin versioon se perustui. Lataa kierros uudelleen.',
  'too-large': 'Kierros on liian suuri tallennettavaksi.',
  'not-json': 'Pyyntöä ei ymmärretty (ei JSONia).',
  'needs-title': 'Uusi kierros tarvitsee otsikon ja vähintään yhden kielen.',
  'not-a-tour': 'Lähetetty ei ole kokonainen kierros.',
  'id-fixed': 'Kierroksen tunnuksen on pysyttävä "{id}"; tallenna se kopiona antaaksesi sille toisen tunnuksen.',
  'foreign-origin': 'Muiden sivustojen sivut eivät voi käyttää studiota.',
  'sign-in': 'Kirjaudu ensin studioon.',
  busy: 'Joku muu tallentaa kierrosta juuri nyt; yritä hetken kuluttua uudelleen.',
  'bad-address': 'Osoite ei kelpaa.',
  'server-error': 'Studio ei voinut tehdä sitä palvelimen virheen vuoksi.',
  'file-too-large': 'Tiedosto on suurempi kuin studion ottamat {limitMb} Mt.',
  'upload-broken': 'Lähetys katkesi; mitään ei lisätty.',
  'too-many-attempts': 'Liian monta kirjautumisyritystä. Yritä uudelleen {seconds} s kuluttua.',
  'wrong-token': 'Se ei ole studion avain.',
  'disk-full': 'Palvelimen levy on täynnä ({errno}): kierrosta ei voitu kirjoittaa, eikä mitään lisätty.',
  'disk-write': 'Palvelimen levy torjui kirjoituksen ({errno}): kierrosta ei voitu kirjoittaa, eikä mitään lisätty.',
  'tile-failed': 'Panoraamaa "{name}" ei voitu pilkkoa ruuduiksi ({detail}); näkymää ei lisätty.',
  'optimize-failed': 'Mallia "{name}" ei voitu optimoida ({detail}); näkymää ei lisätty.',
  'job-disk-full': 'Palvelimen levy on täynnä ({errno}): tiedostoa "{name}" ei voitu käsitellä, eikä näkymää lisätty.',
  'no-job': 'Palvelimella ei ole tietoa tiedoston käsittelystä (sitä ei koskaan aloitettu siellä, tai tieto on kadonnut); lisää tiedosto uudelleen.',
  'wrong-method': 'Studio kysyi palvelimelta tavalla, johon se ei vastaa; lataa studio uudelleen (se voi olla palvelinta vanhempi).',
  'unknown-path': 'Palvelimella ei ole tällaista studion toimintoa; lataa studio uudelleen (se voi olla palvelinta vanhempi).',
  ...uploadFi,
};

/** The refusal in `language`, with the values the server named filled in; null when the answer has no known code. */
export function errorText(body: Record<string, unknown>, language: string): string | null {
  const code = typeof body.code === 'string' ? body.code : null;
  const text = code ? inLanguage<Texts>({ en, sv, fi }, language)[code] : undefined;
  if (!text) return null;
  // What a file was found to be is a word of the sentence, not a value to show as sent.
  const found = inLanguage<Texts>({ en: foundEn, sv: foundSv, fi: foundFi }, language);
  return text.replace(/\{(\w+)\}/g, (_, key: string) => (key === 'found' ? (found[String(body.found)] ?? found.unknown!) : String(body[key] ?? '')));
}
