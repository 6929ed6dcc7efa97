/**
 * A 360° scene: the image (whole, or streamed as tiles when the scene has a
 * tile pyramid), hotspots at yaw/pitch, and the same look-around controls for both.
 */
import { useMemo, useState } from 'react';
import type { PanoramaScene } from '../../tour/schema';
import { directionFromYawPitch } from '../cameraMath';
import { HotspotMarker } from '../hotspots/HotspotMarker';
import { useReportReady } from '../useReportReady';
import { PanoramaControls } from './PanoramaControls';
import { EquirectPanorama } from './EquirectPanorama';
import { TiledPanorama } from './tiles/TiledPanorama';

/** Hotspots float well inside the panorama so they never clip against it. */
const HOTSPOT_DISTANCE = 10;

export function PanoramaSceneView({ scene, imageUrl, tilesUrl }: { scene: PanoramaScene; imageUrl: string; tilesUrl?: string | undefined }) {
  const [shown, setShown] = useState(false);
  useReportReady(scene.id, shown);

  const anchors = useMemo(
    () =>
      scene.hotspots.map((h) => {
        const d = directionFromYawPitch(h.yaw ?? 0, h.pitch ?? 0).multiplyScalar(HOTSPOT_DISTANCE);
        return { hotspot: h, position: [d.x, d.y, d.z] as [number, number, number] };
      }),
    [scene.hotspots],
  );

  return (
    <>
      <PanoramaControls />
      {tilesUrl ? (
        <TiledPanorama sceneId={scene.id} tilesUrl={tilesUrl} onShown={setShown} />
      ) : (
        <EquirectPanorama sceneId={scene.id} imageUrl={imageUrl} onShown={setShown} />
      )}
      {shown && anchors.map(({ hotspot, position }) => <HotspotMarker key={hotspot.id} hotspot={hotspot} position={position} />)}
    </>
  );
}
