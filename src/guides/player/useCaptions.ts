/** The captions of a step in the visitor's language (else the tour's default, else any), fetched and parsed; the latest step wins. */
import type { GuideStep } from '../../tour/guide';
import { resolveAsset } from '../../tour/assets';
import { useFetched } from '../useFetched';
import { parseVtt, type Cue } from './vtt';

export type CaptionsLoad = { status: 'none' } | { status: 'ready'; cues: Cue[] } | { status: 'error' };

export function pickCaptions(step: GuideStep, language: string, fallback: string): string | null {
  const captions = step.captions ?? {};
  return captions[language] ?? captions[language.split('-')[0] ?? ''] ?? captions[fallback] ?? Object.values(captions)[0] ?? null;
}

const loadCaptions = (href: string): Promise<CaptionsLoad> =>
  fetch(href)
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
    .then(parseVtt)
    .then((parsed): CaptionsLoad => (parsed.ok ? { status: 'ready', cues: parsed.cues } : { status: 'error' }))
    .catch((): CaptionsLoad => ({ status: 'error' }));

export function useCaptions(url: string | null, tourUrl: string): CaptionsLoad {
  return useFetched(url === null ? null : resolveAsset(url, tourUrl), loadCaptions) ?? { status: 'none' };
}
