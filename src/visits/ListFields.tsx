/**
 * The Schedule visit form's two lists: the tours in visiting order (one
 * select each) and the speakers (name and organisation each), with Add and
 * Remove. Each row's fields carry their problem path (`tours`, `speakers.0.name`).
 */
import type { TourIndex } from '../tour/tourIndex';
import { localize } from '../tour/text';
import { Field } from './Field';
import { fill } from './strings';
import type { Problems } from './validate';
import { useVisitText } from './useVisitText';

export interface SpeakerInput {
  name: string;
  organisation: string;
}

const replaced = <T,>(list: T[], i: number, value: T) => list.map((v, j) => (j === i ? value : v));
const without = <T,>(list: T[], i: number) => list.filter((_, j) => j !== i);

interface TourProps {
  index: TourIndex | null | undefined;
  tours: string[];
  onChange(tours: string[]): void;
  problems: Problems;
}

export function TourFields({ index, tours, onChange, problems }: TourProps) {
  const { t, language } = useVisitText();
  return (
    <fieldset className="visits__group" data-field="tours">
      <legend>{t.tours}</legend>
      {tours.map((tour, i) => (
        <div key={i} className="visits__list-row">
          <Field label={fill(t.tourN, { n: i + 1 })} field={`tours.${i}`} problem={i === 0 ? (problems.tours ?? problems[`tours.${i}`]) : problems[`tours.${i}`]}>
            <select value={tour} onChange={(e) => onChange(replaced(tours, i, e.target.value))} data-tour-select>
              <option value="">—</option>
              {index?.tours.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {localize(entry.title, language, 'en')}
                </option>
              ))}
            </select>
          </Field>
          {tours.length > 1 && (
            <button type="button" onClick={() => onChange(without(tours, i))}>
              {fill(t.removeItem, { item: fill(t.tourN, { n: i + 1 }) })}
            </button>
          )}
        </div>
      ))}
      <button type="button" onClick={() => onChange([...tours, ''])}>
        {t.addTour}
      </button>
    </fieldset>
  );
}

interface SpeakerProps {
  speakers: SpeakerInput[];
  onChange(speakers: SpeakerInput[]): void;
  problems: Problems;
}

export function SpeakerFields({ speakers, onChange, problems }: SpeakerProps) {
  const { t } = useVisitText();
  return (
    <fieldset className="visits__group" data-field="speakers" data-invalid={problems.speakers ? '' : undefined}>
      <legend>{t.speakers}</legend>
      {problems.speakers && <p className="visits__problem">{t[problems.speakers as 'speakersMissing'] ?? problems.speakers}</p>}
      {speakers.map((speaker, i) => {
        const who = fill(t.speakerN, { n: i + 1 });
        return (
          <div key={i} className="visits__list-row" data-speaker={i}>
            <Field label={`${who}: ${t.name}`} field={`speakers.${i}.name`} problem={problems[`speakers.${i}.name`]}>
              <input type="text" value={speaker.name} onChange={(e) => onChange(replaced(speakers, i, { ...speaker, name: e.target.value }))} />
            </Field>
            <Field label={`${who}: ${t.organisation}`} hint={`(${t.optional})`} field={`speakers.${i}.organisation`} problem={problems[`speakers.${i}.organisation`]}>
              <input type="text" value={speaker.organisation} onChange={(e) => onChange(replaced(speakers, i, { ...speaker, organisation: e.target.value }))} />
            </Field>
            {speakers.length > 1 && (
              <button type="button" onClick={() => onChange(without(speakers, i))}>
                {fill(t.removeItem, { item: who })}
              </button>
            )}
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...speakers, { name: '', organisation: '' }])}>
        {t.addSpeaker}
      </button>
    </fieldset>
  );
}
