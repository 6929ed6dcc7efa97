/**
 * The parts of the visitor's app the studio renders — React DOM's createRoot, the viewer, the
 * visitor's shell for Preview — handed over by the entry (src/app/studioRoute.ts) instead of
 * imported: their module graphs reach CommonJS packages (React DOM) which, shared with a lazy
 * chunk, make the bundler split the visitor's entry into many chunks (rolldown#10731).
 */
import { createContext, useContext } from 'react';
import type { createRoot } from 'react-dom/client';
import type { Viewer } from '../viewer/Viewer';
import type { App } from '../app/App';

export interface VisitorParts {
  createRoot: typeof createRoot;
  Viewer: typeof Viewer;
  App: typeof App;
}

export const VisitorPartsContext = createContext<VisitorParts | null>(null);

export function useVisitorParts(): VisitorParts {
  const parts = useContext(VisitorPartsContext);
  if (!parts) throw new Error('useVisitorParts needs a <VisitorPartsContext.Provider> (startStudio provides it)');
  return parts;
}
