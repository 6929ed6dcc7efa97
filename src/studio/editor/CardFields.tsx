/** A card's illustration (file or address, with its description in every language) and its links. */
import type { Text } from '../../tour/schema';
import { useDraft, useStudio } from '../StudioContext';
import { languagesOf } from '../draft/edits';
import { addCardLink, removeCardLink, setCardImage, setCardLink } from '../draft/cardEdits';
import type { DraftHotspot } from '../draft/types';
import { LanguageFields } from './LanguageFields';

type InfoHotspot = Extract<DraftHotspot, { type: 'info' }>;

export function CardFields({ hotspot, onAltChange }: { hotspot: InfoHotspot; onAltChange: (language: string, value: string) => void }) {
  const { store, t } = useStudio();
  const draft = useDraft((s) => s.draft);
  const languages = languagesOf(draft);
  const { edit } = store.getState();
  const imageId = `studio-card-image-${hotspot.id}`;
  return (
    <>
      <p className="studio-field">
        <label htmlFor={imageId}>{t.cardImage}</label>
        <input
          id={imageId}
          type="text"
          value={hotspot.image ?? ''}
          placeholder="photo.jpg"
          aria-describedby={`${imageId}-hint`}
          onChange={(e) => edit((d) => setCardImage(d, hotspot.id, e.target.value), undefined, `${hotspot.id}:image`)}
        />
        <span id={`${imageId}-hint`} className="studio-hint">
          {t.cardImageHint}
        </span>
      </p>
      {hotspot.image && <LanguageFields field="imageAlt" label={t.imageAlt} text={hotspot.imageAlt} languages={languages} onChange={onAltChange} />}
      <fieldset className="studio-langs" data-field="links">
        <legend>{t.cardLinks}</legend>
        <ul className="studio-links" aria-label={t.cardLinks}>
          {(hotspot.links ?? []).map((link, index) => (
            <li key={index}>
              <LanguageFields
                field={`link-${index}`}
                label={`${t.linkLabel} ${index + 1}`}
                text={link.label as Text}
                languages={languages}
                onChange={(language, label) => edit((d) => setCardLink(d, hotspot.id, index, { language, label }), undefined, `${hotspot.id}:link${index}:${language}`)}
              />
              <p className="studio-field">
                <label htmlFor={`${imageId}-url-${index}`}>
                  {t.linkUrl} {index + 1}
                </label>
                <input
                  id={`${imageId}-url-${index}`}
                  type="url"
                  value={link.url}
                  onChange={(e) => edit((d) => setCardLink(d, hotspot.id, index, { url: e.target.value }), undefined, `${hotspot.id}:url${index}`)}
                />
              </p>
              <button type="button" onClick={() => edit((d) => removeCardLink(d, hotspot.id, index))}>
                {t.removeLink} {index + 1}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => edit((d) => addCardLink(d, hotspot.id))}>
          {t.addCardLink}
        </button>
      </fieldset>
    </>
  );
}
