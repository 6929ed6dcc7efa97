/**
 * A glTF model scene. Loaded lazily (this file and the loaders are a separate
 * chunk): panorama-only tours never download them.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { Bvh } from '@react-three/drei';
import type { Object3D } from 'three';
import type { ModelScene } from '../../tour/schema';
import { useActions, useTourStore } from '../../state/hooks';
import { modelViewAt, panoramaArrival } from '../../state/standpoint';
import { startView } from '../../state/view';
import type { ModelView } from '../../state/types';
import type { StandpointPanorama } from '../../tour/standpoints';
import { disposeObject } from '../dispose';
import { compileAsDrawn } from '../renderer';
import { panoramaForAspect } from '../panorama/portraitFraming';
import { useViewAspect } from '../useViewAspect';
import { describeLoadError } from '../loadErrors';
import { HotspotMarker } from '../hotspots/HotspotMarker';
import { MarkerLayer } from '../hotspots/MarkerLayer';
import { useReportReady } from '../useReportReady';
import { Lighting } from './Lighting';
import { ModelControls, type ModelControlsHandle } from './ModelControls';
import { framingView, measureModel, type ModelFrame } from './modelBounds';
import { loadModel } from './loadModel';
import { StandpointMarkers } from './StandpointMarkers';
import { surfacesOf, worldNormal } from './surfaces';
import { useClearanceProbe } from './useClearanceProbe';

const DEFAULT_EYE_HEIGHT = 1.6;

interface Props {
  scene: ModelScene;
  modelUrl: string;
  urlModifier?: (url: string) => string;
}

export default function ModelSceneView({ scene, modelUrl, urlModifier }: Props) {
  const { reportProgress, reportFailed, setView, notify, goToScene } = useActions();
  const store = useTourStore();
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const threeScene = useThree((s) => s.scene);
  const aspect = useViewAspect();
  const [model, setModel] = useState<{ root: Object3D; frame: ModelFrame } | null>(null);
  const modelRef = useRef<Object3D>(null!);
  const controls = useRef<ModelControlsHandle>(null);
  const hasCamera = scene.camera !== undefined;
  // Read when the model loads, not a reason to load it again: an editor setting the start view must not reload the model.
  const cameraAtLoad = useRef(hasCamera);

  useEffect(() => {
    const abort = new AbortController();
    let loaded: Object3D | null = null;
    loadModel(modelUrl, gl, { signal: abort.signal, onProgress: (p) => reportProgress(scene.id, p), ...(urlModifier ? { urlModifier } : {}) })
      // Compile the shaders before showing the model: otherwise the first frame stalls on
      // them after "ready", and every revisit recompiles the programs freed with the materials.
      .then(async (loaded) => {
        await compileAsDrawn(gl, loaded.root, camera, threeScene).catch(() => undefined);
        return loaded;
      })
      .then(
      ({ root, failedFiles, approximated }) => {
        if (abort.signal.aborted) return disposeObject(root);
        loaded = root;
        const frame = measureModel(root);
        if (!cameraAtLoad.current) setView(framingView(frame), 'app');
        setModel({ root, frame });
        if (approximated.length > 0) {
          notify(`This model uses ${approximated.join(', ')}; its materials are shown approximately.`, 'warning');
        }
        if (failedFiles.length > 0) {
          const names = failedFiles.map((f) => decodeURIComponent(f.split('/').pop() ?? f)).join(', ');
          notify(`Some files of this model could not be loaded and are left out: ${names}`, 'warning');
        }
      },
      (error: unknown) => {
        if (!abort.signal.aborted) reportFailed(scene.id, describeLoadError(error, modelUrl, 'model'));
      },
    );
    return () => {
      abort.abort();
      if (loaded) disposeObject(loaded);
    };
  }, [modelUrl, gl, camera, threeScene, scene.id, urlModifier, reportProgress, reportFailed, setView, notify]);

  useReportReady(scene.id, model !== null);

  // Floors, walls and equipment as walk mode asks about them (BVH-backed: built by <Bvh> below).
  const surfaces = useMemo(() => (model ? surfacesOf(model.root) : null), [model]);
  useClearanceProbe(surfaces);
  const orbitHome = useMemo(() => (model ? (hasCamera ? (startView(scene) as ModelView) : framingView(model.frame)) : null), [model, hasCamera, scene]);

  // Fly to the standpoint, then switch: SceneFade cross-fades from this last model frame into the panorama.
  // The latest choice wins: a flight superseded by another one (or by a scene change) switches nothing.
  const flight = useRef(0);
  const enterStandpoint = useCallback(
    async (panorama: StandpointPanorama) => {
      const id = ++flight.current;
      // Into the view the panorama will start at on this screen (refitted when upright), so the cross-fade lines up.
      await controls.current?.flyInto(modelViewAt(panorama, panoramaForAspect(panorama.view, aspect)));
      if (id === flight.current && store.getState().sceneId === scene.id) goToScene(panorama.id, 'user', panoramaArrival(panorama));
    },
    [store, scene.id, goToScene, aspect],
  );

  if (!model || !orbitHome) return null;

  const onDoubleClick = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation();
    controls.current?.flyTo(event.point);
  };
  const onClick = (event: ThreeEvent<MouseEvent>) => {
    // The nearest surface only: r3f would also deliver the click for every surface behind it.
    event.stopPropagation();
    const normal = worldNormal(event);
    if (normal) controls.current?.walkTo(event.point, normal);
  };

  return (
    <>
      <Lighting radius={model.frame.radius} />
      <ModelControls ref={controls} frame={model.frame} eyeHeight={scene.eyeHeight ?? DEFAULT_EYE_HEIGHT} surfaces={surfaces} orbitHome={orbitHome} />
      {/* Handlers sit on an r3f-owned group: events on <primitive> have been fragile in r3f v9 (pmndrs/react-three-fiber#3437, #3743). */}
      <Bvh firstHitOnly>
        <group onDoubleClick={onDoubleClick} onClick={onClick}>
          <primitive ref={modelRef} object={model.root} />
        </group>
      </Bvh>
      <MarkerLayer restingLabels>
        <StandpointMarkers sceneId={scene.id} occluders={[modelRef]} onEnter={(p) => void enterStandpoint(p)} />
        {scene.hotspots.map((hotspot) =>
          hotspot.position ? <HotspotMarker key={hotspot.id} hotspot={hotspot} position={hotspot.position} occluders={[modelRef]} /> : null,
        )}
      </MarkerLayer>
    </>
  );
}
