/**
 * The poster of a light embed: shows the scene's preview picture and loads the
 * real viewer (the same URL without autoload=0) only when the visitor asks.
 * Imports nothing from the app but the id pattern (zod stays out: the shared
 * grammar's schemas are marked pure), so the page stays a few kilobytes.
 */
import { ID_PATTERN } from '../../protocol/common';
import './poster.css';

/** The poster picture written by the build for `/t/<tour>/<scene>/` (or the tour's start scene). */
export function posterImage(href: string): string | null {
  const url = new URL(href);
  const [, prefix, tour, scene] = url.pathname.split('/');
  const safe = (s: string | undefined | null) => (s && ID_PATTERN.test(s) ? s : null);
  const tourId = prefix === 't' ? safe(tour) : safe(url.searchParams.get('tour'));
  if (!tourId) return null;
  const sceneId = prefix === 't' ? safe(scene) : null;
  return `/t/${tourId}/${sceneId ? `${sceneId}/` : ''}poster.webp`;
}

/** The button's words in the languages of the viewer (the link's `lang`). */
const LOAD_TOUR: Record<string, string> = {
  en: 'Load the interactive tour',
  sv: 'Ladda den interaktiva turen',
  fi: 'Lataa interaktiivinen kierros',
};

const image = document.querySelector<HTMLImageElement>('.poster__image');
const play = document.querySelector<HTMLButtonElement>('[data-poster-play]');
const src = posterImage(location.href);
// The iframe itself is lazy (loading="lazy" in the embed code): by now it is in view.
if (image && src) image.src = src;
image?.addEventListener('error', () => (image.hidden = true), { once: true });
if (!src && image) image.hidden = true;
const language = new URL(location.href).searchParams.get('lang') ?? '';
const label = play?.querySelector('span:last-child');
if (label && LOAD_TOUR[language]) {
  label.textContent = LOAD_TOUR[language];
  document.documentElement.lang = language;
}
play?.addEventListener('click', () => {
  const url = new URL(location.href);
  url.searchParams.delete('autoload');
  // replace, not assign: the poster should not be a step of the partner page's history.
  location.replace(url.href);
});
