/** The tour's scenes: select one, reorder them, delete one (listing the links that lead to it first). */
import { useState } from 'react';
import { useDraft, useStudio } from '../StudioContext';
import { deleteScene, linksTo, moveScene } from '../draft/edits';
import { titleIn } from './titles';

export function SceneList() {
  const { store, t } = useStudio();
  const draft = useDraft((s) => s.draft);
  const selected = useDraft((s) => s.selection.sceneId);
  const [confirming, setConfirming] = useState<string | null>(null);
  const { edit, select } = store.getState();

  return (
    <section className="studio-section" aria-labelledby="studio-scenes">
      <h2 id="studio-scenes">{t.scenes}</h2>
      <ul className="studio-list" aria-label={t.scenes}>
        {draft.scenes.map((scene, i) => {
          const title = titleIn(draft, scene.title, scene.id);
          const links = confirming === scene.id ? linksTo(draft, scene.id) : [];
          return (
            <li key={scene.id} data-studio-scene={scene.id}>
              <div className="studio-list__row">
                <button type="button" className="studio-list__item" aria-current={scene.id === selected ? 'true' : undefined} onClick={() => select({ sceneId: scene.id, hotspotId: null })}>
                  {title}
                </button>
                <button type="button" className="studio-icon" aria-label={`${t.moveUp}: ${title}`} disabled={i === 0} onClick={() => edit((d) => moveScene(d, scene.id, -1))}>
                  ↑
                </button>
                <button type="button" className="studio-icon" aria-label={`${t.moveDown}: ${title}`} disabled={i === draft.scenes.length - 1} onClick={() => edit((d) => moveScene(d, scene.id, 1))}>
                  ↓
                </button>
                <button type="button" className="studio-icon" aria-label={`${t.deleteScene}: ${title}`} aria-expanded={confirming === scene.id} disabled={draft.scenes.length <= 1} onClick={() => setConfirming(confirming === scene.id ? null : scene.id)}>
                  ✕
                </button>
              </div>
              {confirming === scene.id && (
                <div className="studio-confirm" role="group" aria-label={`${t.deleteScene}: ${title}`}>
                  {links.length > 0 && (
                    <>
                      <p>{t.linksFirst}</p>
                      <ul>
                        {links.map(({ scene: from, hotspot }) => (
                          <li key={hotspot.id}>
                            {titleIn(draft, from.title, from.id)} → {titleIn(draft, hotspot.title, hotspot.id)}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                  <button type="button" className="studio-danger" onClick={() => (setConfirming(null), edit((d) => deleteScene(d, scene.id)))}>
                    {t.confirmDelete}
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    {t.cancel}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
