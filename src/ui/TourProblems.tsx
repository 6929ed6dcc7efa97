/** A tour that cannot load says exactly why: every problem with its JSON path. Warnings of a loaded tour are listed quietly. */
import { useTour } from '../state/hooks';
import { describeProblem, type Problem } from '../tour/problems';
import { useStrings } from './useStrings';

export function TourProblems() {
  const t = useStrings();
  const load = useTour((s) => s.load);
  if (load.status !== 'error') return null;
  return (
    <section className="tour-problems" role="alert" data-tour-problems={load.problems.length}>
      <h2>{load.problems.length > 0 ? t.tourInvalid : t.tourUnavailable}</h2>
      <p>
        <code>{load.url}</code>
      </p>
      {load.message && <p className="tour-problems__message">{load.message}</p>}
      {load.problems.length > 0 && (
        <ul>
          {load.problems.map((p, i) => (
            <li key={i} className={`problem problem--${p.severity}`}>
              <code>{describeProblem(p)}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A stable empty list: a selector that returned a fresh [] would re-render forever. */
const NONE: readonly Problem[] = [];

export function TourWarnings() {
  const problems = useTour((s) => (s.load.status === 'ready' ? s.load.problems : NONE));
  if (problems.length === 0) return null;
  return (
    <details className="tour-warnings">
      <summary>
        {problems.length} warning{problems.length === 1 ? '' : 's'} in this tour file
      </summary>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{describeProblem(p)}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
