/** The page's language and its words, for every component of a visit page (set once by VisitShell). */
import { createContext, useContext } from 'react';
import { visitStrings, type VisitStrings } from './strings';

export interface VisitLanguage {
  language: string;
  t: VisitStrings;
  setLanguage(language: string): void;
}

export const VisitLanguageContext = createContext<VisitLanguage>({ language: 'en', t: visitStrings('en'), setLanguage: () => {} });

export const useVisitText = (): VisitLanguage => useContext(VisitLanguageContext);

/** The language a page opens in: `?lang=`, else the browser's, of the pages' languages; else English. */
export function initialLanguage(href: string, browser: readonly string[], offered: readonly string[]): string {
  const requested = [new URL(href).searchParams.get('lang') ?? '', ...browser];
  for (const tag of requested) {
    const base = tag.split('-')[0] ?? '';
    if (offered.includes(base)) return base;
  }
  return 'en';
}
