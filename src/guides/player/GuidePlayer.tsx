/**
 * The guide player bar: the step's title and captions in the visitor's
 * language, play/pause, previous/next step, a scrub bar over the whole guide,
 * "Return to guide" after looking around, and close. Every control is a
 * button or a slider: keyboard first.
 */
import { useTour, useTourStore } from '../../state/hooks';
import type { Guide } from '../../tour/guide';
import { localize } from '../../tour/text';
import { CueText } from './CueText';
import { clock, guideStrings } from './strings';
import { useCaptions, pickCaptions } from './useCaptions';
import { useGuidePlayback } from './useGuidePlayback';
import { cueAt } from './vtt';

/** The other tour's guide at its first step, paused until the visitor presses Play there. */
const nextGuideHref = (next: NonNullable<Guide['next']>, language: string) =>
  `${import.meta.env.BASE_URL}t/${encodeURIComponent(next.tour)}/${encodeURIComponent(next.scene)}?lang=${encodeURIComponent(language)}&guide=${encodeURIComponent(next.guide)}&step=1`;

interface Props {
  guide: Guide;
  step: number;
  playing: boolean;
  setPlaying: (playing: boolean) => void;
}

export function GuidePlayer({ guide, step, playing, setPlaying }: Props) {
  const store = useTourStore();
  const language = useTour((s) => s.language);
  const tour = useTour((s) => s.tour);
  const tourUrl = useTour((s) => s.load.url);
  const t = guideStrings(language);
  const fallback = tour?.defaultLanguage ?? 'en';
  const current = guide.steps[step]!;
  const playback = useGuidePlayback(guide, step, playing, setPlaying);
  const captions = useCaptions(pickCaptions(current, language, fallback), tourUrl);
  const cue = captions.status === 'ready' ? cueAt(captions.cues, playback.offset) : null;
  const scene = tour?.scenes.find((s) => s.id === current.scene);
  const sceneTitle = scene?.title;
  const title = localize(current.title ?? sceneTitle, language, fallback);
  const toggle = () => {
    // After the end, Play starts the guide again from its beginning.
    if (playback.finished) playback.seek(0);
    setPlaying(playback.finished || !playing);
  };
  const leave = () => {
    setPlaying(false);
    store.getState().setGuide(null, 'user');
  };
  return (
    <section className="guide-player" aria-label={localize(guide.title, language, fallback)} data-guide={guide.id} data-step={step} data-time={playback.offset.toFixed(2)} data-playing={playing || undefined}>
      <p className="guide-player__title">
        <span className="guide-player__count">{`${t.step} ${step + 1} ${t.of} ${guide.steps.length}`}</span> {title}
      </p>
      <p className="guide-player__caption" data-caption>
        {cue && <CueText nodes={cue.nodes} />}
      </p>
      {!scene && <p className="guide-player__error">{t.sceneMissing}</p>}
      {captions.status === 'error' && <p className="guide-player__error">{t.captionsFailed}</p>}
      {playback.audioFailed && <p className="guide-player__error">{t.audioFailed}</p>}
      {playback.finished && (
        <p className="guide-player__note" role="status">
          {t.finished}{' '}
          {guide.next && (
            <a className="guide-player__return" href={nextGuideHref(guide.next, language)}>
              {t.continueGuide}
            </a>
          )}
        </p>
      )}
      {playback.detached && (
        <p className="guide-player__note">
          {t.detached}{' '}
          <button type="button" className="guide-player__return" onClick={playback.returnToGuide}>
            {t.returnToGuide}
          </button>
        </p>
      )}
      <div className="guide-player__controls">
        <button type="button" onClick={() => playback.goToStep(step - 1)} disabled={step === 0}>
          {t.previous}
        </button>
        <button type="button" className="guide-player__play" aria-pressed={playing} onClick={toggle}>
          {playing ? t.pause : t.play}
        </button>
        <button type="button" onClick={() => playback.goToStep(step + 1)} disabled={step + 1 >= guide.steps.length}>
          {t.next}
        </button>
        <input
          type="range"
          className="guide-player__scrub"
          aria-label={t.position}
          aria-valuetext={`${clock(playback.elapsed)} ${t.of} ${clock(playback.total)}`}
          min={0}
          max={Math.ceil(playback.total)}
          step={1}
          value={Math.floor(playback.elapsed)}
          onChange={(event) => playback.seek(Number(event.currentTarget.value))}
        />
        <span className="guide-player__time" aria-hidden="true">{`${clock(playback.elapsed)} / ${clock(playback.total)}`}</span>
        <button type="button" onClick={leave}>
          {t.leave}
        </button>
      </div>
    </section>
  );
}
