/** The tour's scenes as buttons, the current one marked; hidden for a single scene. */
import { useActions, useTour } from '../state/hooks';
import { localize } from '../tour/text';
import { useStrings } from './useStrings';

export function SceneMenu() {
  const t = useStrings();
  const tour = useTour((s) => s.tour);
  const current = useTour((s) => s.sceneId);
  const language = useTour((s) => s.language);
  const { goToScene } = useActions();
  if (!tour || tour.scenes.length < 2) return null;
  return (
    <nav className="scenes" aria-label={t.scenes}>
      <ul>
        {tour.scenes.map((scene) => (
          <li key={scene.id}>
            <button
              type="button"
              data-scene-link={scene.id}
              aria-current={scene.id === current ? 'page' : undefined}
              onClick={() => goToScene(scene.id, 'user')}
            >
              <span aria-hidden="true" className="scenes__kind">
                {scene.type === 'model' ? '◆' : '◎'}
              </span>
              {localize(scene.title, language, tour.defaultLanguage)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
