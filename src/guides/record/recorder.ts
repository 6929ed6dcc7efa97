/**
 * Records a live visit on the speaker's own page: every scene, view and card the presenter's store
 * shows (the state the live channel sends, whoever is in control, as long as this speaker follows
 * or presents — not what they look at on their own), timed from the moment recording starts, and
 * the microphone cut at each new step. Nothing goes to the server until the speaker saves.
 */
import type { LiveState } from '../../protocol/live';
import type { TourStore } from '../../state/store';
import type { TourState } from '../../state/types';
import { isDriving, type LiveStatusStore } from '../../live/status';
import { narrateSteps, openMicrophone } from './narration';
import { addChange, newTake, type Take } from './recordSteps';
import type { Narration } from './recordedGuide';

export interface Recording {
  take: Take;
  /** When Stop was pressed, ms since the start. */
  end: number;
  narration: Narration | null;
  /** `on`: narrated; else why not (the speaker refused the microphone, or the browser records none of recordingType.ts's types). */
  microphone: 'on' | 'denied' | 'unsupported';
  startedAt: Date;
  /** The session's tour. */
  tour: string;
}

export interface Recorder {
  readonly microphone: Recording['microphone'];
  stop(): Promise<Recording>;
  /** Drops the recording: microphone closed, nothing kept. */
  cancel(): void;
}

const stateOf = (s: TourState): LiveState | null => (s.tour && s.sceneId && s.view ? { scene: s.sceneId, view: s.view, card: s.cardId } : null);

/** Starts recording (after asking for the microphone); null when the tour is not on screen yet. */
export async function startRecording(store: TourStore, status: LiveStatusStore, onSteps: (count: number) => void): Promise<Recorder | null> {
  const microphone = await openMicrophone();
  const first = stateOf(store.getState());
  const tour = store.getState().tour?.id;
  if (!first || !tour) {
    if (microphone.ok) for (const track of microphone.stream.getTracks()) track.stop();
    return null;
  }
  const startedAt = new Date();
  const t0 = performance.now();
  const narration = microphone.ok ? narrateSteps(microphone) : null;
  let take = newTake(first);
  onSteps(1);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.sceneId === prev.sceneId && s.view === prev.view && s.cardId === prev.cardId) return;
    const live = status.getState();
    // A speaker looking around on their own is not the visit.
    if (!isDriving(live) && !live.following) return;
    const state = stateOf(s);
    if (!state) return;
    const next = addChange(take, performance.now() - t0, state);
    take = next.take;
    if (next.newStep) {
      narration?.cut();
      onSteps(take.steps.length);
    }
  });
  return {
    microphone: microphone.ok ? 'on' : microphone.reason,
    async stop() {
      const end = performance.now() - t0;
      unsubscribe();
      return { take, end, narration: narration ? await narration.finish() : null, microphone: microphone.ok ? 'on' : microphone.reason, startedAt, tour };
    },
    cancel() {
      unsubscribe();
      void narration?.finish();
    },
  };
}
