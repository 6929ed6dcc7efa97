/**
 * The ambient sound of the scene on screen (a lazy chunk: only tours with
 * ambient sound load it): looped, and off until the visitor presses "Sound on"
 * (no sound ever starts by itself, so no autoplay rule is broken and nothing
 * surprises someone who asked for less motion). The switch stays visible as
 * long as the tour has sound, so muting is always one press away. A sound that
 * cannot be played leaves an error line; the tour goes on. It is lowered while
 * something narrates (a guide step, a card's recording or video: `narrating`).
 */
import { useEffect, useRef, useState } from 'react';
import { ambientVolume, rampVolume } from './duck';
import { useTour, useTourStore } from '../state/hooks';
import { selectScene } from '../state/selectors';
import { resolveAsset } from '../tour/assets';
import { mediaStrings } from './strings';


const DEFAULT_VOLUME = 0.5;

export default function AmbientSound() {
  const store = useTourStore();
  const language = useTour((s) => s.language);
  const ambient = useTour((s) => selectScene(s)?.ambient);
  const narrating = useTour((s) => s.narrating);
  const [on, setOn] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const element = useRef<HTMLAudioElement | null>(null);
  const t = mediaStrings(language);
  const src = ambient ? resolveAsset(ambient.src, store.getState().load.url) : null;

  useEffect(() => {
    if (!on || !src) return;
    const audio = new Audio(src);
    audio.loop = true;
    audio.volume = ambientVolume(ambient?.volume ?? DEFAULT_VOLUME, store.getState().narrating);
    const fail = () => setFailed(src);
    audio.addEventListener('error', fail);
    audio.play().catch(fail);
    element.current = audio;
    return () => {
      audio.pause();
      audio.removeEventListener('error', fail);
      audio.removeAttribute('src');
      element.current = null;
    };
  }, [on, src, ambient?.volume, store]);

  // Down under narration, up after it.
  const target = ambientVolume(ambient?.volume ?? DEFAULT_VOLUME, narrating);
  useEffect(() => {
    const audio = element.current;
    return audio ? rampVolume(audio, target) : undefined;
  }, [target, on, src]);

  return (
    <div className="ambient" data-ambient={on && src ? 'on' : 'off'} data-ambient-ducked={narrating || undefined}>
      {on && src !== null && failed === src && <p className="ambient__error">{t.ambientFailed}</p>}
      <button type="button" className="ambient__toggle" aria-pressed={on} onClick={() => setOn(!on)}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M2 6h3l4-3v10L5 10H2z" fill="currentColor" />
          {on ? <path d="M11 5.5a3.5 3.5 0 0 1 0 5M12.5 3.5a6 6 0 0 1 0 9" stroke="currentColor" fill="none" strokeWidth="1.4" /> : <path d="M11 6l4 4M15 6l-4 4" stroke="currentColor" strokeWidth="1.4" />}
        </svg>
        {on ? t.soundOff : t.soundOn}
      </button>
    </div>
  );
}
