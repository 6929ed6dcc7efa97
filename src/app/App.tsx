/** The shell: the 3D view with its DOM overlays. */
import { Viewer, type ViewerDiagnostics } from '../viewer/Viewer';
import { TopBar } from '../ui/TopBar';
import { InfoCard } from '../ui/InfoCard';
import { LoadingBar, Notices, SceneErrorCard } from '../ui/SceneStatus';
import { TourProblems, TourWarnings } from '../ui/TourProblems';
import { DropZone } from '../ui/DropZone';
import { HotspotList } from '../ui/HotspotList';
import { useStrings } from '../ui/useStrings';
import { useTour } from '../state/hooks';
import type { ReactNode } from 'react';

interface Props {
  onFiles: (files: File[]) => void;
  onDiagnostics?: (diagnostics: ViewerDiagnostics) => void;
  /** Extra overlays the composition root adds (the live tour's). */
  children?: ReactNode;
}

export function App({ onFiles, onDiagnostics, children }: Props) {
  const t = useStrings();
  const language = useTour((s) => s.language);
  return (
    <div className="app" lang={language}>
      <Viewer label={t.viewer} {...(onDiagnostics ? { onDiagnostics } : {})} />
      <TopBar />
      <HotspotList />
      <LoadingBar />
      <SceneErrorCard />
      <InfoCard />
      <TourProblems />
      <TourWarnings />
      <Notices />
      <DropZone onFiles={onFiles} />
      {children}
    </div>
  );
}
