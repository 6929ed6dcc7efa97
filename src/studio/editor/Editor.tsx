/**
 * The editor's layout: the commands on top; the scenes, hotspots, problems and files beside the
 * view; the selected item's panel on the other side (all stacked under the view on a phone).
 */
import { useState } from 'react';
import { useSaveState, useStudio } from '../StudioContext';
import { Toolbar } from './Toolbar';
import { StudioViewer } from './StudioViewer';
import { SceneList } from './SceneList';
import { HotspotList } from './HotspotList';
import { ProblemList } from './ProblemList';
import { ItemPanel } from './ItemPanel';
import { HistoryPanel } from './HistoryPanel';
import { ConflictView } from './ConflictView';
import { AddFiles } from './AddFiles';
import { GuidesPanel } from './GuidesPanel';
import { useStudioKeys } from './useStudioKeys';

export function Editor() {
  const { t } = useStudio();
  const [historyOpen, setHistoryOpen] = useState(false);
  const conflict = useSaveState((s) => s.conflict !== null);
  useStudioKeys();
  return (
    <div className="studio studio-ui">
      <Toolbar historyOpen={historyOpen} onHistory={() => setHistoryOpen(!historyOpen)} />
      <main className="studio__main" aria-label={t.studio}>
        {conflict && <ConflictView />}
        {historyOpen && <HistoryPanel onClose={() => setHistoryOpen(false)} />}
        <StudioViewer />
        <div className="studio__side">
          <SceneList />
          <HotspotList />
          <ProblemList />
          <GuidesPanel />
          <AddFiles />
        </div>
        <div className="studio__panel">
          <ItemPanel />
        </div>
      </main>
    </div>
  );
}
