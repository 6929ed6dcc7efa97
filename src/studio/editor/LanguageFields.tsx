/**
 * One text in every tour language, side by side (stacked on a phone), each marked when its
 * translation is missing; a card body also shows its rendered preview, as visitors will see it.
 */
import { lazy, Suspense, useId } from 'react';
import type { Text } from '../../tour/schema';
import { useStudio } from '../StudioContext';
import { missingLanguages, textIn } from '../draft/texts';

const Markdown = lazy(() => import('../../ui/Markdown'));

interface Props {
  label: string;
  text: Text | undefined;
  languages: string[];
  multiline?: boolean;
  /** The card's title per language, shown above the rendered body. */
  previewTitle?: (language: string) => string;
  /** Where the card's relative links and images resolve. */
  base?: string;
  onChange: (language: string, value: string) => void;
  field: string;
}

export function LanguageFields({ label, text, languages, multiline = false, previewTitle, base = location.href, onChange, field }: Props) {
  const { t } = useStudio();
  const id = useId();
  const missing = new Set(missingLanguages(text, languages));
  return (
    <fieldset className="studio-langs" data-field={field}>
      <legend>{label}</legend>
      <div className="studio-langs__grid">
        {languages.map((language) => {
          const value = textIn(text, language) ?? '';
          const inputId = `${id}-${language}`;
          const props = { id: inputId, lang: language, value, onChange: (e: { target: { value: string } }) => onChange(language, e.target.value), 'aria-describedby': missing.has(language) ? `${inputId}-missing` : undefined };
          return (
            <div key={language} className="studio-lang" data-language={language} data-missing={missing.has(language) || undefined}>
              <label htmlFor={inputId}>
                {label} ({language})
              </label>
              {missing.has(language) && (
                <span id={`${inputId}-missing`} className="studio-missing">
                  {t.missing}
                </span>
              )}
              {multiline ? <textarea rows={5} {...props} /> : <input type="text" {...props} />}
              {previewTitle && (
                <section className="studio-card-preview" lang={language} aria-label={`${t.cardPreview} (${language})`}>
                  <h3>{previewTitle(language)}</h3>
                  <Suspense fallback={null}>
                    <Markdown source={value} base={base} />
                  </Suspense>
                </section>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
