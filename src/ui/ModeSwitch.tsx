/** Orbit or walk, for model scenes; in walk mode a hint says how to move. */
import { useActions, useTour } from '../state/hooks';
import { selectScene } from '../state/selectors';
import { useStrings } from './useStrings';

export function ModeSwitch() {
  const t = useStrings();
  const isModel = useTour((s) => selectScene(s)?.type === 'model');
  const mode = useTour((s) => s.mode);
  const { setMode } = useActions();
  if (!isModel) return null;
  return (
    <>
      <div className="segmented" role="group" aria-label={t.navigation}>
        {(['orbit', 'walk'] as const).map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} data-mode={m} onClick={() => setMode(m, 'user')}>
            {t[m]}
          </button>
        ))}
      </div>
      {mode === 'walk' && (
        <p className="walk-hint" role="status">
          {t.walkHint}
        </p>
      )}
    </>
  );
}
