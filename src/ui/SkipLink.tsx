/**
 * The first Tab stop: past the top bar, straight to the 3D view, whose next
 * Tab stops are its hotspots. Focus moves in script, so the address (which
 * carries the view, and a presenter's key on live pages) keeps its fragment.
 */
import { useStrings } from './useStrings';

export const VIEW_ID = 'sitevisit-view';

export function SkipLink() {
  const t = useStrings();
  return (
    <a
      className="skip-link"
      href={`#${VIEW_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(VIEW_ID)?.focus();
      }}
    >
      {t.skipToView}
    </a>
  );
}
