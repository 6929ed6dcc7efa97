/**
 * A plan or map image with "you are here" (a dot and a cone turned to the
 * heading) and one button per spot, placed in the image's own pixels so they
 * stay put at any size. Spots are buttons in the Tab order; Enter or a tap
 * goes there. An image that does not load leaves an error line in its
 * place; the spots stay, so the map still takes the visitor places.
 */
import { useState, type CSSProperties } from 'react';
import { useSourceFailure } from '../../ui/useSourceFailure';
import { peopleText, type MinimapStrings } from './strings';

export interface PictureSpot {
  key: string;
  label: string;
  x: number;
  y: number;
  current: boolean;
  /** On another level of the plan than the one shown. */
  elsewhere: boolean;
  /** Live tours, for speakers: people at this spot (shown when not null). */
  count: number | null;
  go: () => void;
}

/** A place on the picture and which way it looks (degrees clockwise from up; null: unknown). */
export interface PicturePlace {
  x: number;
  y: number;
  heading: number | null;
}

interface Props {
  src: string;
  alt: string;
  width: number;
  height: number;
  here: PicturePlace | null;
  /** Live tours, to a visitor looking around: where the presenter is. */
  presenter?: PicturePlace | null;
  spots: PictureSpot[];
  t: MinimapStrings;
}

const pct = (v: number, of: number) => `${(v / of) * 100}%`;

export function MapPicture({ src, alt, width, height, here, presenter = null, spots, t }: Props) {
  const [failed, setFailed] = useState<string | null>(null);
  // Not onError: React drops an error that comes before the element is committed (src/ui/useSourceFailure.ts).
  const imageRef = useSourceFailure(src, setFailed);
  return (
    <div className="minimap__picture" style={{ aspectRatio: `${width} / ${height}`, '--map-aspect': width / height } as CSSProperties}>
      {failed === src ? (
        <p className="minimap__error minimap__image" role="alert">
          {t.notLoaded}
        </p>
      ) : (
        <img ref={imageRef} className="minimap__image" src={src} alt={alt} width={width} height={height} draggable={false} />
      )}
      {spots.map((spot) => (
        <button
          key={spot.key}
          type="button"
          className="minimap__spot"
          data-spot={spot.key}
          data-elsewhere={spot.elsewhere || undefined}
          data-count={spot.count ?? undefined}
          aria-current={spot.current ? 'location' : undefined}
          style={{ left: pct(spot.x, width), top: pct(spot.y, height) }}
          onClick={spot.go}
        >
          <span className="minimap__spot-label">{`${t.goTo} ${spot.label}${spot.count !== null ? ` (${peopleText(t, spot.count)})` : ''}`}</span>
          {spot.count !== null && spot.count > 0 && (
            <span className="minimap__count" aria-hidden="true">
              {spot.count}
            </span>
          )}
        </button>
      ))}
      {presenter && (
        <div
          className="minimap__presenter"
          role="img"
          aria-label={t.presenterHere}
          data-presenter-heading={presenter.heading?.toFixed(1)}
          style={{ left: pct(presenter.x, width), top: pct(presenter.y, height) }}
        >
          <svg viewBox="-32 -32 64 64" width="64" height="64" aria-hidden="true">
            {presenter.heading !== null && <path className="minimap__presenter-cone" d="M0 0 L-12 -26 A29 29 0 0 1 12 -26 Z" transform={`rotate(${presenter.heading.toFixed(2)})`} />}
            <rect className="minimap__presenter-mark" x="-7" y="-7" width="14" height="14" transform="rotate(45)" />
          </svg>
        </div>
      )}
      {here && (
        <div className="minimap__here" role="img" aria-label={t.youAreHere} style={{ left: pct(here.x, width), top: pct(here.y, height) }}>
          <svg viewBox="-32 -32 64 64" width="64" height="64" aria-hidden="true">
            {here.heading !== null && (
              <path className="minimap__cone" data-heading={here.heading.toFixed(1)} d="M0 0 L-14 -28 A31 31 0 0 1 14 -28 Z" transform={`rotate(${here.heading.toFixed(2)})`} />
            )}
            <circle className="minimap__dot" r="7" />
          </svg>
        </div>
      )}
    </div>
  );
}
