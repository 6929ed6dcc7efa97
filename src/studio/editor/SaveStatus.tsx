/** Where the edits are: saving, saved, kept here while offline, published, refused (with why), or failed. */
import { useDraft, useSaveState, useStudio } from '../StudioContext';
import { isDirty } from '../draft/draftStore';

export function SaveStatus() {
  const { t } = useStudio();
  const status = useSaveState((s) => s.status);
  const message = useSaveState((s) => s.message);
  const dirty = useDraft(isDirty);
  const words: Record<typeof status, string> = {
    idle: dirty ? t.unsaved : '',
    saving: t.saving,
    saved: dirty ? t.unsaved : t.saved,
    published: dirty ? t.unsaved : t.publishedNow,
    offline: t.offline,
    conflict: t.conflictTitle,
    failed: `${t.failed}: ${message ?? ''}`,
    refused: `${t.refused}${message ? ` (${message})` : ''}`,
  };
  return (
    <p className="studio-toolbar__status" role="status" data-save-status={status} data-dirty={dirty || undefined}>
      {words[status]}
    </p>
  );
}
