/**
 * Says where the visitor is: the page title reads "<scene> – <tour>" in the
 * visitor's language (tabs, bookmarks, history, screen readers), and a polite
 * live region announces each scene change. Also keeps the document's language
 * in step with the visitor's.
 */
import { useEffect } from 'react';
import { useTour } from '../state/hooks';
import { selectScene } from '../state/selectors';
import { localize } from '../tour/text';

const APP_NAME = 'sitevisit';

export function SceneAnnouncer() {
  const language = useTour((s) => s.language);
  const tour = useTour((s) => localize(s.tour?.title, s.language, s.tour?.defaultLanguage ?? 'en'));
  const scene = useTour((s) => localize(selectScene(s)?.title, s.language, s.tour?.defaultLanguage ?? 'en'));

  useEffect(() => {
    const parts = [scene, tour].filter((part, i, all) => part !== '' && all.indexOf(part) === i);
    document.title = parts.length > 0 ? parts.join(' – ') : APP_NAME;
  }, [scene, tour]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-scene-announcer>
      {scene}
    </p>
  );
}
