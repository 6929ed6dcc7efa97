/** The tour's languages, when it has more than one. */
import { useId } from 'react';
import { useActions, useTour } from '../state/hooks';
import { tourLanguages } from '../tour/text';
import { languageNames } from './strings';
import { useStrings } from './useStrings';

export function LanguageSwitch() {
  const t = useStrings();
  const id = useId();
  const tour = useTour((s) => s.tour);
  const language = useTour((s) => s.language);
  const { setLanguage } = useActions();
  const languages = tour ? tourLanguages(tour) : [];
  if (languages.length < 2) return null;
  return (
    <div className="language">
      <label htmlFor={id} className="visually-hidden">
        {t.language}
      </label>
      <select id={id} value={language} onChange={(e) => setLanguage(e.target.value, 'user')}>
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageNames[l] ?? l}
          </option>
        ))}
      </select>
    </div>
  );
}
