/**
 * The info card of the open hotspot: a labelled dialog. Focus moves into it
 * on open and back to where it was on close; Esc closes it.
 */
import { lazy, Suspense, useCallback, useId, useRef } from 'react';
import { useActions, useTour } from '../state/hooks';
import { selectCard } from '../state/selectors';
import { localize } from '../tour/text';
import { safeUrl } from './safeUrl';
import { useStrings } from './useStrings';
import { useDialogFocus } from './useDialogFocus';
import { CardHeader } from './CardHeader';

const Markdown = lazy(() => import('./Markdown'));
/** Only cards with a recording or a video load the media chunk. */
const CardMedia = lazy(() => import('../media/CardMedia'));

export function InfoCard() {
  const t = useStrings();
  const card = useTour(selectCard);
  const language = useTour((s) => s.language);
  const fallback = useTour((s) => s.tour?.defaultLanguage ?? 'en');
  const base = useTour((s) => s.load.url || location.href);
  const { closeCard } = useActions();
  const titleId = useId();
  const dialog = useRef<HTMLElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const cardId = card?.id;

  const close = useCallback(() => closeCard('user'), [closeCard]);
  useDialogFocus(cardId, dialog, closeButton, close);

  if (!card) return null;
  const text = (value: Parameters<typeof localize>[0]) => localize(value, language, fallback);
  const image = card.image ? safeUrl(card.image, base) : null;
  const links = (card.links ?? []).flatMap((link) => {
    const href = safeUrl(link.url, base);
    return href ? [{ href, label: text(link.label) }] : [];
  });

  return (
    <section
      ref={dialog}
      className="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-card={card.id}
      lang={language}
    >
      <CardHeader titleId={titleId} title={text(card.title)} onClose={close} closeRef={closeButton} />
      {image && <img className="card__image" src={image} alt={text(card.imageAlt)} />}
      {(card.audio || card.video) && (
        <Suspense fallback={null}>
          <CardMedia card={card} language={language} fallback={fallback} base={base} />
        </Suspense>
      )}
      <div className="card__body">
        <Suspense fallback={<p>{text(card.body).slice(0, 200)}</p>}>
          <Markdown source={text(card.body)} base={base} />
        </Suspense>
      </div>
      {links.length > 0 && (
        <ul className="card__links" aria-label={t.moreInfo}>
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} target="_blank" rel="noopener noreferrer">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
