/**
 * Edits of a card's illustration and links, and of where a link hotspot leads (a scene of this
 * tour or of another one). Pure, like edits.ts: draft in, new draft out.
 */
import type { Text } from '../../tour/schema';
import type { Draft, DraftHotspot } from './types';
import { defaultLanguageOf, editHotspot, languagesOf } from './edits';
import { newText, setTextIn } from './texts';

type InfoHotspot = Extract<DraftHotspot, { type: 'info' }>;
type CardLink = NonNullable<InfoHotspot['links']>[number];

const editCard = (draft: Draft, hotspotId: string, change: (card: InfoHotspot, draft: Draft) => void) =>
  editHotspot(draft, hotspotId, (h, d) => {
    if (h.type === 'info') change(h, d);
  });

/** The card's illustration (a file beside the tour, or a URL); empty removes it and its description. */
export const setCardImage = (draft: Draft, hotspotId: string, image: string) =>
  editCard(draft, hotspotId, (card) => {
    if (image.trim() === '') {
      delete card.image;
      delete card.imageAlt;
    } else card.image = image.trim();
  });

/** Adds an empty link at the end of the card's links. */
export const addCardLink = (draft: Draft, hotspotId: string) =>
  editCard(draft, hotspotId, (card, d) => {
    card.links = [...(card.links ?? []), { label: newText('', defaultLanguageOf(d)), url: 'https://' }];
  });

/** Changes one link's label (in one language) or its address. */
export function setCardLink(draft: Draft, hotspotId: string, index: number, change: { language: string; label: string } | { url: string }): Draft {
  return editCard(draft, hotspotId, (card, d) => {
    const link = card.links?.[index];
    if (!link) return;
    if ('url' in change) link.url = change.url;
    else link.label = setTextIn(link.label as Text, change.language, change.label, languagesOf(d), defaultLanguageOf(d));
  });
}

/** Removes one link; a card without links loses the empty list too (the file stays as a person would write it). */
export const removeCardLink = (draft: Draft, hotspotId: string, index: number) =>
  editCard(draft, hotspotId, (card) => {
    const links: CardLink[] = (card.links ?? []).filter((_, i) => i !== index);
    if (links.length) card.links = links;
    else delete card.links;
  });

/** Where a link hotspot leads: `scene` of this tour (`tour` null or this tour's id) or of another tour. */
export const setLinkDestination = (draft: Draft, hotspotId: string, scene: string, tour: string | null) =>
  editHotspot(draft, hotspotId, (h, d) => {
    if (h.type !== 'link') return;
    h.target = scene;
    if (tour && tour !== d.id) h.tour = tour;
    else delete h.tour;
  });
