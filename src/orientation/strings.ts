/** The words of "look around by moving your phone" in en, sv and fi, in its own chunk. */
import { inLanguage } from '../ui/inLanguage';

const en = {
  lookAround: 'Look around by moving your phone',
  refused: 'Motion sensors were not allowed; drag to look around.',
};
export type OrientationStrings = { [K in keyof typeof en]: string };

const sv: OrientationStrings = {
  lookAround: 'Se dig omkring genom att röra telefonen',
  refused: 'Rörelsesensorerna tilläts inte; dra för att se dig omkring.',
};

const fi: OrientationStrings = {
  lookAround: 'Katsele ympärillesi liikuttamalla puhelinta',
  refused: 'Liiketunnistimia ei sallittu; katsele ympärillesi vetämällä.',
};

export const orientationStrings = (language: string): OrientationStrings => inLanguage<OrientationStrings>({ en, sv, fi }, language);
