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
