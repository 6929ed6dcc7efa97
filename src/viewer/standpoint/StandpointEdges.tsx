/**
 * The model's edges drawn over a panorama taken inside it, as seen from the panorama's standpoint
 * with the panorama's own camera: when the heading is right, they lie on the walls, beams and tanks
 * of the photo. Only the studio asks for it (a lazy chunk of the viewer), to line a panorama up.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { LineBasicMaterial, LineSegments, type BufferGeometry } from 'three';
import { useTour } from '../../state/hooks';
import { findScene, selectScene } from '../../state/selectors';
import { resolveAsset } from '../../tour/assets';
import { hasStandpoint } from '../../tour/standpoints';
import { loadModel } from '../model/loadModel';
import { disposeObject } from '../dispose';
import { modelEdges } from './modelEdges';
import { placeInPanorama } from './panoramaFrame';

/** How the edges are doing, for the editor's status line. */
export type EdgesState = 'loading' | 'drawn' | 'failed';

/** Over the panorama and its tiles, under nothing: drawn last, never hidden by the sphere. */
const EDGES_ORDER = 1000;

export default function StandpointEdges({ onState }: { onState: (state: EdgesState) => void }) {
  const scene = useTour(selectScene);
  const tour = useTour((s) => s.tour);
  const tourUrl = useTour((s) => s.load.url);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const standpoint = scene && hasStandpoint(scene) ? scene.standpoint : null;
  const model = standpoint ? findScene(tour, standpoint.scene) : undefined;
  const modelUrl = model?.type === 'model' ? resolveAsset(model.model, tourUrl) : null;
  const [edges, setEdges] = useState<{ url: string; geometry: BufferGeometry } | null>(null);
  const material = useMemo(() => new LineBasicMaterial({ color: 0xffd23f, transparent: true, opacity: 0.75, depthTest: false, depthWrite: false, toneMapped: false }), []);
  useEffect(() => () => material.dispose(), [material]);

  useEffect(() => {
    if (!modelUrl) return;
    const abort = new AbortController();
    let made: BufferGeometry | null = null;
    onState('loading');
    loadModel(modelUrl, gl, { signal: abort.signal }).then(
      ({ root }) => {
        // Only the outline is kept: the model's own meshes and textures go at once.
        const geometry = abort.signal.aborted ? null : modelEdges(root);
        disposeObject(root);
        if (!geometry) return;
        made = geometry;
        setEdges({ url: modelUrl, geometry });
        onState('drawn');
      },
      () => abort.signal.aborted || onState('failed'),
    );
    return () => {
      abort.abort();
      made?.dispose();
      setEdges(null);
    };
  }, [modelUrl, gl, onState]);

  const lines = useMemo(() => {
    if (!edges) return null;
    const object = new LineSegments(edges.geometry, material);
    object.renderOrder = EDGES_ORDER;
    object.frustumCulled = false;
    return object;
  }, [edges, material]);

  // Before the frame that shows it; and rendering is on demand: a turned heading or a moved standpoint must draw one.
  useLayoutEffect(() => {
    if (!lines || !standpoint) return;
    placeInPanorama(lines, standpoint);
    invalidate();
  }, [invalidate, lines, standpoint]);

  // Gone (turned off, another scene): a frame without them.
  useEffect(() => () => invalidate(), [invalidate]);

  if (!lines || !standpoint || edges?.url !== modelUrl) return null;
  return <primitive object={lines} />;
}
