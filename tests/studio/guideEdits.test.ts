/**
 * The Guides panel's edits: a step's duration (kept within the format), its captions file per
 * language, deleting a step (the last one takes the guide with it) and a guide; each keeps the tour
 * valid, changes nothing when there is nothing to change, and is one undo step.
 */
import { describe, expect, it } from 'vitest';
import { createDraftStore } from '../../src/studio/draft/draftStore';
import { deleteGuide, deleteStep, setStepCaptions, setStepDuration } from '../../src/studio/draft/guideEdits';
import type { Draft } from '../../src/studio/draft/types';
import { validateTour } from '../../src/tour/validate';
import { validTour } from '../tour/fixtures';

const withGuide = (): Draft => ({
  ...validTour(),
  guides: [
    {
      id: 'recorded',
      title: 'Recorded',
      steps: [
        { scene: 'hall', duration: 2.5, audio: 'recorded-01.webm' },
        { scene: 'east', view: { kind: 'panorama', yaw: 30, pitch: 0, fov: 70 }, card: 'pump', duration: 4 },
      ],
    },
  ],
});
const steps = (draft: Draft) => draft.guides?.[0]?.steps ?? [];
const valid = (draft: Draft) => expect(validateTour(draft).problems.filter((p) => p.severity === 'error')).toEqual([]);

describe('guide edits', () => {
  it('sets a step’s duration, to the millisecond, within (0, 600] seconds', () => {
    const draft = withGuide();
    expect(steps(setStepDuration(draft, 'recorded', 1, 6.12345))[1]!.duration).toBe(6.123);
    expect(steps(setStepDuration(draft, 'recorded', 1, 9000))[1]!.duration).toBe(600);
    for (const bad of [0, -1, Number.NaN]) expect(setStepDuration(draft, 'recorded', 1, bad)).toBe(draft);
    expect(setStepDuration(draft, 'recorded', 1, 4)).toBe(draft);
    expect(setStepDuration(draft, 'other', 0, 3)).toBe(draft);
    valid(setStepDuration(draft, 'recorded', 0, 9000));
  });

  it('names and removes a step’s captions file per language, leaving no empty map', () => {
    let draft = setStepCaptions(withGuide(), 'recorded', 0, 'sv', 'recorded-01-sv.vtt');
    draft = setStepCaptions(draft, 'recorded', 0, 'fi', 'recorded-01-fi.vtt');
    expect(steps(draft)[0]!.captions).toEqual({ sv: 'recorded-01-sv.vtt', fi: 'recorded-01-fi.vtt' });
    valid(draft);
    draft = setStepCaptions(setStepCaptions(draft, 'recorded', 0, 'sv', null), 'recorded', 0, 'fi', null);
    expect(steps(draft)[0]).not.toHaveProperty('captions');
  });

  it('deletes a step, the guide with its last step, and a guide, leaving no empty list', () => {
    const once = deleteStep(withGuide(), 'recorded', 0);
    expect(steps(once).map((s) => s.scene)).toEqual(['east']);
    valid(once);
    expect(deleteStep(once, 'recorded', 0)).not.toHaveProperty('guides');
    expect(deleteGuide(withGuide(), 'recorded')).not.toHaveProperty('guides');
    const draft = withGuide();
    expect(deleteStep(draft, 'recorded', 5)).toBe(draft);
    expect(deleteGuide(draft, 'nope')).toBe(draft);
  });

  it('is one undo step each, through the draft store', () => {
    const store = createDraftStore('test-tour', withGuide(), 'v1');
    store.getState().edit((d) => setStepDuration(d, 'recorded', 0, 3));
    store.getState().edit((d) => deleteStep(d, 'recorded', 1));
    expect(steps(store.getState().draft).map((s) => s.duration)).toEqual([3]);
    store.getState().undo();
    expect(steps(store.getState().draft).map((s) => s.duration)).toEqual([3, 4]);
    store.getState().undo();
    expect(store.getState().draft).toEqual(withGuide());
  });
});
