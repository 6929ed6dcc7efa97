/** In a panorama taken inside a model: the way back out to the model ("dollhouse" view). */
import './tours.css';
import { useTour, useTourStore } from '../state/hooks';
import { selectScene } from '../state/selectors';
import { viewIn3D } from '../state/standpoint';
import { hasStandpoint } from '../tour/standpoints';
import { useStrings } from './useStrings';

export function ViewIn3D() {
  const t = useStrings();
  const store = useTourStore();
  const available = useTour((s) => {
    const scene = selectScene(s);
    return scene !== undefined && hasStandpoint(scene) && s.sceneStatus !== 'loading';
  });
  if (!available) return null;
  return (
    <button type="button" className="view-in-3d" data-view-in-3d onClick={() => viewIn3D(store, 'user')}>
      <span aria-hidden="true">◆ </span>
      {t.viewIn3D}
    </button>
  );
}
