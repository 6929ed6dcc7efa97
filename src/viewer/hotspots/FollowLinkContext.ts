/**
 * How a hotspot marker reports that the visitor followed a link. The viewer only says which
 * link; the app decides where it leads (a scene of this tour, or a page of another tour).
 */
import { createContext, useContext } from 'react';
import type { LinkHotspot } from '../../tour/schema';

export type FollowLink = (hotspot: LinkHotspot) => void;

export const FollowLinkContext = createContext<FollowLink | null>(null);

export function useFollowLink(): FollowLink {
  const followLink = useContext(FollowLinkContext);
  if (!followLink) throw new Error('useFollowLink needs a <FollowLinkContext.Provider> (the Viewer provides it)');
  return followLink;
}
