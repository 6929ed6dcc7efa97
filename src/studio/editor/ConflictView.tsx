/**
 * Someone else saved first (409): what they changed, hotspot by hotspot, with a choice for each
 * hotspot both changed; everything else merges by itself. Or keep all of mine as a copy.
 */
import { useMemo, useState } from 'react';
import { useSaveState, useStudio } from '../StudioContext';
import { hotspotConflicts, mergeDrafts, type Choice } from '../draft/merge';
import type { DraftHotspot } from '../draft/types';
import { api } from '../server/api';
import { studioHref } from '../route';
import { titleIn } from './titles';

export function ConflictView() {
  const { store, saver, t } = useStudio();
  const conflict = useSaveState((s) => s.conflict);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [error, setError] = useState<string | null>(null);
  const { draft: mine, saved: base, tourId } = store.getState();
  const conflicts = useMemo(() => (conflict ? hotspotConflicts(base, mine, conflict.theirs) : []), [conflict, base, mine]);
  if (!conflict) return null;

  const describe = (hotspot: DraftHotspot | undefined) => (hotspot ? `${titleIn(mine, hotspot.title, hotspot.id)} (${hotspot.position ? hotspot.position.join(', ') : `${hotspot.yaw}°, ${hotspot.pitch}°`})` : t.deleted);

  const merge = () => {
    const merged = mergeDrafts(base, mine, conflict.theirs, choices);
    store.getState().edit(() => merged);
    // Their version is now the base: the merged draft saves on top of it.
    store.getState().confirmSaved(conflict.theirs, conflict.version);
    saver.state.setState({ status: 'idle', conflict: null, message: null });
    void saver.save();
  };
  const saveAsCopy = async () => {
    const id = `${tourId.slice(0, 50)}-${Date.now().toString(36)}`;
    const copied = await api.copyTour(tourId, id);
    if (!copied.ok) return setError(copied.error);
    const saved = await api.saveDraft(copied.value.id, { ...mine, id: copied.value.id }, copied.value.version);
    if (!saved.ok) return setError(saved.error);
    location.assign(studioHref(copied.value.id));
  };

  return (
    <section className="studio-conflict" role="alertdialog" aria-labelledby="studio-conflict-title" aria-describedby="studio-conflict-help">
      <h2 id="studio-conflict-title">{t.conflictTitle}</h2>
      <p id="studio-conflict-help">{t.conflictHelp}</p>
      <ul className="studio-list">
        {conflicts.map((c) => (
          <li key={c.id} data-conflict={c.id}>
            <fieldset>
              <legend>{c.id}</legend>
              {(['mine', 'theirs'] as const).map((side) => (
                <label key={side} className="studio-check">
                  <input type="radio" name={`conflict-${c.id}`} checked={(choices[c.id] ?? 'mine') === side} onChange={() => setChoices({ ...choices, [c.id]: side })} />
                  {side === 'mine' ? t.keepMine : t.takeTheirs}: {describe(side === 'mine' ? c.mine : c.theirs)}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="studio-error">
          {error}
        </p>
      )}
      <button type="button" className="studio-primary" onClick={merge}>
        {t.mergeAndSave}
      </button>
      <button type="button" onClick={() => void saveAsCopy()}>
        {t.saveAsCopy}
      </button>
    </section>
  );
}
