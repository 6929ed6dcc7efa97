/**
 * The viewer language a visitor asked for where no tour decides it (the tour
 * list, quick view): the link's `lang`, else the browser's, else English.
 */
import { languageNames } from './strings';

/** The languages the viewer's own words are written in. */
export const UI_LANGUAGES = Object.keys(languageNames);

export function preferredLanguage(href: string, browserLanguage: string): string {
  const requested = new URL(href).searchParams.get('lang') ?? browserLanguage;
  return UI_LANGUAGES.find((l) => requested.toLowerCase().startsWith(l)) ?? 'en';
}
