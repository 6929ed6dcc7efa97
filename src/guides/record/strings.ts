/** The recorder's words in en, sv and fi (its own chunk). `{n}`, `{time}`, `{id}`, `{error}` are filled in. */
import { inLanguage } from '../../ui/inLanguage';

const en = {
  record: 'Record as a guide',
  starting: 'Asking for the microphone…',
  stop: 'Stop recording',
  recording: 'Recording: {n} steps.',
  narrated: 'Your microphone is recorded, one narration file per step.',
  denied: 'No narration: the microphone was not allowed.',
  unsupported: 'No narration: this browser cannot record sound.',
  notReady: 'The tour is not on screen yet; try again in a moment.',
  done: 'Recorded {n} steps ({time}).',
  saveToStudio: 'Save to studio',
  saving: 'Saving…',
  saved: 'Saved to the studio as the guide "{id}" of the draft. Add captions in the studio\'s Guides panel.',
  openStudio: 'Open in the studio',
  download: 'Download guide (zip)',
  discard: 'Discard recording',
  close: 'Close',
  failed: 'The guide could not be saved: {error}',
  title: 'Recorded live visit, {date}',
};
export type RecordStrings = { [K in keyof typeof en]: string };

const sv: RecordStrings = {
  record: 'Spela in som guide',
  starting: 'Frågar efter mikrofonen…',
  stop: 'Stoppa inspelningen',
  recording: 'Spelar in: {n} steg.',
  narrated: 'Din mikrofon spelas in, en berättarfil per steg.',
  denied: 'Ingen berättarröst: mikrofonen tilläts inte.',
  unsupported: 'Ingen berättarröst: den här webbläsaren kan inte spela in ljud.',
  notReady: 'Visningen syns inte ännu; försök igen om en stund.',
  done: '{n} steg inspelade ({time}).',
  saveToStudio: 'Spara i studion',
  saving: 'Sparar…',
  saved: 'Sparad i studion som guiden "{id}" i utkastet. Lägg till textning i studions panel Guider.',
  openStudio: 'Öppna i studion',
  download: 'Ladda ned guiden (zip)',
  discard: 'Släng inspelningen',
  close: 'Stäng',
  failed: 'Guiden kunde inte sparas: {error}',
  title: 'Inspelad livevisning, {date}',
};

const fi: RecordStrings = {
  record: 'Nauhoita opastukseksi',
  starting: 'Pyydetään mikrofonia…',
  stop: 'Lopeta nauhoitus',
  recording: 'Nauhoitetaan: {n} vaihetta.',
  narrated: 'Mikrofonisi nauhoitetaan, yksi selostustiedosto vaihetta kohden.',
  denied: 'Ei selostusta: mikrofonia ei sallittu.',
  unsupported: 'Ei selostusta: tämä selain ei voi nauhoittaa ääntä.',
  notReady: 'Kierros ei ole vielä näkyvissä; yritä hetken päästä uudelleen.',
  done: 'Nauhoitettu {n} vaihetta ({time}).',
  saveToStudio: 'Tallenna studioon',
  saving: 'Tallennetaan…',
  saved: 'Tallennettu studioon luonnoksen opastukseksi "{id}". Lisää tekstitys studion Opastukset-paneelissa.',
  openStudio: 'Avaa studiossa',
  download: 'Lataa opastus (zip)',
  discard: 'Hylkää nauhoitus',
  close: 'Sulje',
  failed: 'Opastusta ei voitu tallentaa: {error}',
  title: 'Nauhoitettu livekierros, {date}',
};

export const recordStrings = (language: string): RecordStrings => inLanguage<RecordStrings>({ en, sv, fi }, language);

/** A string with its `{name}` places filled. */
export const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (all, name: string) => String(values[name] ?? all));
