/**
 * A plan or map image with "you are here" (a dot and a cone turned to the
 * heading) and one button per spot, placed in the image's own pixels so they
 * stay put at any size. Spots are buttons in the Tab order; Enter or a tap
 * goes there. An image that does not load leaves an error line in its
 * place; the spots stay, so the map still takes the visitor places.
 */
import { useState, type CSSProperties } from 'react';
import type { MinimapStrings } from './strings';

export interface PictureSpot {
  key: string;
  label: string;
  x: number;
  y: number;
  current: boolean;
  /** On another level of the plan than the one shown. */
  elsewhere: boolean;
  go: () => void;
}

interface Props {
  src: string;
  alt: string;
  width: number;
  height: number;
  here: { x: number; y: number; heading: number | null } | null;
  spots: PictureSpot[];
  t: MinimapStrings;
}

const pct = (v: number, of: number) => `${(v / of) * 100}%`;

export function MapPicture({ src, alt, width, height, here, spots, t }: Props) {
  const [failed, setFailed] = useState<string | null>(null);
  return (
    <div className="minimap__picture" style={{ aspectRatio: `${width} / ${height}`, '--map-aspect': width / height } as CSSProperties}>
      {failed === src ? (
        <p className="minimap__error minimap__image" role="alert">
          {t.notLoaded}
        </p>
      ) : (
        <img className="minimap__image" src={src} alt={alt} width={width} height={height} draggable={false} onError={() => setFailed(src)} />
      )}
      {spots.map((spot) => (
        <button
          key={spot.key}
          type="button"
          className="minimap__spot"
          data-spot={spot.key}
          data-elsewhere={spot.elsewhere || undefined}
          aria-current={spot.current ? 'location' : undefined}
          style={{ left: pct(spot.x, width), top: pct(spot.y, height) }}
          onClick={spot.go}
        >
          <span className="minimap__spot-label">{`${t.goTo} ${spot.label}`}</span>
        </button>
      ))}
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
