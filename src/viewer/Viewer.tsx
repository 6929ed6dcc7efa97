/** The 3D view: one canvas for the whole session, rendering on demand. */
import { lazy, Suspense, useRef } from 'react';
import { Canvas } from '@react-three/fiber';
import { SceneSwitch } from './SceneSwitch';
import { createRenderer } from './renderer';
import { useStartFrameSettled } from './useStartFrame';
import { SceneFade } from './SceneFade';
import { FollowLinkContext, type FollowLink } from './hotspots/FollowLinkContext';
import { clearanceProbe, type Clearance } from './clearanceProbe';
import type { PickAt } from './pick/PickerBridge';
import type { EdgesState } from './standpoint/StandpointEdges';

// Only an editor asks what is under the pointer: visitors never download this chunk.
const PickerBridge = lazy(() => import('./pick/PickerBridge'));
// Nor do they see a model's edges over its panoramas: the studio lines panoramas up with them.
const StandpointEdges = lazy(() => import('./standpoint/StandpointEdges'));

interface Props {
  /** The element's id: the skip link's target. */
  id?: string;
  /** Accessible name of the focusable view, with its keyboard help. */
  label: string;
  /** Receives read-only diagnostics once the renderer exists (tests and benchmarks read GPU memory). */
  onDiagnostics?: (diagnostics: ViewerDiagnostics) => void;
  /** Called when the visitor follows a link hotspot; the app decides where it leads. */
  onFollowLink: FollowLink;
  /** Receives a function that tells what is under a point of the page (model surface or panorama direction); null when it goes. */
  onPicker?: (pickAt: PickAt | null) => void;
  /** When given, a panorama with a standpoint shows its model's edges over it, and this hears how they are doing. */
  onStandpointEdges?: ((state: EdgesState) => void) | undefined;
}

export interface ViewerDiagnostics {
  /** Live GPU resource counts from `renderer.info.memory`. */
  memory(): { geometries: number; textures: number };
  /** How far the camera is from the model's surfaces; null outside model scenes. */
  clearance(): Clearance | null;
}

export function Viewer({ id, label, onDiagnostics, onFollowLink, onPicker, onStandpointEdges }: Props) {
  const overlay = useRef<HTMLCanvasElement>(null);
  const mayTakeContext = useStartFrameSettled();
  return (
    <div id={id} className="viewer" data-viewer tabIndex={0} role="application" aria-label={label}>
      {mayTakeContext && <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        gl={createRenderer}
        flat
        camera={{ fov: 75, near: 0.05, far: 2000, position: [0, 0, 1e-4] }}
        onCreated={({ gl }) => onDiagnostics?.({ memory: () => ({ ...gl.info.memory }), clearance: () => clearanceProbe.current?.() ?? null })}
      >
        <FollowLinkContext.Provider value={onFollowLink}>
          <SceneSwitch />
        </FollowLinkContext.Provider>
        <SceneFade overlay={overlay} />
        {onPicker && (
          <Suspense fallback={null}>
            <PickerBridge onPicker={onPicker} />
          </Suspense>
        )}
        {onStandpointEdges && (
          <Suspense fallback={null}>
            <StandpointEdges onState={onStandpointEdges} />
          </Suspense>
        )}
      </Canvas>}
      <canvas ref={overlay} className="viewer__fade" aria-hidden="true" />
    </div>
  );
}
