/**
 * The speaker's microphone, cut into one recording per guide step: one MediaRecorder per step,
 * stopped and a new one started on the same stream at each boundary, so every file is whole
 * (its own header) and plays by itself. Opus in WebM, else Opus in Ogg, else MP4 (Safari): the
 * first the browser records (recordingType.ts). Everything it opens — the recorders and the
 * microphone — is closed by `finish`.
 */
import type { Narration } from './recordedGuide';
import { recordingType } from './recordingType';

/** Speech, mono: small files (a 30-minute guide's audio is about 7 MB). */
const BITS_PER_SECOND = 32_000;

export type Microphone = { ok: true; stream: MediaStream; type: string; extension: string } | { ok: false; reason: 'denied' | 'unsupported' };

export async function openMicrophone(): Promise<Microphone> {
  const found = typeof MediaRecorder === 'undefined' ? null : recordingType((type) => MediaRecorder.isTypeSupported(type));
  if (!found || !navigator.mediaDevices?.getUserMedia) return { ok: false, reason: 'unsupported' };
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true } });
    return { ok: true, stream, type: found.mimeType, extension: found.extension };
  } catch {
    // NotAllowedError (refused), NotFoundError (no microphone): the steps are recorded without narration.
    return { ok: false, reason: 'denied' };
  }
}

export interface StepNarration {
  /** Ends the current step's recording and starts the next one's. */
  cut(): void;
  /** Ends the last recording and closes the microphone: one clip per step (null where recording failed). */
  finish(): Promise<Narration>;
}

export function narrateSteps(microphone: Extract<Microphone, { ok: true }>): StepNarration {
  const clips: Promise<Blob | null>[] = [];
  let recorder: MediaRecorder | null = null;
  const begin = () => {
    const chunks: Blob[] = [];
    let next: MediaRecorder;
    try {
      next = new MediaRecorder(microphone.stream, { mimeType: microphone.type, audioBitsPerSecond: BITS_PER_SECOND });
    } catch {
      clips.push(Promise.resolve(null));
      recorder = null;
      return;
    }
    clips.push(
      new Promise((resolve) => {
        next.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data);
        next.onstop = () => resolve(chunks.length ? new Blob(chunks, { type: microphone.type.split(';')[0] }) : null);
        next.onerror = () => resolve(null);
      }),
    );
    next.start();
    recorder = next;
  };
  const end = () => {
    if (recorder && recorder.state !== 'inactive') recorder.stop();
    recorder = null;
  };
  begin();
  return {
    cut() {
      end();
      begin();
    },
    async finish() {
      end();
      const done = await Promise.all(clips);
      for (const track of microphone.stream.getTracks()) track.stop();
      return { clips: done, extension: microphone.extension };
    },
  };
}
