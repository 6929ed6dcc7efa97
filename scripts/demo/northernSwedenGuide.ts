/**
 * The Northern Sweden tour's narrated guide: one step per stop along the
 * coast, each with a card of the stop open and its text as narration (the
 * cited sources are for reading, not for speaking). It ends in Örnsköldsvik
 * at RISE Processum and continues (`next`) with the guide through the pilot
 * hall of the processum tour.
 */
import type { TourInput } from '../../src/tour/schema';
import { type Site } from './sites';
import { stops } from './northernSwedenTour';
import { t3, type T3 } from './processumTour';
import { type NarratedGuide, PROCESSUM_GUIDE } from './processumGuide';

/** A card's text without its "Sources: …" paragraph. */
const withoutSources = (body: T3): T3 => t3(body.en.split('\n\n')[0]!, body.sv.split('\n\n')[0]!, body.fi.split('\n\n')[0]!);
/** Without its last sentence (the RISE card's "follow the link", which the guide's own ending replaces). */
const withoutLastSentence = (text: string) => text.replace(/\s*[^.]+\.$/, '');

export function northernSwedenGuide(sites: Record<string, Site>): NarratedGuide {
  const all = stops(sites);
  return {
    id: 'coast',
    title: t3('Along the coast, narrated', 'Längs kusten, med berättarröst', 'Rannikkoa pitkin, selostettuna'),
    description: t3(
      'From Umeå to Örnsköldsvik in a few minutes, ending in the RISE Processum pilot hall.',
      'Från Umeå till Örnsköldsvik på några minuter, med slut i RISE Processums pilothall.',
      'Uumajasta Örnsköldsvikiin muutamassa minuutissa; matka päättyy RISE Processumin pilottihalliin.',
    ),
    steps: all.map((stop, i) => {
      const last = i === all.length - 1;
      const card = last ? stop.cards[stop.cards.length - 1]! : stop.cards[0]!;
      const body = withoutSources(card.body);
      const narration = last
        ? t3(
            `${stop.title.en}. ${withoutLastSentence(body.en)} The guide continues inside the pilot hall.`,
            `${stop.title.sv}. ${withoutLastSentence(body.sv)} Guiden fortsätter inne i pilothallen.`,
            `${stop.title.fi}. ${withoutLastSentence(body.fi)} Opastus jatkuu pilottihallin sisällä.`,
          )
        : t3(`${stop.title.en}. ${body.en}`, `${stop.title.sv}. ${body.sv}`, `${stop.title.fi}. ${body.fi}`);
      const { position, target, fov } = stop.site.camera;
      return { scene: stop.site.id, view: { kind: 'model' as const, position, target, fov }, card: card.id, title: stop.title, narration };
    }),
  };
}

/** Where the guide goes on when it ends: the pilot hall's guide, in the processum tour. */
export const NORTHERN_SWEDEN_NEXT: NonNullable<NonNullable<TourInput['guides']>[number]['next']> = { tour: 'processum', scene: 'hall', guide: PROCESSUM_GUIDE.id };
