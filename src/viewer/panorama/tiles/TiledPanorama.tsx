/**
 * A panorama streamed from a cube-face tile pyramid: the preview at once (the
 * scene is ready when it is drawn), then the tiles of the level that matches
 * the screen, in the order the visitor looks. The detail goes to the store
 * (`tiles`, shown as `#root[data-tiles]`); the performance mark
 * `sitevisit:tiles-sharp:<scene>` is set each time every tile a new view needs
 * has been drawn (the benchmark and tests time views by it).
 */
import { useEffect, useRef, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { PerspectiveCamera, Vector3 } from 'three';
import { useActions, useTour } from '../../../state/hooks';
import { fovForZoom, yawPitchFromDirection } from '../../cameraMath';
import { PANORAMA_BASE_FOV } from '../PanoramaControls';
import { loadPreview } from './loadTiles';
import { loadDescriptor } from '../../../tiles/descriptorCache';
import { TileLayer } from './TileLayer';
import { tileBudgetBytes } from '../../../tiles/budget';
import type { TileView } from '../../../tiles/visible';

// Written each frame instead of allocated: the frame loop allocates nothing while the camera moves.
const scratch = new Vector3();
const view: TileView = { yaw: 0, pitch: 0, fov: 0, aspect: 1, screenHeight: 0 };

/** The device's memory in GB where the browser tells it (Chromium: navigator.deviceMemory), else undefined. */
const deviceMemoryGB = () => (navigator as Navigator & { deviceMemory?: number }).deviceMemory;

interface Props {
  sceneId: string;
  tilesUrl: string;
  onShown: (shown: boolean) => void;
  /** The descriptor or preview could not be loaded: the scene falls back to its whole image. */
  onFailed: (error: unknown) => void;
}

export function TiledPanorama({ sceneId, tilesUrl, onShown, onFailed }: Props) {
  const { reportProgress, reportTiles, notify } = useActions();
  const invalidate = useThree((s) => s.invalidate);
  const [layer, setLayer] = useState<TileLayer | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    let created: TileLayer | null = null;
    const progress = { signal: abort.signal, onProgress: (p: number | null) => reportProgress(sceneId, p) };
    loadDescriptor(tilesUrl)
      .then(async (descriptor) => {
        const preview = await loadPreview(tilesUrl, descriptor, progress);
        if (abort.signal.aborted) return preview.dispose();
        created = new TileLayer(descriptor, tilesUrl, { onChange: invalidate, budgetBytes: tileBudgetBytes(deviceMemoryGB()) });
        created.showPreview(preview);
        setLayer(created);
      })
      .catch((error: unknown) => {
        if (!abort.signal.aborted) onFailed(error);
      });
    return () => {
      abort.abort();
      created?.dispose();
    };
  }, [tilesUrl, sceneId, reportProgress, onFailed, invalidate]);

  useEffect(() => onShown(layer !== null), [layer, onShown]);
  useEffect(() => () => reportTiles(sceneId, null), [sceneId, reportTiles]);

  // Frames since every needed tile was in the scene: the second frame proves one was drawn with them.
  const settled = useRef({ status: '', frames: 0, version: -1 });
  // Said once per visit: a visitor who looks around a patchy panorama needs to hear it only once.
  const toldPartial = useRef(false);
  // Tiles start once the scene is ready, i.e. the preview was drawn: the first view costs the preview's bytes only.
  const sceneReady = useTour((s) => s.sceneId === sceneId && s.sceneStatus === 'ready');
  useEffect(() => {
    if (sceneReady) invalidate();
  }, [sceneReady, invalidate]);
  useFrame(({ camera, size, gl }) => {
    if (!layer || !sceneReady) return;
    yawPitchFromDirection(camera.getWorldDirection(scratch), view);
    view.fov = fovForZoom(PANORAMA_BASE_FOV, (camera as PerspectiveCamera).zoom);
    view.aspect = size.width / size.height;
    view.screenHeight = size.height * gl.getPixelRatio();
    layer.setView(view);
    const status = layer.status();
    const state = settled.current;
    if (status !== state.status || layer.wantedVersion !== state.version) {
      state.version = layer.wantedVersion;
      state.status = status;
      state.frames = 0;
      if (status === 'loading') reportTiles(sceneId, 'loading');
      else invalidate();
      return;
    }
    if (status === 'loading' || ++state.frames !== 1) return;
    reportTiles(sceneId, status);
    if (status === 'sharp') performance.mark(`sitevisit:tiles-sharp:${sceneId}`);
    else if (!toldPartial.current) {
      toldPartial.current = true;
      notify('Parts of this panorama could not be loaded in full detail; a coarser image shows there.', 'warning');
    }
  });

  return layer ? <primitive object={layer.group} /> : null;
}
