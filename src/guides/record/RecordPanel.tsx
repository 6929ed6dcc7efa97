/**
 * The speaker's recorder: starts recording when it appears (after the microphone question), shows
 * the steps so far and whether narration is recorded, and on Stop offers the guide to the studio
 * (signed in, and the studio has the tour) or as a download — or to discard it. Closing the panel
 * while recording drops the recording and closes the microphone.
 */
import { useEffect, useRef, useState } from 'react';
import type { LiveSession } from '../../live/start';
import { useTour, useTourStore } from '../../state/hooks';
import { downloadGuide } from './downloadGuide';
import { recordedGuide, recordedId } from './recordedGuide';
import { startRecording, type Recorder, type Recording } from './recorder';
import { studioHas, saveToStudio } from './saveToStudio';
import { fill, recordStrings } from './strings';

type Phase =
  | { kind: 'starting' }
  | { kind: 'notReady' }
  | { kind: 'recording'; recorder: Recorder }
  | { kind: 'stopping' }
  | { kind: 'done'; recording: Recording; studio: boolean | null; error?: string }
  | { kind: 'saving'; recording: Recording }
  | { kind: 'saved'; id: string; tour: string };

const clock = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;

export default function RecordPanel({ session, onClose }: { session: LiveSession; onClose(): void }) {
  const store = useTourStore();
  const language = useTour((s) => s.language);
  const t = recordStrings(language);
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  const [steps, setSteps] = useState(0);
  const recorder = useRef<Recorder | null>(null);

  useEffect(() => {
    let gone = false;
    void startRecording(store, session.status, setSteps).then((started) => {
      if (gone) return started?.cancel();
      recorder.current = started;
      setPhase(started ? { kind: 'recording', recorder: started } : { kind: 'notReady' });
    });
    return () => {
      gone = true;
      recorder.current?.cancel();
      recorder.current = null;
    };
  }, [store, session.status]);

  const build = (recording: Recording) => (id: string) =>
    recordedGuide(recording.take, recording.end, recording.narration, id, fill(t.title, { date: recording.startedAt.toLocaleString(language) }));

  const stop = async (running: Recorder) => {
    recorder.current = null;
    setPhase({ kind: 'stopping' });
    const recording = await running.stop();
    setPhase({ kind: 'done', recording, studio: null });
    const studio = await studioHas(recording.tour);
    setPhase((p) => (p.kind === 'done' && p.recording === recording ? { ...p, studio } : p));
  };

  const save = async (recording: Recording) => {
    setPhase({ kind: 'saving', recording });
    const result = await saveToStudio(recording.tour, recordedId(recording.startedAt), build(recording));
    setPhase(result.ok ? { kind: 'saved', id: result.id, tour: recording.tour } : { kind: 'done', recording, studio: true, error: result.error });
  };

  const status = (() => {
    switch (phase.kind) {
      case 'starting':
        return t.starting;
      case 'notReady':
        return t.notReady;
      case 'recording':
        return `${fill(t.recording, { n: steps })} ${phase.recorder.microphone === 'on' ? t.narrated : t[phase.recorder.microphone]}`;
      case 'stopping':
      case 'saving':
        return t.saving;
      case 'done':
        return `${fill(t.done, { n: phase.recording.take.steps.length, time: clock(phase.recording.end) })}${phase.recording.microphone === 'on' ? '' : ` ${t[phase.recording.microphone]}`}`;
      case 'saved':
        return fill(t.saved, { id: phase.id });
    }
  })();

  return (
    <div className="live__record" data-guide-record={phase.kind} data-guide-record-steps={steps} data-guide-record-microphone={phase.kind === 'recording' ? phase.recorder.microphone : undefined}>
      <p role="status" aria-live="polite">
        {phase.kind === 'recording' && <span className="live__record-dot" aria-hidden="true" />}
        {status}
      </p>
      {phase.kind === 'done' && phase.error && <p role="alert">{fill(t.failed, { error: phase.error })}</p>}
      {phase.kind === 'recording' && (
        <button type="button" aria-pressed="true" data-guide-record-stop onClick={() => void stop(phase.recorder)}>
          {t.stop}
        </button>
      )}
      {phase.kind === 'done' && (
        <>
          {phase.studio && (
            <button type="button" data-guide-record-save onClick={() => void save(phase.recording)}>
              {t.saveToStudio}
            </button>
          )}
          <button type="button" data-guide-record-download onClick={() => void downloadGuide(build(phase.recording)(recordedId(phase.recording.startedAt)))}>
            {t.download}
          </button>
        </>
      )}
      {phase.kind === 'saved' && (
        <a href={`${import.meta.env.BASE_URL}studio/${encodeURIComponent(phase.tour)}`} target="_blank" rel="noopener">
          {t.openStudio}
        </a>
      )}
      {phase.kind !== 'recording' && phase.kind !== 'stopping' && phase.kind !== 'saving' && (
        <button type="button" data-guide-record-close onClick={onClose}>
          {phase.kind === 'saved' ? t.close : t.discard}
        </button>
      )}
    </div>
  );
}
