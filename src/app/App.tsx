/**
 * The shell: the 3D view with its DOM overlays. The DOM order is the Tab
 * order: skip link, top bar, the view and its hotspots, then the panels.
 */
import { Viewer, type ViewerDiagnostics } from '../viewer/Viewer';
import { TopBar } from '../ui/TopBar';
import { EmbedBar } from '../ui/EmbedBar';
import { InfoCard } from '../ui/InfoCard';
import { LoadingBar, Notices } from '../ui/SceneStatus';
import { SceneErrorCard } from '../ui/SceneErrorCard';
import { TourProblems, TourWarnings } from '../ui/TourProblems';
import { DropZone } from '../ui/DropZone';
import { HotspotList } from '../ui/HotspotList';
import { MinimapCorner } from '../ui/MinimapCorner';
import { GuideCorner } from '../ui/GuideCorner';
import { SoundCorner } from '../ui/SoundCorner';
import { KioskCorner } from '../ui/KioskCorner';
import { LookAroundCorner } from '../ui/LookAroundCorner';
import type { KioskSettings } from '../kiosk/settings';
import { ViewIn3D } from '../ui/ViewIn3D';
import { SkipLink, VIEW_ID } from '../ui/SkipLink';
import { SceneAnnouncer } from '../ui/SceneAnnouncer';
import { useStrings } from '../ui/useStrings';
import { useTour, useTourStore } from '../state/hooks';
import type { LinkHotspot } from '../tour/schema';
import { useCallback, type ReactNode } from 'react';
import { followLink } from './followLink';

interface Props {
  /** Embed mode (`?embed=1`): minimal chrome for a partner page's iframe. */
  embedded?: boolean;
  onFiles: (files: File[]) => void;
  onDiagnostics?: (diagnostics: ViewerDiagnostics) => void;
  /** Kiosk mode (`?kiosk=1`): attract mode after idle time; no share or live controls. */
  kiosk?: KioskSettings | null;
  /** A live tour: its speaker is the guide, so the tour's own guides are not offered. */
  live?: boolean;
  /** Extra overlays the composition root adds (the live tour's). */
  children?: ReactNode;
}

export function App({ embedded = false, kiosk = null, live = false, onFiles, onDiagnostics, children }: Props) {
  const t = useStrings();
  const language = useTour((s) => s.language);
  const store = useTourStore();
  // The viewer's markers and the hotspot list report the link; the app decides where it leads.
  const onFollowLink = useCallback((hotspot: LinkHotspot) => followLink(store, hotspot, 'user'), [store]);
  const cardOpen = useTour((s) => s.cardId !== null);
  return (
    <div className="app" lang={language} data-embedded={embedded || undefined} data-card-open={cardOpen || undefined} data-kiosk={kiosk ? true : undefined}>
      <SkipLink />
      {embedded ? <EmbedBar /> : <TopBar />}
      <Viewer id={VIEW_ID} label={t.viewer} onFollowLink={onFollowLink} {...(onDiagnostics ? { onDiagnostics } : {})} />
      <HotspotList onFollowLink={onFollowLink} />
      <MinimapCorner onFollowLink={onFollowLink} />
      {!embedded && !live && <GuideCorner />}
      <div className="side-controls">
        <SoundCorner />
        <LookAroundCorner />
      </div>
      <KioskCorner kiosk={kiosk} />
      <ViewIn3D />
      <LoadingBar />
      <SceneErrorCard {...(embedded ? {} : { onFiles })} />
      <InfoCard />
      <TourProblems />
      <TourWarnings />
      <Notices />
      <SceneAnnouncer />
      {!embedded && <DropZone onFiles={onFiles} />}
      {children}
    </div>
  );
}
