/**
 * A hotspot as a real DOM button pinned to a 3D point: focusable, named, and
 * the same size at any distance. Occluded markers are dimmed, not removed, so
 * keyboard users can still reach them. Inside a MarkerLayer it may be spread
 * apart from a neighbour, folded into a cluster, or show its label at rest.
 */
import { memo, useState, type RefObject } from 'react';
import { Html } from '@react-three/drei';
import type { Object3D } from 'three';
import type { Hotspot, Vec3 } from '../../tour/schema';
import { localize } from '../../tour/text';
import { useActions, useTour } from '../../state/hooks';
import { useFollowLink } from './FollowLinkContext';
import { MarkerIcon, markerKind } from '../../ui/MarkerIcon';
import { PRIORITY } from './markerEntry';
import { useMarkerSlot } from './useMarkerSlot';

interface Props {
  hotspot: Hotspot;
  position: Vec3;
  /** Objects that can hide the marker (the model); none for panoramas. */
  occluders?: RefObject<Object3D>[];
}

export const HotspotMarker = memo(function HotspotMarker({ hotspot, position, occluders }: Props) {
  const { openCard } = useActions();
  const followLink = useFollowLink();
  const title = useTour((s) => localize(hotspot.title, s.language, s.tour?.defaultLanguage ?? 'en'));
  const open = useTour((s) => s.cardId === hotspot.id);
  const [hidden, setHidden] = useState(false);
  const kind = markerKind(hotspot);
  const priority = hotspot.type === 'info' ? PRIORITY.info : hotspot.role ? PRIORITY.sequence : PRIORITY.link;
  const slot = useMarkerSlot(hotspot.id, position, title, priority);

  const activate = () => {
    if (hotspot.type === 'info') openCard(hotspot.id, 'user');
    else followLink(hotspot);
  };
  const onOcclude = (occluded: boolean) => {
    setHidden(occluded);
    slot.onOcclude(occluded);
  };

  return (
    <Html position={position} center zIndexRange={[20, 10]} {...(occluders ? { occlude: occluders, onOcclude } : {})}>
      <button
        ref={slot.ref}
        type="button"
        className={`hotspot hotspot--${hotspot.type} hotspot--${kind}${hidden ? ' hotspot--occluded' : ''}`}
        data-hotspot={hotspot.id}
        // The name stays when the label is hidden (while its card is open, or folded into a cluster).
        aria-label={title}
        aria-haspopup={hotspot.type === 'info' ? 'dialog' : undefined}
        aria-expanded={hotspot.type === 'info' ? open : undefined}
        onClick={activate}
      >
        <span className="hotspot__icon" aria-hidden="true">
          <MarkerIcon kind={kind} />
        </span>
        <span className="hotspot__label">{title}</span>
      </button>
    </Html>
  );
});
