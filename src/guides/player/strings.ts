/** The guide player's words in en, sv and fi, in its own chunk. */
import { inLanguage } from '../../ui/inLanguage';

const en = {
  playGuide: 'Play guide',
  guides: 'Guides',
  play: 'Play',
  pause: 'Pause',
  previous: 'Previous step',
  next: 'Next step',
  position: 'Position in the guide',
  of: 'of',
  step: 'Step',
  returnToGuide: 'Return to guide',
  detached: 'You are looking around; the guide goes on.',
  leave: 'Close the guide',
  captions: 'Captions',
  audioFailed: 'The narration of this step could not be played; the captions and the view go on.',
  captionsFailed: 'The captions of this step could not be read.',
  finished: 'The guide has ended.',
  continueGuide: 'Continue with the next guide',
  sceneMissing: 'The place of this step is not in the tour; the guide goes on.',
};
export type GuideStrings = { [K in keyof typeof en]: string };

const sv: GuideStrings = {
  playGuide: 'Spela upp guiden',
  guides: 'Guider',
  play: 'Spela',
  pause: 'Pausa',
  previous: 'Föregående steg',
  next: 'Nästa steg',
  position: 'Position i guiden',
  of: 'av',
  step: 'Steg',
  returnToGuide: 'Tillbaka till guiden',
  detached: 'Du ser dig omkring; guiden fortsätter.',
  leave: 'Stäng guiden',
  captions: 'Textning',
  audioFailed: 'Berättarrösten i det här steget kunde inte spelas upp; texten och vyn fortsätter.',
  captionsFailed: 'Textningen i det här steget kunde inte läsas.',
  finished: 'Guiden är slut.',
  continueGuide: 'Fortsätt med nästa guide',
  sceneMissing: 'Platsen för det här steget finns inte i visningen; guiden fortsätter.',
};

const fi: GuideStrings = {
  playGuide: 'Toista opastus',
  guides: 'Opastukset',
  play: 'Toista',
  pause: 'Tauko',
  previous: 'Edellinen vaihe',
  next: 'Seuraava vaihe',
  position: 'Kohta opastuksessa',
  of: '/',
  step: 'Vaihe',
  returnToGuide: 'Palaa opastukseen',
  detached: 'Katselet ympärillesi; opastus jatkuu.',
  leave: 'Sulje opastus',
  captions: 'Tekstitys',
  audioFailed: 'Tämän vaiheen selostusta ei voitu toistaa; tekstitys ja näkymä jatkuvat.',
  captionsFailed: 'Tämän vaiheen tekstitystä ei voitu lukea.',
  finished: 'Opastus on päättynyt.',
  continueGuide: 'Jatka seuraavaan opastukseen',
  sceneMissing: 'Tämän vaiheen paikkaa ei ole kierroksella; opastus jatkuu.',
};

export const guideStrings = (language: string): GuideStrings => inLanguage<GuideStrings>({ en, sv, fi }, language);

/** m:ss */
export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
