/** A marker's place in the MarkerLayer: registers its anchor, title and button, and reports occlusion. */
import { useCallback, useContext, useEffect } from 'react';
import { Vector3 } from 'three';
import type { Vec3 } from '../../tour/schema';
import { MarkerLayerContext } from './markerEntry';

export function useMarkerSlot(id: string, position: Vec3, title: string, priority: number) {
  const layer = useContext(MarkerLayerContext);
  const [x, y, z] = position;
  useEffect(() => {
    layer?.update(id, { position: new Vector3(x, y, z), title, priority });
  }, [layer, id, x, y, z, title, priority]);
  useEffect(() => () => layer?.remove(id), [layer, id]);
  const ref = useCallback((button: HTMLElement | null) => layer?.update(id, { button }), [layer, id]);
  const onOcclude = useCallback((occluded: boolean) => layer?.update(id, { occluded }), [layer, id]);
  return { ref, onOcclude };
}
