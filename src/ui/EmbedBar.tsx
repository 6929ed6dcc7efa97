/**
 * The only chrome of an embedded tour (`?embed=1`): the title and a link that
 * opens the full tour, at the same view, in a new tab. The partner page owns
 * the rest of the screen, so the scene menu, modes and sharing stay out.
 */
import { useShallow } from 'zustand/react/shallow';
import { useTour } from '../state/hooks';
import { selectViewState } from '../state/selectors';
import { encodeLink } from '../deeplink/codec';
import { useStrings } from './useStrings';
import { useText } from './useText';

export function EmbedBar() {
  const t = useStrings();
  const title = useText(useTour((s) => s.tour?.title));
  // A fresh object per call: compared shallowly, or every store change would re-render forever.
  const viewState = useTour(useShallow(selectViewState));
  if (!viewState) return null;
  return (
    <header className="topbar topbar--embed">
      <h1 className="topbar__title">{title}</h1>
      <div className="topbar__tools">
        <a className="embed__open" href={location.origin + encodeLink(viewState)} target="_blank" rel="noopener" data-open-full-tour>
          {t.openFullTour} <span aria-hidden="true">↗</span>
          <span className="visually-hidden"> {t.newTab}</span>
        </a>
      </div>
    </header>
  );
}
