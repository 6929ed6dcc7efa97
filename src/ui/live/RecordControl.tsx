/**
 * "Record as a guide" for speakers: the recorder (src/guides/record/) is a chunk of its own, loaded
 * on the first press, which also starts recording. Kept mounted whoever is in control, so handing
 * over does not end a recording (it goes on following the session).
 */
import { lazy, Suspense, useState } from 'react';
import type { LiveSession } from '../../live/start';
import { useTour } from '../../state/hooks';
import { inLanguage } from '../inLanguage';

const RecordPanel = lazy(() => import('../../guides/record/RecordPanel'));

/** Here, not in liveStrings.ts, which the viewer's first chunk carries: only speakers see it. */
const RECORD = { en: 'Record as a guide', sv: 'Spela in som guide', fi: 'Nauhoita opastukseksi' };

export function RecordControl({ session }: { session: LiveSession }) {
  const label = inLanguage(RECORD, useTour((s) => s.language));
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" data-guide-record-start onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  return (
    <Suspense fallback={null}>
      <RecordPanel session={session} onClose={() => setOpen(false)} />
    </Suspense>
  );
}
