/**
 * A live visit becomes guide steps (pure, milliseconds since Record was pressed). Every state the
 * presenter's store shows — what the live channel sends — is a change; a change starts a step,
 * except a camera move that continues one: same scene and card, within `SETTLE_MS` of the change
 * before it (a drag sends 20 views a second). Such a move keeps the step's start (the player
 * animates to the step's view, as attendees saw the camera travel) and takes its last view; and a
 * change within `SETTLE_MS` of a step's start replaces its state (that state was only on the way).
 * Decided as each change comes, so the narration can be cut at the same boundaries while recording.
 */
import type { LiveState } from '../../protocol/live';
import { MAX_STEP_SECONDS, type GuideStep } from '../../tour/guide';

/** Changes closer than this to the one before, in one scene with one card, are one camera move. */
export const SETTLE_MS = 400;

export interface RecordedStep {
  /** Milliseconds since recording started. */
  start: number;
  state: LiveState;
}

export interface Take {
  steps: RecordedStep[];
  /** When the last change came (ms): a move continues only from the change just before it. */
  lastChangeAt: number;
}

export const newTake = (state: LiveState): Take => ({ steps: [{ start: 0, state }], lastChangeAt: 0 });

const sameState = (a: LiveState, b: LiveState) => JSON.stringify(a) === JSON.stringify(b);

/** The take after a change at `at` ms, and whether the change began a step (the narration is cut there). */
export function addChange(take: Take, at: number, state: LiveState): { take: Take; newStep: boolean } {
  const current = take.steps[take.steps.length - 1]!;
  if (sameState(current.state, state)) return { take, newStep: false };
  const moving = state.scene === current.state.scene && state.card === current.state.card && at - take.lastChangeAt < SETTLE_MS;
  // A state held for less than that was on the way to this one (a hotspot's turn, then its card): one step.
  if (moving || at - current.start < SETTLE_MS) {
    const steps = [...take.steps.slice(0, -1), { start: current.start, state }];
    return { take: { steps, lastChangeAt: at }, newStep: false };
  }
  return { take: { steps: [...take.steps, { start: at, state }], lastChangeAt: at }, newStep: true };
}

/** Seconds with millisecond precision (the guide file stays short). */
const seconds = (ms: number) => Math.round(ms) / 1000;

/**
 * The guide's steps of a take that ended at `end` ms: each lasts until the next starts. A step
 * longer than the schema allows is split into equal parts of the same view (`parts` says how many
 * steps each recorded step became, so its narration goes to the first of them).
 */
export function guideSteps(take: Take, end: number): { steps: GuideStep[]; parts: number[] } {
  const steps: GuideStep[] = [];
  const parts: number[] = [];
  take.steps.forEach((step, i) => {
    const until = take.steps[i + 1]?.start ?? Math.max(end, step.start + 1);
    const length = Math.max(1, until - step.start);
    const count = Math.ceil(length / (MAX_STEP_SECONDS * 1000));
    parts.push(count);
    for (let k = 0; k < count; k++) {
      const from = Math.round((length * k) / count);
      const to = Math.round((length * (k + 1)) / count);
      const { scene, view, card } = step.state;
      steps.push({ scene, view, ...(card ? { card } : {}), duration: seconds(Math.max(1, to - from)) });
    }
  });
  return { steps, parts };
}
