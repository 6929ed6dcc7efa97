/** The media player's words in en, sv and fi, in its own chunk. */
import { inLanguage } from '../ui/inLanguage';

const en = {
  transcript: 'Transcript',
  audioFailed: 'This recording could not be played.',
  videoFailed: 'This video could not be played.',
  soundOn: 'Sound on',
  soundOff: 'Sound off',
  ambientFailed: 'The sound of this scene could not be played.',
};
export type MediaStrings = { [K in keyof typeof en]: string };

const sv: MediaStrings = {
  transcript: 'Utskrift',
  audioFailed: 'Inspelningen kunde inte spelas upp.',
  videoFailed: 'Videon kunde inte spelas upp.',
  soundOn: 'Ljud på',
  soundOff: 'Ljud av',
  ambientFailed: 'Ljudet i den här scenen kunde inte spelas upp.',
};

const fi: MediaStrings = {
  transcript: 'Tekstiversio',
  audioFailed: 'Tallennetta ei voitu toistaa.',
  videoFailed: 'Videota ei voitu toistaa.',
  soundOn: 'Ääni päälle',
  soundOff: 'Ääni pois',
  ambientFailed: 'Tämän näkymän ääntä ei voitu toistaa.',
};

export const mediaStrings = (language: string): MediaStrings => inLanguage<MediaStrings>({ en, sv, fi }, language);
