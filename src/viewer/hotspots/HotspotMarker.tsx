/**
 * A hotspot as a real DOM button pinned to a 3D point: focusable, named, and
 * the same size at any distance. Occluded markers are dimmed, not removed, so
 * keyboard users can still reach them.
 */
import { memo, useState, type RefObject } from 'react';
import { Html } from '@react-three/drei';
import type { Object3D } from 'three';
import type { Hotspot, Vec3 } from '../../tour/schema';
import { localize } from '../../tour/text';
import { useActions, useTour } from '../../state/hooks';
import { useFollowLink } from './FollowLinkContext';

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

  const activate = () => {
    if (hotspot.type === 'info') openCard(hotspot.id, 'user');
    else followLink(hotspot);
  };

  return (
    <Html
      position={position}
      center
      zIndexRange={[20, 10]}
      {...(occluders ? { occlude: occluders, onOcclude: setHidden } : {})}
    >
      <button
        type="button"
        className={`hotspot hotspot--${hotspot.type}${hidden ? ' hotspot--occluded' : ''}`}
        data-hotspot={hotspot.id}
        aria-haspopup={hotspot.type === 'info' ? 'dialog' : undefined}
        aria-expanded={hotspot.type === 'info' ? open : undefined}
        onClick={activate}
      >
        <span className="hotspot__icon" aria-hidden="true">
          {hotspot.type === 'info' ? 'i' : '➜'}
        </span>
        <span className="hotspot__label">{title}</span>
      </button>
    </Html>
  );
});
