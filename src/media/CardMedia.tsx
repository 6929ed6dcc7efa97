/**
 * A card's recording and video (a lazy chunk: only cards with media load it),
 * played by the browser's own controls: nothing starts by itself. A recording
 * comes with its transcript; a video with its captions, the visitor's language
 * first. A file that cannot be played leaves an error line in its place and
 * the rest of the card as it is.
 */
import { useEffect, useState } from 'react';
import { useTourStore } from '../state/hooks';
import type { InfoHotspot } from '../tour/schema';
import { localize } from '../tour/text';
import { safeUrl } from '../ui/safeUrl';
import { useSourceFailure } from '../ui/useSourceFailure';
import { mediaStrings } from './strings';
import './media.css';

interface Props {
  card: InfoHotspot;
  language: string;
  fallback: string;
  /** The tour file's URL: media paths are relative to it. */
  base: string;
}

export default function CardMedia({ card, language, fallback, base }: Props) {
  const t = mediaStrings(language);
  const store = useTourStore();
  // A recording or video that plays is narration: the ambient sound is lowered under it (and rises when the card closes).
  const speaking = {
    onPlaying: () => store.getState().setNarrating(true, 'user'),
    onPause: () => store.getState().setNarrating(false, 'user'),
    onEnded: () => store.getState().setNarrating(false, 'user'),
  };
  useEffect(() => () => store.getState().setNarrating(false, 'app'), [store]);
  const [failed, setFailed] = useState<{ audio?: string; video?: string }>({});
  const text = (value: Parameters<typeof localize>[0]) => localize(value, language, fallback);
  const audio = card.audio ? safeUrl(text(card.audio.src), base) : null;
  const video = card.video ? safeUrl(card.video.src, base) : null;
  const poster = card.video?.poster ? safeUrl(card.video.poster, base) : null;
  const tracks = Object.entries(card.video?.captions ?? {}).flatMap(([lang, url]) => {
    const src = safeUrl(url, base);
    return src ? [{ lang, src }] : [];
  });
  // Not onError: React drops an error that comes before the element is committed (src/ui/useSourceFailure.ts).
  const audioRef = useSourceFailure(audio, (src) => setFailed((f) => ({ ...f, audio: src })));
  const videoRef = useSourceFailure(video, (src) => setFailed((f) => ({ ...f, video: src })));
  const shown = tracks.find((track) => track.lang === language) ?? tracks.find((track) => track.lang === fallback) ?? tracks[0];
  return (
    <div className="card-media">
      {card.audio &&
        (audio && failed.audio !== audio ? (
          <audio ref={audioRef} className="card-media__audio" controls preload="metadata" src={audio} aria-label={text(card.title)} {...speaking} />
        ) : (
          <p className="card-media__error" data-media-error="audio">{t.audioFailed}</p>
        ))}
      {card.audio && (
        <details className="card-media__transcript">
          <summary>{t.transcript}</summary>
          <p>{text(card.audio.transcript)}</p>
        </details>
      )}
      {card.video &&
        (video && failed.video !== video ? (
          <video
            ref={videoRef}
            className="card-media__video"
            controls
            playsInline
            preload="metadata"
            src={video}
            {...(poster ? { poster } : {})}
            aria-label={text(card.video.title ?? card.title)}
            {...speaking}
          >
            {tracks.map((track) => (
              <track key={track.lang} kind="captions" srcLang={track.lang} label={track.lang} src={track.src} default={track === shown} />
            ))}
          </video>
        ) : (
          <p className="card-media__error" data-media-error="video">{t.videoFailed}</p>
        ))}
    </div>
  );
}
