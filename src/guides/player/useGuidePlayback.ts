/**
 * Plays a guide: applies each step's view state (unless the visitor detached
 * to look around), plays its narration, keeps the time within the step (the
 * narration's clock while it plays, else the frame clock) and moves on when
 * the step is over (a 25 ms timer; the time of a step starts when its scene is shown). Like the live tour's follow/detach: a camera move, scene
 * change or card by the visitor detaches; "Return to guide" re-applies the
 * step. Every listener, frame and sound it starts is stopped by its cleanup.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTour, useTourStore } from '../../state/hooks';
import { localize } from '../../tour/text';
import type { Guide } from '../../tour/guide';
import { resolveAsset } from '../../tour/assets';
import { locate, timeline } from './timeline';

/** How often the clock is read: a step ends at most this late. */
const TICK_MS = 25;

/** Visitor actions that take the view away from the guide. */
const DETACHING = new Set(['setView', 'goToScene', 'openCard', 'closeCard', 'focusHotspot', 'applyViewState']);

export interface Playback {
  /** Seconds into the current step (updated ten times a second). */
  offset: number;
  /** Seconds from the guide's start to the current point, and the guide's length. */
  elapsed: number;
  total: number;
  detached: boolean;
  audioFailed: boolean;
  finished: boolean;
  returnToGuide(): void;
  /** Skips to a step (and back to following the guide). */
  goToStep(step: number): void;
  /** Jumps to a point of the whole guide, seconds. */
  seek(seconds: number): void;
}

export function useGuidePlayback(guide: Guide, step: number, playing: boolean, setPlaying: (playing: boolean) => void): Playback {
  const store = useTourStore();
  const [offset, setOffset] = useState(0);
  const [detached, setDetached] = useState(false);
  const [audioFailed, setAudioFailed] = useState(false);
  const [audioLengths, setAudioLengths] = useState<(number | undefined)[]>([]);
  const [finished, setFinished] = useState(false);
  // `offset`: the narration's time while it plays (captions follow it); `wall`: the page's time in the step.
  // `carry`: when the last step ended by itself and by how much its tick overshot, so the next starts then.
  const clock = useRef<{ offset: number; seekTo: number; wall: number; carry: { at: number; over: number } | null }>({ offset: 0, seekTo: 0, wall: 0, carry: null });
  const audio = useRef<HTMLAudioElement | null>(null);
  const line = timeline(guide, audioLengths);
  const current = guide.steps[step]!;

  const apply = useCallback(() => {
    const s = guide.steps[step]!;
    store.getState().applyViewState({ scene: s.scene, ...(s.view ? { view: s.view } : {}), card: s.card ?? null }, 'app');
  }, [guide, step, store]);

  // A new step: its view (while following), its narration from the start (or from a seek).
  useEffect(() => {
    clock.current.offset = clock.current.seekTo;
    // Moving on by itself, the step's time began when the last one ended (ticks and renders do not add up over a guide).
    const carry = clock.current.carry;
    clock.current.wall = clock.current.seekTo + (carry ? carry.over + (performance.now() - carry.at) / 1000 : 0);
    clock.current.carry = null;
    clock.current.seekTo = 0;
    setOffset(clock.current.offset);
    setAudioFailed(false);
    setFinished(false);
    if (!detached) apply();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a detach or return must not restart the step
  }, [apply]);

  // The narration in the visitor's language (else the tour's default, else any).
  const narration = useTour((s) => localize(current.audio, s.language, s.tour?.defaultLanguage ?? 'en'));
  useEffect(() => {
    if (!narration) return;
    const element = new Audio(resolveAsset(narration, store.getState().load.url));
    element.preload = 'auto';
    element.currentTime = clock.current.offset;
    // A recording straight from MediaRecorder (WebM) has no duration in its header: Infinity, so the step's own duration counts.
    const onMeta = () => setAudioLengths((lengths) => Object.assign([...lengths], { [step]: Number.isFinite(element.duration) ? element.duration : undefined }));
    const onError = () => {
      setAudioFailed(true);
      store.getState().setNarrating(false, 'app');
    };
    // While the narration sounds, the ambient sound is lowered (src/media/duck.ts).
    const onPlaying = () => store.getState().setNarrating(true, 'app');
    const onQuiet = () => store.getState().setNarrating(false, 'app');
    element.addEventListener('loadedmetadata', onMeta);
    element.addEventListener('error', onError);
    element.addEventListener('playing', onPlaying);
    element.addEventListener('pause', onQuiet);
    element.addEventListener('ended', onQuiet);
    audio.current = element;
    return () => {
      element.pause();
      element.removeEventListener('loadedmetadata', onMeta);
      element.removeEventListener('error', onError);
      element.removeEventListener('playing', onPlaying);
      element.removeEventListener('pause', onQuiet);
      element.removeEventListener('ended', onQuiet);
      element.removeAttribute('src');
      audio.current = null;
      store.getState().setNarrating(false, 'app');
    };
  }, [narration, step, store]);

  // Play and pause the narration with the guide.
  useEffect(() => {
    const element = audio.current;
    if (!element || audioFailed) return;
    if (playing && clock.current.offset < (Number.isFinite(element.duration) ? element.duration : Infinity)) element.play().catch(() => setAudioFailed(true));
    else element.pause();
  }, [playing, audioFailed, step]);

  // The clock: the narration's time while it plays, else the page's clock, read every 25 ms (a timer, not
  // animation frames, which a busy 3D view can slow down); ten updates a second reach React.
  const length = line.lengths[step]!;
  // A step lasting its own duration keeps it by the page's clock (a narration that starts late must not
  // stretch a recorded step); a longer narration ends the step by its own clock, so none of it is cut.
  const narrationLonger = (audioLengths[step] ?? 0) > current.duration;
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      // A step's time starts once its scene is on screen (a slow download must not eat the step).
      if (store.getState().sceneStatus === 'loading') {
        last = now;
        return;
      }
      const element = audio.current;
      const narrating = element !== null && !element.paused && !element.ended && !audioFailed;
      clock.current.offset = narrating ? element.currentTime : clock.current.offset + (now - last) / 1000;
      clock.current.wall += (now - last) / 1000;
      last = now;
      const at = narrationLonger ? clock.current.offset : Math.max(clock.current.wall, clock.current.offset);
      if (at >= length) {
        if (step + 1 < guide.steps.length) {
          clock.current.carry = { at: now, over: at - length };
          store.getState().setGuide({ id: guide.id, step: step + 1 }, 'app');
        }
        else {
          clock.current.offset = length;
          setFinished(true);
          setPlaying(false);
        }
        setOffset(clock.current.offset);
        clearInterval(timer);
        return;
      }
      setOffset((shown) => (Math.floor(shown * 10) === Math.floor(clock.current.offset * 10) ? shown : clock.current.offset));
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [playing, length, narrationLonger, step, guide, store, audioFailed, setPlaying]);

  // The visitor's own moves detach the view from the guide.
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (state.lastChange !== prev.lastChange && state.lastChange.source === 'user' && DETACHING.has(state.lastChange.action)) setDetached(true);
      }),
    [store],
  );

  const returnToGuide = useCallback(() => {
    setDetached(false);
    apply();
  }, [apply]);

  const goToStep = useCallback(
    (to: number) => {
      setDetached(false);
      setFinished(false);
      store.getState().setGuide({ id: guide.id, step: Math.max(0, Math.min(guide.steps.length - 1, to)) }, 'app');
    },
    [guide, store],
  );

  const seek = useCallback(
    (seconds: number) => {
      const to = locate(line, seconds);
      setFinished(false);
      if (to.step === step) {
        clock.current.offset = to.offset;
        clock.current.wall = to.offset;
        if (audio.current) audio.current.currentTime = to.offset;
        setOffset(to.offset);
      } else {
        clock.current.seekTo = to.offset;
        store.getState().setGuide({ id: guide.id, step: to.step }, 'app');
      }
    },
    [line, step, store, guide.id],
  );

  return { offset, elapsed: line.starts[step]! + offset, total: line.total, detached, audioFailed, finished, returnToGuide, goToStep, seek };
}
