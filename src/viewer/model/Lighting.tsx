/**
 * Light that makes an untextured industrial model readable: a sky/floor
 * hemisphere for soft fill, a key light for form, and three's generated room
 * environment (no HDR download) so metal and glass have something to reflect.
 *
 * Kept across scenes by design: the environment map is made once per renderer
 * (rebuilding it compiled three shaders per visit) and the lights are the same
 * objects every time (new lights grow three's per-light uniform cache).
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { DirectionalLight, HemisphereLight, PMREMGenerator, type Texture, type WebGLRenderer } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

const environments = new WeakMap<WebGLRenderer, Texture>();

function roomEnvironment(renderer: WebGLRenderer): Texture {
  let texture = environments.get(renderer);
  if (!texture) {
    const pmrem = new PMREMGenerator(renderer);
    const room = new RoomEnvironment();
    texture = pmrem.fromScene(room, 0.04).texture;
    room.dispose();
    pmrem.dispose();
    environments.set(renderer, texture);
  }
  return texture;
}

const sky = new HemisphereLight('#dfe8f0', '#5b5247', 1.1);
const key = new DirectionalLight('#ffffff', 1.6);
const fill = new DirectionalLight('#ffffff', 0.45);

export function Lighting({ radius }: { radius: number }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const previous = { environment: scene.environment, intensity: scene.environmentIntensity };
    scene.environment = roomEnvironment(gl);
    scene.environmentIntensity = 0.6;
    key.position.set(radius * 0.6, radius * 1.2, radius * 0.4);
    fill.position.set(-radius * 0.8, radius * 0.5, -radius * 0.6);
    invalidate();
    return () => {
      scene.environment = previous.environment;
      scene.environmentIntensity = previous.intensity;
    };
  }, [gl, scene, radius, invalidate]);

  return (
    <>
      <primitive object={sky} />
      <primitive object={key} />
      <primitive object={fill} />
    </>
  );
}
