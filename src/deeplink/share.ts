/** The links and snippets the share panel offers, built from a ViewState. Pure. */
import type { ViewState } from '../state/types';
import { encodeLink } from './codec';

export interface ShareLinks {
  /** Exactly what the visitor sees: scene, view, card, language. */
  view: string;
  /** The scene at its start view, no card. */
  scene: string;
  /** An <iframe> snippet showing the same view. */
  embed: string;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function shareLinks(state: ViewState, origin: string, title: string): ShareLinks {
  const view = origin + encodeLink(state);
  const scene = origin + encodeLink({ ...state, card: null }, { includeView: false });
  const embed =
    `<iframe src="${escapeAttribute(`${view}&embed=1`)}" title="${escapeAttribute(title)}" ` +
    `width="960" height="540" style="border:0;max-width:100%" allow="fullscreen; xr-spatial-tracking; gyroscope; accelerometer" loading="lazy"></iframe>`;
  return { view, scene, embed };
}
