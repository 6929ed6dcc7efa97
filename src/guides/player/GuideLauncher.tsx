/**
 * The guides of a tour (a lazy chunk: only tours with guides load it): a
 * "Play guide" button per guide, and the player while one is on. Playing
 * starts on the visitor's press, so its narration may sound; a link that
 * resumes a guide (`guide=<id>&step=N`) shows its step, paused, until Play.
 */
import './guide.css';
import { useEffect, useState } from 'react';
import { onPlayRequest } from '../playRequests';
import { useTour, useTourStore } from '../../state/hooks';
import { localize } from '../../tour/text';
import { GuidePlayer } from './GuidePlayer';
import { guideStrings } from './strings';

export default function GuideLauncher() {
  const store = useTourStore();
  const tour = useTour((s) => s.tour);
  const position = useTour((s) => s.guide);
  const language = useTour((s) => s.language);
  const [playing, setPlaying] = useState(false);
  const t = guideStrings(language);
  // Leaving a guide, by any means, stops playing. Declared before the request listener: on mounting, both
  // effects run with the mount's `position` (null), and a request that came before the mount must win.
  useEffect(() => {
    if (!position) setPlaying(false);
  }, [position]);
  // Attract mode asks for a guide to play (src/kiosk/), possibly before this launcher was loaded.
  useEffect(
    () =>
      onPlayRequest((id) => {
        if (store.getState().setGuide({ id, step: 0 }, 'app')) setPlaying(true);
      }),
    [store],
  );
  const guides = tour?.guides ?? [];
  const guide = position ? guides.find((g) => g.id === position.id) : undefined;
  if (guide && position) return <GuidePlayer key={guide.id} guide={guide} step={position.step} playing={playing} setPlaying={setPlaying} />;
  const fallback = tour?.defaultLanguage ?? 'en';
  const play = (id: string) => {
    if (store.getState().setGuide({ id, step: 0 }, 'user')) setPlaying(true);
  };
  return (
    <div className="guide-launcher" role="group" aria-label={t.guides}>
      {guides.map((g) => (
        <button key={g.id} type="button" className="guide-launcher__play" data-play-guide={g.id} onClick={() => play(g.id)}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M4 2.5v11l9-5.5z" fill="currentColor" />
          </svg>
          {guides.length === 1 ? t.playGuide : `${t.playGuide}: ${localize(g.title, language, fallback)}`}
        </button>
      ))}
    </div>
  );
}
