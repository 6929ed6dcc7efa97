/** The viewer's own words in the region's languages. Tour texts come from the tour file. */
const en = {
  viewer: '3D view. Drag or use the arrow keys to look around, + and − to zoom.',
  scenes: 'Scenes',
  language: 'Language',
  orbit: 'Orbit',
  walk: 'Walk',
  navigation: 'Navigation',
  loading: 'Loading',
  close: 'Close',
  sceneFailed: 'This scene could not be shown',
  file: 'File',
  otherScenes: 'The rest of the tour still works: choose another scene.',
  tourInvalid: 'This tour file has problems',
  tourUnavailable: 'The tour could not be loaded',
  dropHint: 'Drop a .glb, .gltf (with its files) or a 360° image to view it',
  dismiss: 'Dismiss',
  moreInfo: 'Links',
  walkHint: 'Click the floor to walk there. Drag to look around.',
  inThisScene: 'In this scene',
  share: 'Share',
  copyView: 'Copy link to this view',
  copyScene: 'Copy link to this scene',
  copyEmbed: 'Copy embed code',
  openFullTour: 'Open full tour',
  newTab: '(opens in a new tab)',
  qrCode: 'QR code',
  copied: 'Copied to the clipboard',
  viewIn3D: 'View in 3D',
  tours: 'Tours',
  allTours: 'All tours',
} as const;

export type StringKey = keyof typeof en;
type Strings = Record<StringKey, string>;

const sv: Strings = {
  viewer: '3D-vy. Dra eller använd piltangenterna för att se dig omkring, + och − för att zooma.',
  scenes: 'Scener',
  language: 'Språk',
  orbit: 'Kretsa',
  walk: 'Gå',
  navigation: 'Navigering',
  loading: 'Laddar',
  close: 'Stäng',
  sceneFailed: 'Den här scenen kunde inte visas',
  file: 'Fil',
  otherScenes: 'Resten av turen fungerar: välj en annan scen.',
  tourInvalid: 'Turfilen har problem',
  tourUnavailable: 'Turen kunde inte laddas',
  dropHint: 'Släpp en .glb, .gltf (med sina filer) eller en 360°-bild för att visa den',
  dismiss: 'Stäng',
  moreInfo: 'Länkar',
  walkHint: 'Klicka på golvet för att gå dit. Dra för att se dig omkring.',
  inThisScene: 'I den här scenen',
  share: 'Dela',
  copyView: 'Kopiera länk till den här vyn',
  copyScene: 'Kopiera länk till den här scenen',
  copyEmbed: 'Kopiera inbäddningskod',
  openFullTour: 'Öppna hela turen',
  newTab: '(öppnas i en ny flik)',
  qrCode: 'QR-kod',
  copied: 'Kopierat till urklipp',
  viewIn3D: 'Visa i 3D',
  tours: 'Visningar',
  allTours: 'Alla visningar',
};

const fi: Strings = {
  viewer: '3D-näkymä. Vedä tai käytä nuolinäppäimiä katsellaksesi ympärillesi, + ja − zoomaavat.',
  scenes: 'Näkymät',
  language: 'Kieli',
  orbit: 'Kierrä',
  walk: 'Kävele',
  navigation: 'Liikkuminen',
  loading: 'Ladataan',
  close: 'Sulje',
  sceneFailed: 'Tätä näkymää ei voitu näyttää',
  file: 'Tiedosto',
  otherScenes: 'Muu kierros toimii: valitse toinen näkymä.',
  tourInvalid: 'Kierrostiedostossa on ongelmia',
  tourUnavailable: 'Kierrosta ei voitu ladata',
  dropHint: 'Pudota .glb, .gltf (tiedostoineen) tai 360°-kuva nähdäksesi sen',
  dismiss: 'Sulje',
  moreInfo: 'Linkit',
  walkHint: 'Napsauta lattiaa kävelläksesi sinne. Vedä katsellaksesi ympärillesi.',
  inThisScene: 'Tässä näkymässä',
  share: 'Jaa',
  copyView: 'Kopioi linkki tähän näkymään',
  copyScene: 'Kopioi linkki tähän kohtaukseen',
  copyEmbed: 'Kopioi upotuskoodi',
  openFullTour: 'Avaa koko kierros',
  newTab: '(avautuu uuteen välilehteen)',
  qrCode: 'QR-koodi',
  copied: 'Kopioitu leikepöydälle',
  viewIn3D: 'Näytä 3D-mallissa',
  tours: 'Kierrokset',
  allTours: 'Kaikki kierrokset',
};

const all: Record<string, Strings> = { en, sv, fi };

/** Names of languages in themselves, for the switch. */
export const languageNames: Record<string, string> = { en: 'English', sv: 'Svenska', fi: 'Suomi' };

export function strings(language: string): Strings {
  return all[language] ?? all[language.split('-')[0] ?? ''] ?? en;
}
