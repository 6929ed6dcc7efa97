/**
 * How the tab that created a live session becomes its presenter: the
 * composition root provides a function that keeps the first speaker's key for
 * this tab and joins the session in place (the view stays where it is). Without
 * a provider, the tab opens the presenter link instead (a reload).
 */
import { createContext, useContext } from 'react';

export type PresentHere = (code: string, presenterUrl: string) => void | Promise<void>;

export const PresentHereContext = createContext<PresentHere | null>(null);

export function usePresentHere(): PresentHere {
  return useContext(PresentHereContext) ?? ((_code, presenterUrl) => location.assign(presenterUrl));
}
