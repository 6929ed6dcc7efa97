/**
 * A 360° scene: the image (whole, or streamed as tiles when the scene has a
 * tile pyramid), hotspots at yaw/pitch, and the same look-around controls for both.
 */
import { useCallback, useMemo, useState } from 'react';
import type { PanoramaScene } from '../../tour/schema';
import { useActions } from '../../state/hooks';
import { directionFromYawPitch } from '../cameraMath';
import { HotspotMarker } from '../hotspots/HotspotMarker';
import { MarkerLayer } from '../hotspots/MarkerLayer';
import { useReportReady } from '../useReportReady';
import { PanoramaControls } from './PanoramaControls';
import { EquirectPanorama } from './EquirectPanorama';
import { TiledPanorama } from './tiles/TiledPanorama';

/** Hotspots float well inside the panorama so they never clip against it. */
const HOTSPOT_DISTANCE = 10;

export function PanoramaSceneView({ scene, imageUrl, tilesUrl }: { scene: PanoramaScene; imageUrl: string; tilesUrl?: string | undefined }) {
  const { notify } = useActions();
  const [shown, setShown] = useState(false);
  const [tilesFailed, setTilesFailed] = useState(false);
  useReportReady(scene.id, shown);
  // A broken or missing pyramid still leaves a picture: the whole image, which the scene always names.
  const onTilesFailed = useCallback(
    (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      notify(`The tiles of this panorama could not be used (${reason}); showing the whole image instead.`, 'warning');
      setTilesFailed(true);
    },
    [notify],
  );

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
      {tilesUrl && !tilesFailed ? (
        <TiledPanorama sceneId={scene.id} tilesUrl={tilesUrl} onShown={setShown} onFailed={onTilesFailed} />
      ) : (
        <EquirectPanorama sceneId={scene.id} imageUrl={imageUrl} onShown={setShown} />
      )}
      {shown && <MarkerLayer restingLabels={false}>{anchors.map(({ hotspot, position }) => <HotspotMarker key={hotspot.id} hotspot={hotspot} position={position} />)}</MarkerLayer>}
    </>
  );
}
