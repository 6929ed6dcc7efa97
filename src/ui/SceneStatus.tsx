/** Loading progress and notices: the page is never blank and never stuck on a spinner (errors: SceneErrorCard). */
import { useActions, useTour } from '../state/hooks';
import { useStrings } from './useStrings';

export function LoadingBar() {
  const t = useStrings();
  const loading = useTour((s) => s.sceneStatus === 'loading' && s.tour !== null);
  const progress = useTour((s) => s.progress);
  if (!loading) return null;
  const percent = progress === null ? null : Math.round(progress * 100);
  return (
    <div className="loading" role="progressbar" aria-label={t.loading} aria-valuemin={0} aria-valuemax={100} {...(percent === null ? {} : { 'aria-valuenow': percent })}>
      <div className="loading__track">
        <div className={`loading__fill${percent === null ? ' loading__fill--unknown' : ''}`} style={{ width: `${percent ?? 100}%` }} />
      </div>
      <span className="loading__label">
        {t.loading}
        {percent === null ? '…' : ` ${percent}%`}
      </span>
    </div>
  );
}

export function Notices() {
  const t = useStrings();
  const notices = useTour((s) => s.notices);
  const { dismissNotice } = useActions();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.level}`}>
          <span>{n.message}</span>
          <button type="button" aria-label={t.dismiss} onClick={() => dismissNotice(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
