/**
 * Share: copy a link to this view or to this scene, copy embed code, or show a
 * QR code for a meeting-room screen. A separate chunk, loaded on first open.
 */
import { useCallback, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTour } from '../state/hooks';
import { selectViewState } from '../state/selectors';
import { shareLinks } from '../deeplink/share';
import { localize } from '../tour/text';
import { QrCode } from './QrCode';
import { useDialogFocus } from './useDialogFocus';
import { useStrings } from './useStrings';

async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (permissions, insecure origin): copy from a selected field.
    if (!fallback) return false;
    fallback.value = text;
    fallback.select();
    return document.execCommand('copy');
  }
}

export default function SharePanel({ onClose }: { onClose: () => void }) {
  const t = useStrings();
  const titleId = useId();
  // A fresh object per call: compared shallowly, or every store change would re-render forever.
  const viewState = useTour(useShallow(selectViewState));
  const title = useTour((s) => localize(s.tour?.title, s.language, s.tour?.defaultLanguage ?? 'en'));
  const dialog = useRef<HTMLElement>(null);
  const firstButton = useRef<HTMLButtonElement>(null);
  const scratch = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [showQr, setShowQr] = useState(false);
  useDialogFocus('share', dialog, firstButton, onClose);
  const copy = useCallback(async (what: string, text: string) => {
    setCopied((await copyText(text, scratch.current)) ? what : null);
  }, []);
  if (!viewState) return null;
  const links = shareLinks(viewState, location.origin, title);

  return (
    <section ref={dialog} className="share" role="dialog" aria-modal="false" aria-labelledby={titleId} data-share-panel>
      <div className="card__header">
        <h2 id={titleId}>{t.share}</h2>
        <button type="button" className="card__close" aria-label={t.close} onClick={onClose}>
          ×
        </button>
      </div>
      <div className="share__actions">
        <button ref={firstButton} type="button" data-copy="view" onClick={() => void copy('view', links.view)}>
          {t.copyView}
        </button>
        <button type="button" data-copy="scene" onClick={() => void copy('scene', links.scene)}>
          {t.copyScene}
        </button>
        <button type="button" data-copy="embed" onClick={() => void copy('embed', links.embed)}>
          {t.copyEmbed}
        </button>
        <button type="button" aria-expanded={showQr} onClick={() => setShowQr((v) => !v)}>
          {t.qrCode}
        </button>
      </div>
      <p className="share__link">
        <code>{links.view}</code>
      </p>
      <p className="share__status" role="status" aria-live="polite">
        {copied ? t.copied : ''}
      </p>
      {showQr && <QrCode text={links.view} label={`${t.qrCode}: ${links.view}`} />}
      <textarea ref={scratch} className="visually-hidden" aria-hidden="true" tabIndex={-1} readOnly />
    </section>
  );
}
