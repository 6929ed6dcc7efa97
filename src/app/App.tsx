/** The shell: the 3D view with its DOM overlays. */
import { Viewer, type ViewerDiagnostics } from '../viewer/Viewer';
import { TopBar } from '../ui/TopBar';
import { InfoCard } from '../ui/InfoCard';
import { LoadingBar, Notices, SceneErrorCard } from '../ui/SceneStatus';
import { TourProblems, TourWarnings } from '../ui/TourProblems';
import { DropZone } from '../ui/DropZone';
import { HotspotList } from '../ui/HotspotList';
import { ViewIn3D } from '../ui/ViewIn3D';
import { useStrings } from '../ui/useStrings';
import { useTour } from '../state/hooks';

interface Props {
  onFiles: (files: File[]) => void;
  onDiagnostics?: (diagnostics: ViewerDiagnostics) => void;
}

export function App({ onFiles, onDiagnostics }: Props) {
  const t = useStrings();
  const language = useTour((s) => s.language);
  return (
    <div className="app" lang={language}>
      <Viewer label={t.viewer} {...(onDiagnostics ? { onDiagnostics } : {})} />
      <TopBar />
      <HotspotList />
      <ViewIn3D />
      <LoadingBar />
      <SceneErrorCard />
      <InfoCard />
      <TourProblems />
      <TourWarnings />
      <Notices />
      <DropZone onFiles={onFiles} />
    </div>
  );
}
