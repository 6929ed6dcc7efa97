/** The 3D view: one canvas for the whole session, rendering on demand. */
import { useRef } from 'react';
import { Canvas } from '@react-three/fiber';
import { SceneSwitch } from './SceneSwitch';
import { SceneFade } from './SceneFade';
import { FollowLinkContext, type FollowLink } from './hotspots/FollowLinkContext';
import { clearanceProbe, type Clearance } from './clearanceProbe';

interface Props {
  /** The element's id: the skip link's target. */
  id?: string;
  /** Accessible name of the focusable view, with its keyboard help. */
  label: string;
  /** Receives read-only diagnostics once the renderer exists (tests and benchmarks read GPU memory). */
  onDiagnostics?: (diagnostics: ViewerDiagnostics) => void;
  /** Called when the visitor follows a link hotspot; the app decides where it leads. */
  onFollowLink: FollowLink;
}

export interface ViewerDiagnostics {
  /** Live GPU resource counts from `renderer.info.memory`. */
  memory(): { geometries: number; textures: number };
  /** How far the camera is from the model's surfaces; null outside model scenes. */
  clearance(): Clearance | null;
}

export function Viewer({ id, label, onDiagnostics, onFollowLink }: Props) {
  const overlay = useRef<HTMLCanvasElement>(null);
  return (
    <div id={id} className="viewer" data-viewer tabIndex={0} role="application" aria-label={label}>
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        gl={{ antialias: true, powerPreference: 'high-performance' }}
        camera={{ fov: 75, near: 0.05, far: 2000, position: [0, 0, 1e-4] }}
        onCreated={({ gl }) => onDiagnostics?.({ memory: () => ({ ...gl.info.memory }), clearance: () => clearanceProbe.current?.() ?? null })}
      >
        <FollowLinkContext.Provider value={onFollowLink}>
          <SceneSwitch />
        </FollowLinkContext.Provider>
        <SceneFade overlay={overlay} />
      </Canvas>
      <canvas ref={overlay} className="viewer__fade" aria-hidden="true" />
    </div>
  );
}
