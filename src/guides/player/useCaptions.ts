/** The captions of a step in the visitor's language (else the tour's default, else any), fetched and parsed; the latest step wins. */
import { useEffect, useState } from 'react';
import type { GuideStep } from '../../tour/guide';
import { resolveAsset } from '../../tour/assets';
import { parseVtt, type Cue } from './vtt';

export type CaptionsLoad = { status: 'none' } | { status: 'ready'; cues: Cue[] } | { status: 'error' };

export function pickCaptions(step: GuideStep, language: string, fallback: string): string | null {
  const captions = step.captions ?? {};
  return captions[language] ?? captions[language.split('-')[0] ?? ''] ?? captions[fallback] ?? Object.values(captions)[0] ?? null;
}

export function useCaptions(url: string | null, tourUrl: string): CaptionsLoad {
  const href = url === null ? null : resolveAsset(url, tourUrl);
  const [state, setState] = useState<{ href: string; load: CaptionsLoad } | null>(null);
  useEffect(() => {
    if (href === null) return;
    let current = true;
    fetch(href)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((text): CaptionsLoad => {
        const parsed = parseVtt(text);
        return parsed.ok ? { status: 'ready', cues: parsed.cues } : { status: 'error' };
      })
      .catch((): CaptionsLoad => ({ status: 'error' }))
      .then((load) => {
        if (current) setState({ href, load });
      });
    return () => {
      current = false;
    };
  }, [href]);
  if (href === null) return { status: 'none' };
  return state?.href === href ? state.load : { status: 'none' };
}
