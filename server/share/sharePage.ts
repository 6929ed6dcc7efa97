/**
 * A scene's share page: the app's HTML with og:title, og:description,
 * og:url and og:image, so a link pasted in a chat shows a card; the page then
 * boots the viewer at that scene (the app reads the path). Written for the
 * built-in tours by scripts/share-pages.ts at build time and rendered by the
 * server for the tours published from the studio (contentShare.ts).
 * `publicUrl` (PUBLIC_URL, e.g. https://tours.example.org) makes og:url and
 * og:image absolute, as some crawlers require.
 */
import { localize } from '../../src/tour/text';
import type { Scene, Tour } from '../../src/tour/schema';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './previewImage';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** `template` with the scene's title, description and link-preview tags; `path` is the page's own (`/t/<tour>/<scene>/`). */
export function sharePage(template: string, tour: Tour, scene: Scene, path: string, hasImage: boolean, publicUrl: string): string {
  const base = publicUrl.replace(/\/$/, '');
  const language = tour.defaultLanguage;
  const title = `${localize(scene.title, language, language)} — ${localize(tour.title, language, language)}`;
  const description = localize(scene.description ?? tour.description ?? tour.title, language, language);
  const tags = [
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${escapeHtml(title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:url" content="${escapeHtml(base + path)}" />`,
    `<meta name="twitter:card" content="${hasImage ? 'summary_large_image' : 'summary'}" />`,
    ...(hasImage
      ? [
          `<meta property="og:image" content="${escapeHtml(`${base}${path}preview.jpg`)}" />`,
          `<meta property="og:image:width" content="${PREVIEW_WIDTH}" />`,
          `<meta property="og:image:height" content="${PREVIEW_HEIGHT}" />`,
        ]
      : []),
  ].join('\n    ');
  // Replacer functions: in a replacement string, tour text such as `$&` or `$\`` would copy parts of the template.
  return template
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(/<meta name="description" content="[^"]*" \/>/, () => `<meta name="description" content="${escapeHtml(description)}" />`)
    .replace('</head>', () => `    ${tags}\n  </head>`);
}
