/**
 * "Save to studio": the recording's narration files go into the tour's folder (the studio's upload,
 * which never replaces a file and may keep one under another free name), then the guide is added
 * to the tour's draft (If-Match; read again and added again once if someone saved meanwhile).
 * The studio's own calls (src/studio/server/api.ts), so the same session cookie and messages.
 */
import type { Guide } from '../../tour/guide';
import { api } from '../../studio/server/api';
import type { Draft } from '../../studio/draft/types';
import { freeGuideId, renameFiles, type RecordedGuide } from './recordedGuide';

/** Whether this browser is signed in to the studio and the studio has the tour (so the guide can go there). */
export async function studioHas(tour: string): Promise<boolean> {
  const session = await api.signedIn();
  if (!session.ok || !session.value.signedIn) return false;
  return (await api.draft(tour)).ok;
}

async function upload(tour: string, name: string, blob: Blob): Promise<{ ok: true; file: string } | { ok: false; error: string }> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}api/studio/tours/${encodeURIComponent(tour)}/files`, {
      method: 'POST',
      headers: { 'X-File-Name': encodeURIComponent(name), 'Content-Type': blob.type || 'application/octet-stream' },
      body: blob,
      credentials: 'same-origin',
    });
    const body = (await response.json().catch(() => ({}))) as { file?: unknown; error?: unknown };
    if (response.status === 201 && typeof body.file === 'string') return { ok: true, file: body.file };
    return { ok: false, error: typeof body.error === 'string' ? body.error : `${response.status} ${response.statusText}` };
  } catch {
    return { ok: false, error: 'The server could not be reached.' };
  }
}

const guideIds = (draft: Draft) => (draft.guides ?? []).map((g) => g.id);

/** Adds the guide to the draft; `build` makes it under an id the draft does not use yet. Returns the guide's id. */
export async function saveToStudio(tour: string, wantedId: string, build: (id: string) => RecordedGuide): Promise<{ ok: true; id: string } | { ok: false; error: string }> {
  const first = await api.draft(tour);
  if (!first.ok) return { ok: false, error: first.error };
  const id = freeGuideId(wantedId, guideIds(JSON.parse(first.value) as Draft));
  const recorded = build(id);
  const names = new Map<string, string>();
  for (const file of recorded.files) {
    const done = await upload(tour, file.name, file.blob);
    if (!done.ok) return { ok: false, error: done.error };
    names.set(file.name, done.file);
  }
  const guide: Guide = renameFiles(recorded.guide, names);
  let current = first;
  for (let attempt = 0; attempt < 2; attempt++) {
    const draft = JSON.parse(current.value) as Draft;
    const saved = await api.saveDraft(tour, { ...draft, guides: [...(draft.guides ?? []), { ...guide, id: freeGuideId(id, guideIds(draft)) }] }, current.version ?? null);
    if (saved.ok) return { ok: true, id };
    if (saved.status !== 409) return { ok: false, error: saved.error };
    const again = await api.draft(tour);
    if (!again.ok) return { ok: false, error: again.error };
    current = again;
  }
  return { ok: false, error: 'Someone else saved this tour since you opened it.' };
}
