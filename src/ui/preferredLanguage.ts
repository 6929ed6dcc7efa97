/**
 * The language a page opens in where no tour decides it (the tour list, quick
 * view, the visit pages): the link's `lang`, else the first of the browser's
 * languages that the page offers, else English. Tags compare by their base,
 * case-insensitively ("sv-SE", "FI").
 */
import { languageNames } from './strings';

/** The languages the viewer's own words are written in. */
export const UI_LANGUAGES = Object.keys(languageNames);

export function preferredLanguage(href: string, browserLanguages: readonly string[], offered: readonly string[] = UI_LANGUAGES): string {
  const requested = [new URL(href).searchParams.get('lang') ?? '', ...browserLanguages];
  for (const tag of requested) {
    const base = tag.split('-')[0]?.toLowerCase() ?? '';
    if (offered.includes(base)) return base;
  }
  return 'en';
}

/** The browser's languages, most preferred first (older browsers have only `navigator.language`). */
export const browserLanguages = (): readonly string[] => (navigator.languages?.length ? navigator.languages : [navigator.language]);
