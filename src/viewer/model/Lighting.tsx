/**
 * Light that makes an untextured industrial model readable: a sky/floor
 * hemisphere for soft fill, a key light for form, and three's generated room
 * environment (no HDR download) so metal and glass have something to reflect.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { PMREMGenerator } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

function useRoomEnvironment(intensity: number) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const pmrem = new PMREMGenerator(gl);
    const room = new RoomEnvironment();
    const target = pmrem.fromScene(room, 0.04);
    room.dispose();
    pmrem.dispose();
    const previous = { environment: scene.environment, intensity: scene.environmentIntensity };
    scene.environment = target.texture;
    scene.environmentIntensity = intensity;
    invalidate();
    return () => {
      scene.environment = previous.environment;
      scene.environmentIntensity = previous.intensity;
      target.dispose();
    };
  }, [gl, scene, intensity, invalidate]);
}

export function Lighting({ radius }: { radius: number }) {
  const r = radius;
  useRoomEnvironment(0.6);
  return (
    <>
      <hemisphereLight args={['#dfe8f0', '#5b5247', 1.1]} />
      <directionalLight position={[r * 0.6, r * 1.2, r * 0.4]} intensity={1.6} />
      <directionalLight position={[-r * 0.8, r * 0.5, -r * 0.6]} intensity={0.45} />
    </>
  );
}
