/**
 * The side panel's edits of a card (image, its description, links), of a link's destination (a
 * scene of another tour) and of a panorama's standpoint: each keeps the tour schema-valid, writes
 * what a person would write (nothing for an empty value) and is one undo step.
 */
import { describe, expect, it } from 'vitest';
import { createDraftStore } from '../../src/studio/draft/draftStore';
import { addCardLink, removeCardLink, setCardImage, setCardLink, setLinkDestination } from '../../src/studio/draft/cardEdits';
import { setStandpoint } from '../../src/studio/draft/standpointEdit';
import type { Draft } from '../../src/studio/draft/types';
import { validateTour } from '../../src/tour/validate';

const plant = (): Draft => ({
  id: 'plant',
  title: { en: 'Plant' },
  defaultLanguage: 'en',
  languages: ['en', 'sv'],
  scenes: [
    { id: 'hall', type: 'model', title: { en: 'Hall' }, model: 'hall.glb', hotspots: [{ id: 'pump', type: 'info', title: { en: 'Pump' }, body: { en: 'Pumps.' }, position: [1, 1, 1] }] },
    { id: 'yard', type: 'panorama', title: { en: 'Yard' }, image: 'yard.jpg', hotspots: [{ id: 'go', type: 'link', title: { en: 'Go' }, yaw: 0, pitch: 0, target: 'hall' }] },
  ],
});

const card = (draft: Draft) => draft.scenes[0]!.hotspots![0] as Extract<NonNullable<Draft['scenes'][number]['hotspots']>[number], { type: 'info' }>;
const link = (draft: Draft) => draft.scenes[1]!.hotspots![0] as Extract<NonNullable<Draft['scenes'][number]['hotspots']>[number], { type: 'link' }>;
const valid = (draft: Draft) => expect(validateTour(draft).ok, JSON.stringify(validateTour(draft))).toBe(true);

describe('card edits', () => {
  it('sets an image and its description; emptying the image removes both', () => {
    let draft = setCardImage(plant(), 'pump', ' pump.jpg ');
    expect(card(draft).image).toBe('pump.jpg');
    valid(draft);
    draft = setCardImage(draft, 'pump', '');
    expect(card(draft)).not.toHaveProperty('image');
    expect(card(draft)).not.toHaveProperty('imageAlt');
  });

  it('adds, words, readdresses and removes links, leaving no empty list behind', () => {
    let draft = addCardLink(plant(), 'pump');
    draft = setCardLink(draft, 'pump', 0, { language: 'en', label: 'Datasheet' });
    draft = setCardLink(draft, 'pump', 0, { language: 'sv', label: 'Datablad' });
    draft = setCardLink(draft, 'pump', 0, { url: 'https://example.org/pump.pdf' });
    expect(card(draft).links).toEqual([{ label: { en: 'Datasheet', sv: 'Datablad' }, url: 'https://example.org/pump.pdf' }]);
    valid(draft);
    draft = removeCardLink(draft, 'pump', 0);
    expect(card(draft)).not.toHaveProperty('links');
    // An address that is not a link is a problem the Problems list shows (the schema's), not a lost edit.
    expect(validateTour(setCardLink(addCardLink(plant(), 'pump'), 'pump', 0, { url: 'javascript:alert(1)' })).ok).toBe(false);
  });

  it('a link leads to a scene of another tour, and back to this one without a tour field', () => {
    let draft = setLinkDestination(plant(), 'go', 'quay', 'harbour');
    expect(link(draft)).toMatchObject({ target: 'quay', tour: 'harbour' });
    valid(draft);
    draft = setLinkDestination(draft, 'go', 'hall', null);
    expect(link(draft)).toEqual({ id: 'go', type: 'link', title: { en: 'Go' }, yaw: 0, pitch: 0, target: 'hall' });
    expect(setLinkDestination(draft, 'go', 'hall', 'plant').scenes[1]!.hotspots![0]).not.toHaveProperty('tour');
  });

  it('sets a standpoint in the first model, moves and turns it in the file\'s precision, and removes it', () => {
    let draft = setStandpoint(plant(), 'yard', {});
    expect(draft.scenes[1]).toMatchObject({ standpoint: { scene: 'hall', position: [0, 1.6, 0] } });
    draft = setStandpoint(draft, 'yard', { position: [2.345, 1.6, -3.3333] });
    draft = setStandpoint(draft, 'yard', { heading: 200.04 });
    expect(draft.scenes[1]).toMatchObject({ standpoint: { scene: 'hall', position: [2.35, 1.6, -3.33], heading: -160 } });
    valid(draft);
    expect(setStandpoint(draft, 'yard', null).scenes[1]).not.toHaveProperty('standpoint');
    // A model scene has no standpoint.
    expect(setStandpoint(draft, 'hall', { heading: 10 }).scenes[0]).not.toHaveProperty('standpoint');
  });

  it('a run of heading changes is one undo step', () => {
    const store = createDraftStore('plant', plant(), 'v1');
    store.getState().edit((d) => setStandpoint(d, 'yard', {}));
    for (const heading of [10, 20, 30]) store.getState().edit((d) => setStandpoint(d, 'yard', { heading }), undefined, 'yard:standpoint:heading');
    store.getState().undo();
    expect(store.getState().draft.scenes[1]).toMatchObject({ standpoint: { position: [0, 1.6, 0] } });
    expect((store.getState().draft.scenes[1] as { standpoint?: { heading?: number } }).standpoint?.heading).toBeUndefined();
  });
});
