/** The editor's commands, named as the issue lists them (tests and screen readers find them by these names). */
import type { MouseEvent } from 'react';
import { useDraft, useSaveState, useStudio } from '../StudioContext';
import { setStartView, type StartView } from '../draft/edits';
import { hasErrors } from '../draft/problems';
import { studioHref } from '../route';
import { focusMarker, placeHotspot } from './placement';
import { SaveStatus } from './SaveStatus';

const viewElement = () => document.getElementById('studio-view');

export function Toolbar({ onHistory, historyOpen }: { onHistory: () => void; historyOpen: boolean }) {
  const studio = useStudio();
  const { store, saver, tourStore, t } = studio;
  const placing = useDraft((s) => s.placing);
  const canUndo = useDraft((s) => s.past.length > 0);
  const canRedo = useDraft((s) => s.future.length > 0);
  const tourId = useDraft((s) => s.tourId);
  const saving = useSaveState((s) => s.status === 'saving');

  const add = (type: 'info' | 'link') => (event: MouseEvent) => {
    // From the keyboard (no pointer position): placed in the middle of the view at once, its marker focused for the arrow keys.
    if (event.detail === 0) {
      const id = placeHotspot(studio, type, undefined, viewElement());
      if (id) focusMarker(viewElement(), id);
      return;
    }
    store.getState().setPlacing(placing === type ? null : type);
  };
  const takeStartView = () => {
    const view = tourStore.getState().view;
    const { sceneId } = store.getState().selection;
    if (view) store.getState().edit((d) => setStartView(d, sceneId, view as StartView));
  };
  const publish = () => {
    if (hasErrors(store.getState().draft)) {
      saver.state.setState({ status: 'refused', message: null, problems: [], conflict: null });
      return;
    }
    void saver.publish();
  };
  // The preview reads the draft this browser keeps (unsaved edits included), else the server's.
  const preview = () => window.open(studioHref(tourId, 'preview'), '_blank', 'noopener');

  return (
    <header className="studio-toolbar">
      <a className="studio-toolbar__back" href={studioHref()}>
        {t.back}
      </a>
      <span className="studio-toolbar__tour">{tourId}</span>
      <div className="studio-toolbar__group" role="group" aria-label={t.hotspots}>
        <button type="button" aria-pressed={placing === 'info'} onClick={add('info')}>
          {t.addInfo}
        </button>
        <button type="button" aria-pressed={placing === 'link'} onClick={add('link')}>
          {t.addLink}
        </button>
        <button type="button" onClick={takeStartView}>
          {t.setStartView}
        </button>
      </div>
      <div className="studio-toolbar__group" role="group" aria-label={`${t.undo} / ${t.redo}`}>
        <button type="button" aria-keyshortcuts="Control+Z Meta+Z" disabled={!canUndo} onClick={() => store.getState().undo()}>
          {t.undo}
        </button>
        <button type="button" aria-keyshortcuts="Shift+Control+Z Shift+Meta+Z" disabled={!canRedo} onClick={() => store.getState().redo()}>
          {t.redo}
        </button>
      </div>
      <div className="studio-toolbar__group" role="group" aria-label={t.save}>
        <button type="button" className="studio-primary" disabled={saving} onClick={() => void saver.save()}>
          {t.save}
        </button>
        <button type="button" onClick={publish}>
          {t.publish}
        </button>
        <button type="button" onClick={preview}>
          {t.preview}
        </button>
        <button type="button" aria-expanded={historyOpen} onClick={onHistory}>
          {t.history}
        </button>
      </div>
      <SaveStatus />
    </header>
  );
}
