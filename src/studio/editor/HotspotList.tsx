/** The selected scene's hotspots as a list named "Hotspots": every hotspot reachable without the pointer, the selected one marked. */
import { useDraft, useStudio } from '../StudioContext';
import { sceneOf } from '../draft/edits';
import { titleIn } from './titles';

export function HotspotList() {
  const { store, t } = useStudio();
  const draft = useDraft((s) => s.draft);
  const { sceneId, hotspotId } = useDraft((s) => s.selection);
  const hotspots = sceneOf(draft, sceneId)?.hotspots ?? [];
  return (
    <section className="studio-section" aria-labelledby="studio-hotspots">
      <h2 id="studio-hotspots">{t.hotspots}</h2>
      <ul className="studio-list" aria-label={t.hotspots} aria-describedby="studio-nudge-hint">
        {hotspots.map((hotspot) => (
          <li key={hotspot.id}>
            <button
              type="button"
              className="studio-list__item"
              data-studio-hotspot={hotspot.id}
              data-type={hotspot.type}
              aria-current={hotspot.id === hotspotId ? 'true' : undefined}
              onClick={() => store.getState().select({ hotspotId: hotspot.id })}
            >
              <span className="studio-list__kind" aria-hidden="true">
                {hotspot.type === 'info' ? 'i' : '→'}
              </span>
              {titleIn(draft, hotspot.title, hotspot.id)}
            </button>
          </li>
        ))}
      </ul>
      <p id="studio-nudge-hint" className="studio-hint">
        {t.nudgeHint}
      </p>
    </section>
  );
}
