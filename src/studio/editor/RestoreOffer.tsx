/** "This browser kept unsaved changes": restore them (an undoable edit, saved as usual) or discard them. */
import { useStudio } from '../StudioContext';
import { forgetKeptDraft, type KeptDraft } from '../server/keep';

export function RestoreOffer({ kept, onDone }: { kept: KeptDraft; onDone: () => void }) {
  const { store, t, language } = useStudio();
  const restore = () => {
    const state = store.getState();
    state.edit(() => kept.draft);
    // Based on an older version, the next save meets the newer one as a conflict, never overwriting it.
    if (kept.baseVersion !== state.baseVersion) store.setState({ baseVersion: kept.baseVersion });
    onDone();
  };
  const discard = () => {
    void forgetKeptDraft(store.getState().tourId);
    onDone();
  };
  return (
    <section className="studio-banner studio-ui" role="region" aria-label={t.restore}>
      <p>
        {t.restoreOffer} <time dateTime={new Date(kept.keptAt).toISOString()}>{new Date(kept.keptAt).toLocaleString(language)}</time>
      </p>
      <button type="button" className="studio-primary" onClick={restore}>
        {t.restore}
      </button>
      <button type="button" onClick={discard}>
        {t.discard}
      </button>
    </section>
  );
}
