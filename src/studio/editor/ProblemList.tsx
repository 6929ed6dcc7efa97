/** The draft's problems, live, as `npm run validate` finds them; each leads to the scene and hotspot it is about. */
import { useMemo } from 'react';
import { useDraft, useStudio } from '../StudioContext';
import { problemsOf, problemTarget } from '../draft/problems';
import { describeProblem } from '../../tour/problems';

export function ProblemList() {
  const { store, t } = useStudio();
  const draft = useDraft((s) => s.draft);
  const problems = useMemo(() => problemsOf(draft), [draft]);
  return (
    <section className="studio-section" aria-labelledby="studio-problems">
      <h2 id="studio-problems">
        {t.problems} ({problems.length})
      </h2>
      <ul className="studio-list studio-problems" aria-label={t.problems}>
        {problems.map((problem, i) => {
          const target = problemTarget(draft, problem.path);
          return (
            <li key={`${problem.path}:${i}`} data-severity={problem.severity}>
              <button type="button" className="studio-list__item" onClick={() => target.sceneId && store.getState().select({ sceneId: target.sceneId, hotspotId: target.hotspotId ?? null })}>
                <span className="studio-problems__severity">{problem.severity === 'error' ? t.error : t.warning}</span> {describeProblem(problem)}
              </button>
            </li>
          );
        })}
      </ul>
      {problems.length === 0 && <p className="studio-hint">{t.noProblems}</p>}
    </section>
  );
}
