/** The studio's store: every edit is one undo step (a drag and a run of keystrokes too), undo crosses scenes, and every edit keeps the tour schema-valid. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDraftStore, isDirty } from '../../src/studio/draft/draftStore';
import { addHotspot, deleteScene, linksTo, moveHotspot, moveScene, nudgeHotspot, renameScene, setHotspotText, setLinkTarget, setStartView } from '../../src/studio/draft/edits';
import { problemsOf, showableTour } from '../../src/studio/draft/problems';
import type { Draft } from '../../src/studio/draft/types';
import { validateTour } from '../../src/tour/validate';

const processum = () => JSON.parse(readFileSync(new URL('../../public/tours/processum/tour.json', import.meta.url), 'utf8')) as Draft;
const northernSweden = () => JSON.parse(readFileSync(new URL('../../public/tours/northern-sweden/tour.json', import.meta.url), 'utf8')) as Draft;

const twoPanoramas = (): Draft => ({
  id: 'plant',
  title: { en: 'Plant' },
  languages: ['en', 'sv', 'fi'],
  scenes: [
    { id: 'yard', type: 'panorama', title: { en: 'Yard' }, image: 'yard.jpg' },
    { id: 'hall', type: 'panorama', title: { en: 'Hall' }, image: 'hall.jpg' },
  ],
});

describe('draft store', () => {
  it('undoes and redoes edits across scenes, going back to the scene of each edit', () => {
    const store = createDraftStore('plant', twoPanoramas(), 'v1');
    const { draft, id } = addHotspot(store.getState().draft, 'yard', 'info', { kind: 'panorama', yaw: 10, pitch: -5 }, 'Info point');
    store.getState().edit(() => draft, { hotspotId: id });
    store.getState().select({ sceneId: 'hall', hotspotId: null });
    const link = addHotspot(store.getState().draft, 'hall', 'link', { kind: 'panorama', yaw: 90, pitch: 0 }, 'Link');
    store.getState().edit(() => link.draft, { hotspotId: link.id });
    expect(store.getState().past).toHaveLength(2);

    store.getState().undo();
    expect(store.getState().draft.scenes[1]!.hotspots ?? []).toHaveLength(0);
    expect(store.getState().selection.sceneId).toBe('hall');
    store.getState().undo();
    expect(store.getState().draft.scenes[0]!.hotspots ?? []).toHaveLength(0);
    expect(store.getState().selection.sceneId).toBe('yard');
    expect(isDirty(store.getState())).toBe(false);

    store.getState().redo();
    store.getState().redo();
    expect(store.getState().draft).toEqual(link.draft);
    expect(store.getState().future).toHaveLength(0);
  });

  it('makes one undo step of a drag and of keystrokes in one field', () => {
    const store = createDraftStore('plant', twoPanoramas(), 'v1');
    const added = addHotspot(store.getState().draft, 'yard', 'info', { kind: 'panorama', yaw: 0, pitch: 0 }, 'Info point');
    store.getState().edit(() => added.draft, { hotspotId: added.id });
    store.getState().beginGesture();
    for (let yaw = 1; yaw <= 20; yaw++) store.getState().edit((d) => moveHotspot(d, added.id, { kind: 'panorama', yaw, pitch: 2 }));
    store.getState().endGesture();
    for (const text of ['T', 'Ta', 'Tan', 'Tank']) store.getState().edit((d) => setHotspotText(d, added.id, 'title', 'sv', text), undefined, `${added.id}:title:sv`);
    expect(store.getState().past).toHaveLength(3);
    store.getState().undo();
    expect(store.getState().draft.scenes[0]!.hotspots![0]!.title).toEqual({ en: 'Info point' });
    store.getState().undo();
    expect(store.getState().draft.scenes[0]!.hotspots![0]).toMatchObject({ yaw: 0, pitch: 0 });
  });

  it('a new edit after undo drops the redo steps; an edit that changes nothing is no step', () => {
    const store = createDraftStore('plant', twoPanoramas(), 'v1');
    store.getState().edit((d) => renameScene(d, 'yard', 'sv', 'Gård'));
    store.getState().undo();
    store.getState().edit((d) => renameScene(d, 'hall', 'fi', 'Halli'));
    expect(store.getState().future).toHaveLength(0);
    store.getState().edit((d) => d);
    expect(store.getState().past).toHaveLength(1);
  });
});

describe('edits keep the tour valid', () => {
  it('a tour made of edits passes the same validation as npm run validate', () => {
    let draft = twoPanoramas();
    const info = addHotspot(draft, 'yard', 'info', { kind: 'panorama', yaw: 12.3, pitch: -4 }, 'Info point');
    draft = info.draft;
    for (const [lang, text] of [['en', 'Boiler'], ['sv', 'Panna'], ['fi', 'Kattila']] as const) {
      draft = setHotspotText(draft, info.id, 'title', lang, text);
      draft = setHotspotText(draft, info.id, 'body', lang, `**${text}** text`);
    }
    const link = addHotspot(draft, 'yard', 'link', { kind: 'panorama', yaw: -170, pitch: 0 }, 'To the hall', 'hall');
    draft = link.draft;
    const back = addHotspot(draft, 'hall', 'link', { kind: 'panorama', yaw: 0, pitch: 0 }, 'Back', 'yard');
    draft = nudgeHotspot(back.draft, back.id, -185, 3);
    draft = setStartView(draft, 'yard', { kind: 'panorama', yaw: 33.333, pitch: 5.55, fov: 70.04 });
    const result = validateTour(draft);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(draft.scenes[0]).toMatchObject({ view: { yaw: 33.3, pitch: 5.6, fov: 70 } });
    expect(draft.scenes[1]!.hotspots![0]).toMatchObject({ yaw: 175, pitch: 3 });
    expect(showableTour(draft)?.scenes[0]?.hotspots).toHaveLength(2);
  });

  it('every edit on the demo tour keeps it valid, and untouched parts stay the same objects’ values', () => {
    const original = processum();
    let draft = original;
    const hall = draft.scenes[0]!.id;
    const added = addHotspot(draft, hall, 'info', { kind: 'model', position: [1.234, 2, 3] }, 'New');
    draft = nudgeHotspot(added.draft, added.id, 0.1, 0, -0.1);
    draft = setLinkTarget(draft, draft.scenes[1]!.hotspots!.find((h) => h.type === 'link')!.id, hall);
    draft = moveScene(draft, draft.scenes[4]!.id, -2);
    draft = setStartView(draft, hall, { kind: 'model', position: [1.111, 2.222, 3.333], target: [0, 0, 0], fov: 50 });
    expect(validateTour(draft).ok).toBe(true);
    expect(original).toEqual(processum());
    expect(draft.scenes[0]!.hotspots!.at(-1)).toMatchObject({ position: [1.33, 2, 2.9] });
  });

  it('deleting a scene lists, then removes, the links to it and the guide steps at it', () => {
    const draft = processum();
    const target = draft.scenes[2]!.id;
    const links = linksTo(draft, target);
    expect(links.length).toBeGreaterThan(0);
    const stepsAt = (d: typeof draft) => (d.guides ?? []).flatMap((g) => g.steps).filter((step) => step.scene === target);
    expect(stepsAt(draft).length).toBeGreaterThan(0);
    const after = deleteScene(draft, target);
    expect(linksTo(after, target)).toEqual([]);
    expect(stepsAt(after)).toEqual([]);
    expect(after.guides?.[0]?.steps.length).toBe(draft.guides![0]!.steps.length - stepsAt(draft).length);
    expect(problemsOf(after).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('deleting a scene of a multi-site tour removes its spot on the map, and the tour stays publishable', () => {
    const draft = northernSweden();
    const target = draft.map!.places.find((p) => p.tour === undefined)!.scene;
    const after = deleteScene(draft, target);
    expect(after.map!.places.map((p) => p.scene)).not.toContain(target);
    expect(after.map!.places).toHaveLength(draft.map!.places.length - 1);
    expect(problemsOf(after).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('deleting a model scene takes it out of its floor plan group (a group left empty goes), and the tour stays publishable', () => {
    const draft = processum();
    draft.scenes.push({ id: 'annex', type: 'model', title: 'Annex', model: '../../models/pilot-hall.glb' });
    draft.scenes[0]!.hotspots!.push({ id: 'to-annex', type: 'link', title: 'Annex', target: 'annex', position: [0, 1, 0] });
    draft.plans = [{ plan: '../../plans/pilot-hall/plan.json', scenes: ['annex'] }];
    expect(problemsOf(draft).filter((p) => p.severity === 'error')).toEqual([]);
    // A wrong group is an error the studio shows (the same check as npm run validate).
    expect(problemsOf({ ...draft, plans: [{ plan: '../../plans/pilot-hall/plan.json', scenes: ['annex', 'pretreatment'] }] }).map((p) => p.path)).toContain('plans[0].scenes[1]');
    const after = deleteScene(draft, 'annex');
    expect(after.plans).toBeUndefined();
    expect(problemsOf(after).filter((p) => p.severity === 'error')).toEqual([]);
  });
});
