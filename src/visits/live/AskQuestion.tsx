/**
 * For guests: a question of at most 500 characters, sent with where the guest
 * is at that moment (tour, scene, view, open card) — the page says where.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTour, useTourStore } from '../../state/hooks';
import { MAX_QUESTION_CHARS } from '../../protocol/visitLive';
import { fill } from '../strings';
import { placeName } from './placeName';
import { useRequest } from './useRequest';
import { useVisitLiveContext } from './useVisitLive';
import { useVisitLiveText } from './visitLiveText';

export function AskQuestion() {
  const t = useVisitLiveText();
  const id = useId();
  const tourStore = useTourStore();
  const { actions } = useVisitLiveContext();
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const { busy, problem, run } = useRequest();
  const place = useTour((s) => (s.tour && s.sceneId && s.view ? placeName(s.tour, { tour: s.tour.id, scene: s.sceneId, view: s.view, card: s.cardId }, s.language) : null));
  const left = MAX_QUESTION_CHARS - text.length;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const s = tourStore.getState();
    if (!text.trim() || !s.tour || !s.sceneId || !s.view) return field.current?.focus();
    // The view at the moment of sending: where the guest is now, not where the panel opened.
    const where = { tour: s.tour.id, scene: s.sceneId, view: s.view, card: s.cardId };
    setSent(false);
    if (await run(() => actions.ask(text.trim(), where))) {
      setText('');
      setSent(true);
    }
  };
  return (
    <form className="visit-live__ask" onSubmit={(e) => void submit(e)} data-ask-form>
      <label htmlFor={`${id}-q`}>{t.yourQuestion}</label>
      <textarea
        id={`${id}-q`}
        ref={field}
        rows={3}
        maxLength={MAX_QUESTION_CHARS}
        value={text}
        aria-describedby={`${id}-where ${id}-left`}
        onChange={(e) => {
          setText(e.target.value);
          setSent(false);
        }}
      />
      <p className="visit-live__hint">
        <span id={`${id}-where`}>{place ? fill(t.askWhere, { place }) : ''}</span> <span id={`${id}-left`}>{fill(t.charsLeft, { n: left })}</span>
      </p>
      <button type="submit" className="visit-live__primary" disabled={busy}>
        {busy ? t.sending : t.send}
      </button>
      <p role="status" className="visit-live__outcome">
        {problem ?? (sent ? t.sent : '')}
      </p>
    </form>
  );
}
