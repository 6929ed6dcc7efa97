/** `/studio…`: the tour studio, loaded as chunks of its own that visitors, attendees and embeds never request. */
import { createRoot } from 'react-dom/client';
import { Viewer } from '../viewer/Viewer';
import { App } from './App';

export const isStudioPath = (pathname: string) => /^\/studio(\/|$)/.test(`/${pathname.slice(import.meta.env.BASE_URL.length)}`);

export async function startStudio(rootElement: HTMLElement): Promise<void> {
  const { startStudio: start } = await import('../studio/start');
  // Handed over, not imported by the studio: src/studio/visitorParts.ts says why.
  start(rootElement, { createRoot, Viewer, App });
}
