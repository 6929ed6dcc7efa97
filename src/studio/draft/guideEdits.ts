/**
 * Edits of a tour's guides (recorded in a live visit, or written by hand): a step's duration, its
 * captions file per language, deleting a step or a whole guide. Pure, like edits.ts: draft in, new
 * draft out, the old one kept whole for undo; an edit that changes nothing returns the same draft.
 */
import { MAX_STEP_SECONDS } from '../../tour/guide';
import type { Draft } from './types';

type DraftGuide = NonNullable<Draft['guides']>[number];
type DraftStep = DraftGuide['steps'][number];

function editStep(draft: Draft, guideId: string, index: number, change: (step: DraftStep) => void): Draft {
  const guide = draft.guides?.find((g) => g.id === guideId);
  if (!guide?.steps[index]) return draft;
  const next = structuredClone(draft);
  change(next.guides!.find((g) => g.id === guideId)!.steps[index]!);
  return JSON.stringify(next) === JSON.stringify(draft) ? draft : next;
}

/** How long the step stays, seconds (kept within what the tour format allows: above 0, at most 600). */
export const setStepDuration = (draft: Draft, guideId: string, index: number, seconds: number) =>
  Number.isFinite(seconds) && seconds > 0
    ? editStep(draft, guideId, index, (step) => {
        step.duration = Math.min(MAX_STEP_SECONDS, Math.round(seconds * 1000) / 1000);
      })
    : draft;

/** The step's captions in `language`: a WebVTT file beside the tour, or none (null). */
export const setStepCaptions = (draft: Draft, guideId: string, index: number, language: string, file: string | null) =>
  editStep(draft, guideId, index, (step) => {
    const captions = { ...step.captions };
    if (file === null) delete captions[language];
    else captions[language] = file;
    if (Object.keys(captions).length > 0) step.captions = captions;
    else delete step.captions;
  });

/** Removes the guide. */
export function deleteGuide(draft: Draft, guideId: string): Draft {
  if (!draft.guides?.some((g) => g.id === guideId)) return draft;
  const next = structuredClone(draft);
  next.guides = next.guides!.filter((g) => g.id !== guideId);
  if (next.guides.length === 0) delete next.guides;
  return next;
}

/** Removes one step; a guide left without steps is removed (a guide needs at least one). */
export function deleteStep(draft: Draft, guideId: string, index: number): Draft {
  const guide = draft.guides?.find((g) => g.id === guideId);
  if (!guide?.steps[index]) return draft;
  if (guide.steps.length === 1) return deleteGuide(draft, guideId);
  const next = structuredClone(draft);
  const copy = next.guides!.find((g) => g.id === guideId)!;
  copy.steps = copy.steps.filter((_, i) => i !== index);
  return next;
}
