/**
 * The tour's guides (recorded in a live visit, or written by hand): each guide's steps with their
 * scene, narration, duration and captions per tour language; delete a step or a guide. Every change
 * is a draft edit (undo, autosave); captions are WebVTT files written beside the tour on "Save captions".
 */
import { useState } from 'react';
import { useDraft, useStudio } from '../StudioContext';
import { deleteGuide, deleteStep } from '../draft/guideEdits';
import { languagesOf } from '../draft/edits';
import { titleIn } from './titles';
import { GuideStepFields } from './GuideStepFields';

export function GuidesPanel() {
  const { store, t } = useStudio();
  const draft = useDraft((s) => s.draft);
  const guides = draft.guides ?? [];
  const languages = languagesOf(draft);
  // Steps are shown for the guides opened (a demo guide has 11 steps × 3 languages of captions to read).
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => setOpen((was) => (was.has(id) ? new Set([...was].filter((x) => x !== id)) : new Set([...was, id])));
  const edit = (change: Parameters<ReturnType<typeof store.getState>['edit']>[0]) => store.getState().edit(change);
  return (
    <section className="studio-section studio-guides" aria-labelledby="studio-guides">
      <h2 id="studio-guides">
        {t.guides} ({guides.length})
      </h2>
      {guides.length === 0 && <p className="studio-hint">{t.noGuides}</p>}
      {guides.map((guide) => {
        const name = titleIn(draft, guide.title, guide.id);
        return (
          <section key={guide.id} className="studio-guide" data-guide={guide.id} aria-label={name}>
            <h3>{name}</h3>
            <button type="button" aria-expanded={open.has(guide.id)} data-guide-open={guide.id} onClick={() => toggle(guide.id)}>
              {`${t.guideSteps} (${guide.steps.length})`}
            </button>{' '}
            <button type="button" onClick={() => edit((d) => deleteGuide(d, guide.id))}>
              {t.deleteGuide}
            </button>
            {open.has(guide.id) && (
              <ol className="studio-guide__steps" aria-label={`${t.guideSteps}: ${name}`}>
                {guide.steps.map((step, index) => (
                  // A step has no id of its own: its place and scene (a deleted step shows the fields after it anew).
                  <li key={`${index}:${step.scene}`} data-guide-step={index}>
                    <GuideStepFields guideId={guide.id} index={index} step={step} languages={languages} />
                    <button type="button" aria-label={`${t.deleteStep} ${index + 1}`} onClick={() => edit((d) => deleteStep(d, guide.id, index))}>
                      {t.deleteStep}
                    </button>
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </section>
  );
}
