/**
 * Uploads one file into the tour's folder with its progress (XMLHttpRequest: fetch reports no
 * upload progress), then follows the server's job (tiling, optimizing) until it gives the scene.
 */
import type { DraftScene } from '../draft/types';
import { api } from './api';
import { errorText } from './errorTexts';
import { studioLanguage, studioStrings } from '../strings';

export interface Uploaded {
  file: string;
  kind: 'panorama' | 'model' | 'image' | 'audio' | 'captions';
  job?: { id: string };
  /** The scene the file makes, when no job is needed (a panorama narrow enough to show whole). */
  scene?: DraftScene;
}

export function uploadFile(tourId: string, file: File, onProgress: (fraction: number) => void): Promise<{ ok: true; value: Uploaded } | { ok: false; error: string }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${import.meta.env.BASE_URL}api/studio/tours/${encodeURIComponent(tourId)}/files`);
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        // An answer that is not JSON: its status says enough.
      }
      if (xhr.status === 201) resolve({ ok: true, value: body as unknown as Uploaded });
      else resolve({ ok: false, error: errorText(body, studioLanguage()) ?? (typeof body.error === 'string' ? body.error : `${xhr.status} ${xhr.statusText}`) });
    };
    xhr.onerror = () => resolve({ ok: false, error: studioStrings(studioLanguage()).unreachable });
    xhr.send(file);
  });
}

/** Polls a job until it is done (its scene) or failed (its reason); `onProgress` gets its 0..1. */
export async function followJob(jobId: string, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<{ scene?: DraftScene; error?: string }> {
  while (!signal.aborted) {
    const result = await api.job(jobId);
    if (result.ok) {
      const job = result.value;
      onProgress(job.progress);
      if (job.state === 'done') return job.result?.scene ? { scene: job.result.scene } : {};
      if (job.state === 'failed') return { error: errorText({ ...job, name: job.file }, studioLanguage()) ?? job.error ?? 'failed' };
    } else if (!result.network) return { error: result.error };
    await new Promise((r) => setTimeout(r, 1000));
  }
  return { error: 'cancelled' };
}
