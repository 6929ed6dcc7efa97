/**
 * One guide step in the Guides panel: its scene, its narration to listen to, its duration, and a
 * caption text per tour language, read from the step's WebVTT file and written back as a new file
 * (files are never replaced, so History can restore a draft that names an older one). The new file
 * keeps what the text box did not change (saveCaptions.ts): edited words keep their cue's timing
 * (perhaps set by hand to the narration), identifier, settings and speaker as long as the number of
 * cues stays, and unchanged cues keep their markup byte for byte.
 */
import { useEffect, useId, useState } from 'react';
import type { GuideStep } from '../../tour/guide';
import { resolveAsset } from '../../tour/assets';
import { localize } from '../../tour/text';
import { readVtt, type VttDocument } from '../../guides/captions/readVtt';
import { captionText, saveCaptions } from '../../guides/captions/saveCaptions';
import { useDraft, useStudio } from '../StudioContext';
import { setStepCaptions, setStepDuration } from '../draft/guideEdits';
import { defaultLanguageOf } from '../draft/edits';
import { uploadFile } from '../server/upload';
import { titleIn } from './titles';

interface Props {
  guideId: string;
  index: number;
  step: GuideStep;
  languages: string[];
}

const tourBase = (tourId: string) => new URL(`${import.meta.env.BASE_URL}tours/${encodeURIComponent(tourId)}/tour.json`, location.href).href;

/** A step's WebVTT file as read, to show its words and to write the edited ones over. */
async function captionsFile(href: string): Promise<VttDocument> {
  const response = await fetch(href, { cache: 'no-store' });
  if (!response.ok) throw new Error(String(response.status));
  const read = await readVtt(await response.text());
  if (!read.ok) throw new Error(read.message);
  return read.doc;
}

export function GuideStepFields({ guideId, index, step, languages }: Props) {
  const { store, t } = useStudio();
  const id = useId();
  const tourId = store.getState().tourId;
  const draft = useDraft((s) => s.draft);
  const scene = draft.scenes.find((x) => x.id === step.scene);
  const sceneName = scene ? titleIn(draft, scene.title, scene.id) : step.scene;
  const narration = localize(step.audio, defaultLanguageOf(draft), defaultLanguageOf(draft));
  return (
    <div className="studio-guide__step">
      <p>
        <strong>{`${t.guideStep} ${index + 1}`}</strong> {sceneName}
        {step.card ? ` · ${step.card}` : ''}
      </p>
      {narration && (
        // Listening while writing the captions, which is what this panel is for.
        <audio controls preload="none" src={resolveAsset(narration, tourBase(tourId))} aria-label={`${t.narration}: ${t.guideStep} ${index + 1}`} />
      )}
      <label htmlFor={`${id}-duration`}>{t.stepDuration}</label>
      <input
        // Shown anew when the duration changes by other means (undo).
        key={step.duration}
        id={`${id}-duration`}
        type="number"
        min={0.1}
        max={600}
        step={0.1}
        defaultValue={step.duration}
        data-guide-duration
        onBlur={(e) => store.getState().edit((d) => setStepDuration(d, guideId, index, Number(e.currentTarget.value)))}
      />
      {languages.map((language) => (
        <StepCaption key={language} guideId={guideId} index={index} step={step} language={language} base={tourBase(tourId)} />
      ))}
    </div>
  );
}

function StepCaption({ guideId, index, step, language, base }: Omit<Props, 'languages'> & { language: string; base: string }) {
  const { store, t } = useStudio();
  const id = useId();
  const file = step.captions?.[language] ?? null;
  const [text, setText] = useState('');
  // The file as read: what the words do not change stays as written.
  const [read, setRead] = useState<VttDocument | null>(null);
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => {
    if (!file) return;
    let alive = true;
    captionsFile(resolveAsset(file, base)).then(
      (doc) => {
        if (!alive) return;
        setRead(doc);
        setText(captionText(doc));
      },
      () => alive && setNote({ error: true, text: t.captionsUnreadable }),
    );
    return () => {
      alive = false;
    };
  }, [file, base, t]);
  const save = async () => {
    if (text.trim() === '') {
      store.getState().edit((d) => setStepCaptions(d, guideId, index, language, null));
      return setNote({ error: false, text: t.captionsSaved });
    }
    const { vtt, retimed } = saveCaptions(file ? read : null, text, step.duration);
    // One dot in a tour's file names (server/content/upload.ts): `<guide>-01-sv.vtt`.
    const name = `${guideId.slice(0, 80)}-${String(index + 1).padStart(2, '0')}-${language}.vtt`;
    const uploaded = await uploadFile(store.getState().tourId, new File([vtt], name, { type: 'text/vtt' }), () => {});
    if (!uploaded.ok) return setNote({ error: true, text: uploaded.error });
    store.getState().edit((d) => setStepCaptions(d, guideId, index, language, uploaded.value.file));
    const written = await readVtt(vtt);
    if (written.ok) setRead(written.doc);
    setNote({ error: false, text: retimed ? t.captionsRetimed : t.captionsSaved });
  };
  return (
    <div className="studio-lang" data-language={language} data-guide-caption={language}>
      <label htmlFor={`${id}-caption`}>{`${t.captions} (${language})`}</label>
      <textarea id={`${id}-caption`} lang={language} rows={3} value={text} aria-describedby={`${id}-hint`} onChange={(e) => setText(e.target.value)} />
      <span id={`${id}-hint`} className="studio-hint">
        {t.captionsHint}
      </span>
      <button type="button" onClick={() => void save()}>
        {`${t.saveCaptions} (${language})`}
      </button>
      {note && (
        <span role={note.error ? 'alert' : 'status'} className={note.error ? 'studio-error' : 'studio-hint'}>
          {note.text}
        </span>
      )}
    </div>
  );
}
