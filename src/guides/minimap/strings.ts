/** The minimap's words in en, sv and fi; in its own chunk, so a tour without a map never downloads them. */
import { inLanguage } from '../../ui/inLanguage';

const en = {
  map: 'Map',
  hideMap: 'Hide map',
  mapTitle: 'Map of the tour',
  planTitle: 'Floor plan',
  youAreHere: 'You are here',
  goTo: 'Go to',
  level: 'Level',
  levels: 'Levels',
  close: 'Close map',
  notLoaded: 'The map could not be loaded.',
  loading: 'Loading the map…',
  otherTour: 'opens another tour',
  presenterHere: 'The presenter is here',
  onePerson: '1 person',
  people: '{n} people',
  inModel: 'In the 3D model',
};
export type MinimapStrings = { [K in keyof typeof en]: string };

const sv: MinimapStrings = {
  map: 'Karta',
  hideMap: 'Dölj kartan',
  mapTitle: 'Karta över visningen',
  planTitle: 'Planritning',
  youAreHere: 'Du är här',
  goTo: 'Gå till',
  level: 'Plan',
  levels: 'Våningsplan',
  close: 'Stäng kartan',
  notLoaded: 'Kartan kunde inte laddas.',
  loading: 'Laddar kartan…',
  otherTour: 'öppnar en annan visning',
  presenterHere: 'Presentatören är här',
  onePerson: '1 person',
  people: '{n} personer',
  inModel: 'I 3D-modellen',
};

const fi: MinimapStrings = {
  map: 'Kartta',
  hideMap: 'Piilota kartta',
  mapTitle: 'Kierroksen kartta',
  planTitle: 'Pohjapiirros',
  youAreHere: 'Olet tässä',
  goTo: 'Siirry kohteeseen',
  level: 'Kerros',
  levels: 'Kerrokset',
  close: 'Sulje kartta',
  notLoaded: 'Karttaa ei voitu ladata.',
  loading: 'Ladataan karttaa…',
  otherTour: 'avaa toisen kierroksen',
  presenterHere: 'Esittäjä on tässä',
  onePerson: '1 henkilö',
  people: '{n} henkilöä',
  inModel: '3D-mallissa',
};

export const minimapStrings = (language: string): MinimapStrings => inLanguage<MinimapStrings>({ en, sv, fi }, language);

/** "3 people", in the minimap's language. */
export const peopleText = (t: MinimapStrings, n: number): string => (n === 1 ? t.onePerson : t.people.replace('{n}', n.toLocaleString()));
