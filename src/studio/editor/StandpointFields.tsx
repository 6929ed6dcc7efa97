/**
 * Standpoint: where a panorama was taken inside a model scene. Position in metres (x, y, z; y is up),
 * typed or picked on the model (standpointPick.ts), and heading, the model-space direction of the
 * image's centre, turned with a slider (its arrow keys, or its number) while the model's edges are
 * drawn over the panorama, until they line up; the viewer's fly-in between them then matches.
 */
import { useId } from 'react';
import { useDraft, useStudio } from '../StudioContext';
import { setStandpoint } from '../draft/standpointEdit';
import type { DraftScene } from '../draft/types';
import { titleIn } from './titles';
import { startStandpointPick } from './standpointPick';

type PanoramaScene = Extract<DraftScene, { type: 'panorama' }>;
const AXES = ['x', 'y', 'z'] as const;

export function StandpointFields({ scene }: { scene: PanoramaScene }) {
  const studio = useStudio();
  const { store, t } = studio;
  const draft = useDraft((s) => s.draft);
  const edgesShown = useDraft((s) => s.edgesShown);
  const id = useId();
  const models = draft.scenes.filter((s) => s.type === 'model');
  if (models.length === 0) return null;
  const standpoint = scene.standpoint;
  const change = (next: Parameters<typeof setStandpoint>[2], typing?: string) => store.getState().edit((d) => setStandpoint(d, scene.id, next), undefined, typing);
  const number = (value: string) => (value.trim() === '' || !Number.isFinite(Number(value)) ? null : Number(value));
  return (
    <fieldset className="studio-langs" data-field="standpoint">
      <legend>{t.standpoint}</legend>
      <p className="studio-hint">{t.standpointHint}</p>
      <p className="studio-field">
        <label htmlFor={`${id}-model`}>{t.standpointModel}</label>
        <select id={`${id}-model`} value={standpoint?.scene ?? ''} onChange={(e) => change(e.target.value ? { scene: e.target.value } : null)}>
          <option value="">{t.standpointNone}</option>
          {models.map((m) => (
            <option key={m.id} value={m.id}>
              {titleIn(draft, m.title, m.id)}
            </option>
          ))}
        </select>
      </p>
      {standpoint && (
        <>
          <p className="studio-field">
            <button type="button" aria-describedby={`${id}-pick`} onClick={() => startStandpointPick(studio, scene.id, standpoint.scene)}>
              {t.pickStandpoint}
            </button>
            <span id={`${id}-pick`} className="studio-hint">
              {t.pickStandpointHint}
            </span>
          </p>
          <div className="studio-standpoint__position">
            {AXES.map((axis, i) => (
              <p key={axis} className="studio-field">
                <label htmlFor={`${id}-${axis}`}>{`${axis} (m)`}</label>
                <input
                  id={`${id}-${axis}`}
                  type="number"
                  step="0.1"
                  value={standpoint.position[i]}
                  onChange={(e) => {
                    const value = number(e.target.value);
                    if (value === null) return;
                    const position = [...standpoint.position] as typeof standpoint.position;
                    position[i] = value;
                    change({ position }, `${scene.id}:standpoint:${axis}`);
                  }}
                />
              </p>
            ))}
          </div>
          <p className="studio-field">
            <label htmlFor={`${id}-heading`}>{t.heading}</label>
            <input
              id={`${id}-heading`}
              type="range"
              min={-180}
              max={180}
              step={0.5}
              value={standpoint.heading ?? 0}
              onChange={(e) => change({ heading: Number(e.target.value) }, `${scene.id}:standpoint:heading`)}
            />
            <input
              type="number"
              aria-label={`${t.heading} (°)`}
              step="0.5"
              value={standpoint.heading ?? 0}
              onChange={(e) => {
                const value = number(e.target.value);
                if (value !== null) change({ heading: value }, `${scene.id}:standpoint:heading`);
              }}
            />
          </p>
          <label className="studio-check">
            <input type="checkbox" checked={edgesShown} onChange={(e) => store.getState().showEdges(e.target.checked)} />
            {t.showEdges}
          </label>
        </>
      )}
    </fieldset>
  );
}
