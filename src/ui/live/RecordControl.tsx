/**
 * "Record as a guide" for speakers: the recorder (src/guides/record/) is a chunk of its own, loaded
 * on the first press, which also starts recording. Kept mounted whoever is in control, so handing
 * over does not end a recording (it goes on following the session).
 */
import { lazy, Suspense, useState } from 'react';
import type { LiveSession } from '../../live/start';
import { useLiveStrings } from './liveStrings';

const RecordPanel = lazy(() => import('../../guides/record/RecordPanel'));

export function RecordControl({ session }: { session: LiveSession }) {
  const t = useLiveStrings();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" data-guide-record-start onClick={() => setOpen(true)}>
        {t.recordGuide}
      </button>
    );
  }
  return (
    <Suspense fallback={null}>
      <RecordPanel session={session} onClose={() => setOpen(false)} />
    </Suspense>
  );
}
