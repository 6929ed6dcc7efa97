/**
 * Every hotspot of the scene as a plain list: keyboard and screen-reader users
 * reach hotspots that are behind them or hidden by the model, and anyone can
 * find "what is there to see here" without hunting for markers.
 */
import { useActions, useTour } from '../state/hooks';
import type { LinkHotspot } from '../tour/schema';
import { selectScene } from '../state/selectors';
import { localize } from '../tour/text';
import { useStrings } from './useStrings';
import { MarkerIcon, markerKind } from './MarkerIcon';

interface Props {
  /** Called when the visitor follows a link; the app decides where it leads. */
  onFollowLink: (hotspot: LinkHotspot) => void;
}

export function HotspotList({ onFollowLink }: Props) {
  const t = useStrings();
  const scene = useTour(selectScene);
  const language = useTour((s) => s.language);
  const fallback = useTour((s) => s.tour?.defaultLanguage ?? 'en');
  const ready = useTour((s) => s.sceneStatus === 'ready');
  const { focusHotspot, openCard } = useActions();
  if (!scene || !ready || scene.hotspots.length === 0) return null;
  return (
    <details className="poi">
      <summary>
        {t.inThisScene} ({scene.hotspots.length})
      </summary>
      <ul>
        {scene.hotspots.map((hotspot) => (
          <li key={hotspot.id}>
            <button
              type="button"
              data-poi={hotspot.id}
              onClick={() => {
                if (hotspot.type === 'link') {
                  onFollowLink(hotspot);
                  return;
                }
                focusHotspot(hotspot.id, 'app');
                openCard(hotspot.id, 'user');
              }}
            >
              <MarkerIcon kind={markerKind(hotspot)} className="poi__icon" />
              {localize(hotspot.title, language, fallback)}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
