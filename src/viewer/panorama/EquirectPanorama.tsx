/** The plain path: a whole equirectangular image on an inside-out sphere, downscaled to fit the GPU. */
import { useEffect, useMemo, useState } from 'react';
import { useThree } from '@react-three/fiber';
import type { Texture } from 'three';
import { useActions } from '../../state/hooks';
import { loadPanorama } from './loadPanorama';
import { describeLoadError } from '../loadErrors';
import { panoramaMaterial } from './panoramaMaterial';

const SPHERE_RADIUS = 500;

/** Calls `onShown(true)` once the image is on the sphere (the scene reports ready after it is drawn). */
export function EquirectPanorama({ sceneId, imageUrl, onShown }: { sceneId: string; imageUrl: string; onShown: (shown: boolean) => void }) {
  const { reportProgress, reportFailed, notify } = useActions();
  const maxTextureSize = useThree((s) => s.gl.capabilities.maxTextureSize);
  const context = useThree((s) => s.gl.getContext());
  const [texture, setTexture] = useState<Texture | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    let loaded: Texture | null = null;
    loadPanorama(imageUrl, maxTextureSize, {
      signal: abort.signal,
      onProgress: (p) => reportProgress(sceneId, p),
    }, context).then(
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
        if (!abort.signal.aborted) reportFailed(sceneId, describeLoadError(error, imageUrl, 'image'));
      },
    );
    return () => {
      abort.abort();
      loaded?.dispose();
    };
  }, [imageUrl, maxTextureSize, context, sceneId, reportProgress, reportFailed, notify]);

  useEffect(() => onShown(texture !== null), [texture, onShown]);
  const material = useMemo(() => (texture ? panoramaMaterial(texture) : null), [texture]);
  useEffect(() => () => material?.dispose(), [material]);

  if (!material) return null;
  return (
    // Mirrored in x and turned so the image centre lies at -Z, seen unmirrored from inside.
    <mesh rotation-y={-Math.PI / 2} scale={[-1, 1, 1]} renderOrder={-1} material={material}>
      <sphereGeometry args={[SPHERE_RADIUS, 96, 48]} />
    </mesh>
  );
}
