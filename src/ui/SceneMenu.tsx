/**
 * The tour's scenes as buttons, the current one marked; hidden for a single
 * scene. On wide screens the list is always shown; on phones (see app.css)
 * it folds behind a button naming the current scene, so the bar stays one row.
 */
import { useCallback, useId, useRef, useState } from 'react';
import { useActions, useTour } from '../state/hooks';
import { localize } from '../tour/text';
import { useStrings } from './useStrings';
import { useDismiss } from './useDismiss';

export function SceneMenu() {
  const t = useStrings();
  const listId = useId();
  const tour = useTour((s) => s.tour);
  const current = useTour((s) => s.sceneId);
  const language = useTour((s) => s.language);
  const { goToScene } = useActions();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, root, toggle);
  if (!tour || tour.scenes.length < 2) return null;
  const title = (id: string | null) => localize(tour.scenes.find((s) => s.id === id)?.title, language, tour.defaultLanguage);
  return (
    <nav className="scenes" aria-label={t.scenes} ref={root} data-open={open || undefined}>
      <button ref={toggle} type="button" className="scenes__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((v) => !v)}>
        <span className="visually-hidden">{t.scenes}: </span>
        <span className="scenes__current">{title(current)}</span>
        <span aria-hidden="true" className="scenes__chevron">▾</span>
      </button>
      <ul id={listId}>
        {tour.scenes.map((scene) => (
          <li key={scene.id}>
            <button
              type="button"
              data-scene-link={scene.id}
              aria-current={scene.id === current ? 'page' : undefined}
              onClick={() => {
                setOpen(false);
                goToScene(scene.id, 'user');
              }}
            >
              <span aria-hidden="true" className="scenes__kind">
                {scene.type === 'model' ? '◆' : '◎'}
              </span>
              {title(scene.id)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
