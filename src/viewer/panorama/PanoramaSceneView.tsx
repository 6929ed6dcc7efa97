/** A 360° equirectangular scene: the image on an inside-out sphere, hotspots at yaw/pitch. */
import { useEffect, useMemo, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { DoubleSide, type Texture } from 'three';
import type { PanoramaScene } from '../../tour/schema';
import { useActions } from '../../state/hooks';
import { directionFromYawPitch } from '../cameraMath';
import { HotspotMarker } from '../hotspots/HotspotMarker';
import { useReportReady } from '../useReportReady';
import { PanoramaControls } from './PanoramaControls';
import { loadPanorama } from './loadPanorama';
import { describeLoadError } from '../loadErrors';

const SPHERE_RADIUS = 500;
/** Hotspots float well inside the sphere so they never clip against it. */
const HOTSPOT_DISTANCE = 10;

export function PanoramaSceneView({ scene, imageUrl }: { scene: PanoramaScene; imageUrl: string }) {
  const { sceneProgress, sceneFailed, notify } = useActions();
  const maxTextureSize = useThree((s) => s.gl.capabilities.maxTextureSize);
  const [texture, setTexture] = useState<Texture | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    let loaded: Texture | null = null;
    loadPanorama(imageUrl, maxTextureSize, {
      signal: abort.signal,
      onProgress: (p) => sceneProgress(scene.id, p),
    }).then(
      (result) => {
        if (abort.signal.aborted) return result.texture.dispose();
        loaded = result.texture;
        setTexture(loaded);
        if (result.downscaled) {
          notify(`This panorama (${result.sourceWidth}×${result.sourceHeight}) was reduced to fit this device's graphics.`);
        }
        if (Math.abs(result.sourceWidth / result.sourceHeight - 2) > 0.02) {
          notify(`This image is ${result.sourceWidth}×${result.sourceHeight}, not 2:1; it will look stretched.`, 'warning');
        }
      },
      (error: unknown) => {
        if (!abort.signal.aborted) sceneFailed(scene.id, describeLoadError(error, imageUrl, 'image'));
      },
    );
    return () => {
      abort.abort();
      loaded?.dispose();
    };
  }, [imageUrl, maxTextureSize, scene.id, sceneProgress, sceneFailed, notify]);

  useReportReady(scene.id, texture !== null);

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
      {texture && (
        // Mirrored in x and turned so the image centre lies at -Z, seen unmirrored from inside.
        <mesh rotation-y={-Math.PI / 2} scale={[-1, 1, 1]} renderOrder={-1}>
          <sphereGeometry args={[SPHERE_RADIUS, 96, 48]} />
          <meshBasicMaterial map={texture} side={DoubleSide} depthWrite={false} toneMapped={false} />
        </mesh>
      )}
      {texture && anchors.map(({ hotspot, position }) => <HotspotMarker key={hotspot.id} hotspot={hotspot} position={position} />)}
    </>
  );
}
