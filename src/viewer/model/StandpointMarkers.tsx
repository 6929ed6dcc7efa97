/**
 * A marker at each standpoint of a panorama taken inside this model: choosing
 * it flies the camera there, looking where the panorama starts, and the scene
 * change cross-fades into the photo (SceneFade), lined up with the model.
 */
import { memo, useState, type RefObject } from 'react';
import { Html } from '@react-three/drei';
import type { Object3D } from 'three';
import { localize } from '../../tour/text';
import { standpointsIn, type StandpointPanorama } from '../../tour/standpoints';
import { useTour } from '../../state/hooks';
import { PRIORITY } from '../hotspots/markerEntry';
import { useMarkerSlot } from '../hotspots/useMarkerSlot';

interface Props {
  sceneId: string;
  occluders: RefObject<Object3D>[];
  onEnter: (panorama: StandpointPanorama) => void;
}

export function StandpointMarkers({ sceneId, occluders, onEnter }: Props) {
  // The tour object changes only when another tour loads: deriving in render is cheap and stable.
  const tour = useTour((s) => s.tour);
  return (
    <>
      {standpointsIn(tour, sceneId).map((panorama) => (
        <StandpointMarker key={panorama.id} panorama={panorama} occluders={occluders} onEnter={onEnter} />
      ))}
    </>
  );
}

const StandpointMarker = memo(function StandpointMarker({ panorama, occluders, onEnter }: { panorama: StandpointPanorama } & Omit<Props, 'sceneId'>) {
  const title = useTour((s) => localize(panorama.title, s.language, s.tour?.defaultLanguage ?? 'en'));
  const [hidden, setHidden] = useState(false);
  const slot = useMarkerSlot(`360:${panorama.id}`, panorama.standpoint.position, `360° ${title}`, PRIORITY.standpoint);
  const onOcclude = (occluded: boolean) => {
    setHidden(occluded);
    slot.onOcclude(occluded);
  };
  return (
    <Html position={panorama.standpoint.position} center zIndexRange={[20, 10]} occlude={occluders} onOcclude={onOcclude}>
      <button
        ref={slot.ref}
        type="button"
        className={`hotspot hotspot--standpoint${hidden ? ' hotspot--occluded' : ''}`}
        data-standpoint={panorama.id}
        aria-label={`360° ${title}`}
        onClick={() => onEnter(panorama)}
      >
        <span className="hotspot__icon" aria-hidden="true">
          360°
        </span>
        <span className="hotspot__label" aria-hidden="true">
          {title}
        </span>
      </button>
    </Html>
  );
});
