/**
 * The pilot hall's narrated guide: about five minutes through every scene of
 * the tour, from the overview through the four panoramas back to the control
 * room. A panorama's card must be one it inherits from the hall (within
 * INHERIT_DISTANCE of its standpoint, src/tour/standpoints.ts). Each step's narration (en/sv/fi) is spoken by scripts/demo-narration.ts
 * into `narration/<guide>/<nn>.<lang>.ogg` with its WebVTT captions; this
 * module gives the manifest its steps and the narration script its words.
 * The cards' own texts are the narration, so the guide says what the cards say.
 */
import type { TourInput } from '../../src/tour/schema';
import { type V3 } from './vec';
import { POS } from './building';
import { HALL_CAMERA } from './thumbnail';
import { type T3, t3, TEXT, PANORAMAS, lookAt } from './processumTour';

/** One step as the narration script and the manifest see it. */
export interface NarratedStep {
  scene: string;
  view: { kind: 'model'; position: V3; target: V3; fov: number } | { kind: 'panorama'; yaw: number; pitch: number; fov: number };
  card?: string;
  title?: T3;
  /** What the narrator says; sentences become caption cues. */
  narration: T3;
}

export interface NarratedGuide {
  id: string;
  title: T3;
  description: T3;
  steps: NarratedStep[];
}

export const LANGUAGES = ['en', 'sv', 'fi'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where a step's narration and captions live, relative to the tour file. */
export const narrationFile = (guide: string, step: number, language: Language, ext: 'ogg' | 'vtt') => `narration/${guide}/${String(step + 1).padStart(2, '0')}.${language}.${ext}`;

/**
 * A step's length in the manifest, seconds: an estimate of the spoken length
 * (espeak-ng at 150 words a minute speaks about 14 characters a second, a
 * little slower in Finnish), so the guide's length is right before the audio
 * is loaded; the player then takes the real length of each step's audio.
 */
export const estimatedSeconds = (text: T3) => Math.ceil(Math.max(...LANGUAGES.map((l) => text[l].length)) / 13 + 1.5);

/** Markdown emphasis is for the eye. */
const spoken = (text: T3): T3 => t3(text.en.replace(/\*\*/g, ''), text.sv.replace(/\*\*/g, ''), text.fi.replace(/\*\*/g, ''));
const join = (...parts: T3[]): T3 => t3(parts.map((p) => p.en).join(' '), parts.map((p) => p.sv).join(' '), parts.map((p) => p.fi).join(' '));

const pano = (id: string) => PANORAMAS.find((p) => p.id === id)!;
/** A panorama step looking at a hall hotspot, its card open (the panorama inherits it as `<panorama>--<hotspot>`). */
function atPanorama(panorama: string, hotspot: string, towards: V3, text: { title: T3; body: T3 }, intro?: T3): NarratedStep {
  const { yaw, pitch } = lookAt(pano(panorama).standpoint, towards);
  return { scene: panorama, view: { kind: 'panorama', yaw, pitch: Math.max(-30, Math.min(30, pitch)), fov: 75 }, card: `${panorama}--${hotspot}`, title: text.title, narration: intro ? join(intro, spoken(text.body)) : spoken(text.body) };
}
const up = (p: V3, dy: number): V3 => [p[0], p[1] + dy, p[2]];

export const PROCESSUM_GUIDE: NarratedGuide = {
  id: 'pilot-hall',
  title: t3('The pilot hall in five minutes', 'Pilothallen på fem minuter', 'Pilottihalli viidessä minuutissa'),
  description: t3(
    'A narrated walk from the biomass hopper to the distillation column, through every view of the hall.',
    'En berättad promenad från biomassafickan till destillationskolonnen, genom alla vyer i hallen.',
    'Selostettu kierros biomassasiilolta tislauskolonnille hallin kaikkien näkymien kautta.',
  ),
  steps: [
    {
      scene: 'hall',
      view: { kind: 'model', position: HALL_CAMERA.position, target: HALL_CAMERA.target, fov: HALL_CAMERA.fov },
      narration: t3(
        'Welcome to a biorefinery pilot hall, modelled on RISE Processum in Örnsköldsvik. Here forest biomass is turned into fuels, chemicals and materials, at a scale between the laboratory and the factory. The process runs from the biomass hopper in the north-west corner through pretreatment and steam explosion to hydrolysis, fermentation and distillation.',
        'Välkommen till en pilothall för bioraffinaderi, med RISE Processum i Örnsköldsvik som förebild. Här blir skogsbiomassa bränslen, kemikalier och material, i en skala mellan laboratoriet och fabriken. Processen går från biomassafickan i nordvästra hörnet via förbehandling och ångexplosion till hydrolys, fermentering och destillation.',
        'Tervetuloa biojalostamon pilottihalliin, jonka esikuvana on RISE Processum Örnsköldsvikissä. Täällä metsäbiomassasta valmistetaan polttoaineita, kemikaaleja ja materiaaleja laboratorion ja tehtaan välisessä mittakaavassa. Prosessi etenee luoteiskulman biomassasiilosta esikäsittelyn ja höyryräjäytyksen kautta hydrolyysiin, fermentointiin ja tislaukseen.',
      ),
    },
    {
      scene: 'hall',
      view: { kind: 'model', position: [-4, 11, 7], target: [-16, 3, -7.5], fov: 50 },
      card: 'biomass-hopper',
      title: TEXT.hopper.title,
      narration: spoken(TEXT.hopper.body),
    },
    atPanorama('pretreatment', 'pretreatment-reactor', up(POS.reactor, 4), TEXT.reactor, t3('We stand on the walkway in front of the process line.', 'Vi står på gångvägen framför processlinjen.', 'Seisomme kulkureitillä prosessilinjan edessä.')),
    atPanorama('pretreatment', 'steam-explosion-unit', up(POS.steamExplosion, 3), TEXT.steamExplosion),
    atPanorama('platform', 'enzymatic-hydrolysis', up(POS.fermenters[0]!, 5), TEXT.hydrolysis, t3('Up on the platform, level with the tops of the tanks.', 'Uppe på plattformen, i höjd med tankarnas toppar.', 'Ylhäällä lavalla, säiliöiden yläosien tasalla.')),
    atPanorama('platform', 'fermentation-tanks', up(POS.fermenters[1]!, 5), TEXT.fermenters),
    atPanorama('tank-farm', 'storage-tanks', up(POS.storage[1]!, 5), TEXT.storage, t3('At the east end of the hall.', 'I hallens östra ände.', 'Hallin itäpäässä.')),
    atPanorama('tank-farm', 'process-pumps', up(POS.pumps[2]!, 1), TEXT.pumps),
    atPanorama('process-floor', 'decanter-centrifuge', up(POS.decanter, 1), TEXT.decanter, t3('Down in the south aisle.', 'Nere i den södra gången.', 'Alhaalla eteläisellä käytävällä.')),
    atPanorama('process-floor', 'distillation-column', up(POS.column, 6), TEXT.column),
    {
      scene: 'hall',
      view: { kind: 'model', position: [-2, 9, 22], target: [-15, 2, 8.5], fov: 50 },
      card: 'control-room',
      title: TEXT.controlRoom.title,
      narration: join(
        spoken(TEXT.controlRoom.body),
        t3(
          'This is the end of the guide. Look around on your own: every marker opens a card.',
          'Här slutar guiden. Se dig gärna omkring på egen hand: varje markering öppnar ett kort.',
          'Opastus päättyy tähän. Katsele ympärillesi omin päin: jokainen merkintä avaa kortin.',
        ),
      ),
    },
  ],
};

/** The guide as the manifest carries it: views, cards, lengths, and the narration's files. */
export function manifestGuide(guide: NarratedGuide): NonNullable<TourInput['guides']>[number] {
  return {
    id: guide.id,
    title: guide.title,
    description: guide.description,
    steps: guide.steps.map((step, i) => ({
      scene: step.scene,
      view: step.view,
      ...(step.card ? { card: step.card } : {}),
      ...(step.title ? { title: step.title } : {}),
      duration: estimatedSeconds(step.narration),
      audio: Object.fromEntries(LANGUAGES.map((l) => [l, narrationFile(guide.id, i, l, 'ogg')])),
      captions: Object.fromEntries(LANGUAGES.map((l) => [l, narrationFile(guide.id, i, l, 'vtt')])),
    })),
  };
}
