/**
 * "What is under this point of the screen?" for callers outside the canvas (the studio places and
 * drags hotspots with it): a point on the model's surface, or a direction in the panorama. The
 * viewer only answers; what the answer is used for is the caller's business.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Raycaster, Vector2, Vector3, type Mesh } from 'three';
import { useTourStore } from '../../state/hooks';
import { selectScene } from '../../state/selectors';
import { round, yawPitchFromDirection } from '../cameraMath';

/** A place in the current scene: metres on a model (rounded to centimetres), degrees in a panorama (to a tenth). */
export type PickPoint = { kind: 'model'; position: [number, number, number] } | { kind: 'panorama'; yaw: number; pitch: number };

/** The place under a point of the page (client pixels), or null where there is nothing to place on. */
export type PickAt = (clientX: number, clientY: number) => PickPoint | null;

const raycaster = new Raycaster();
const ndc = new Vector2();
const lift = new Vector3();

export default function PickerBridge({ onPicker }: { onPicker: (pickAt: PickAt | null) => void }) {
  const store = useTourStore();
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);

  useEffect(() => {
    const pickAt: PickAt = (x, y) => {
      const rect = gl.domElement.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return null;
      ndc.set(((x - rect.left) / rect.width) * 2 - 1, -((y - rect.top) / rect.height) * 2 + 1);
      camera.updateMatrixWorld();
      raycaster.setFromCamera(ndc, camera);
      const kind = selectScene(store.getState())?.type;
      if (kind === 'panorama') {
        const { yaw, pitch } = yawPitchFromDirection(raycaster.ray.direction);
        return { kind, yaw: round(yaw, 1), pitch: round(pitch, 1) };
      }
      if (kind !== 'model') return null;
      (raycaster as Raycaster & { firstHitOnly?: boolean }).firstHitOnly = true;
      const hit = raycaster.intersectObjects(scene.children, true).find((h) => (h.object as Mesh).isMesh && h.object.visible);
      if (!hit) return null;
      // A hair in front of the surface, towards the camera: a marker exactly on it would count as hidden by it.
      const distance = hit.point.distanceTo(camera.position);
      lift.copy(camera.position).sub(hit.point).normalize().multiplyScalar(Math.max(0.01, distance * 0.005)).add(hit.point);
      return { kind, position: [round(lift.x, 2), round(lift.y, 2), round(lift.z, 2)] };
    };
    onPicker(pickAt);
    return () => onPicker(null);
  }, [store, camera, gl, scene, onPicker]);
  return null;
}
