/**
 * A link with a Copy button. A secret link (a speaker's) is shown only on
 * request (Show link): the page may be on a shared screen. Where the clipboard
 * is refused, the link is copied from a hidden field, or the visitor is told
 * to open it and copy it.
 */
import { useRef, useState } from 'react';
import { copyText } from '../ui/copyText';
import { useVisitText } from './useVisitText';

interface Props {
  /** What the link is ("Your personal link", a speaker's name). */
  label: string;
  url: string;
  /** Show the link itself (false for others' secret links). */
  show?: boolean;
  /** `data-copy` value for tests. */
  name: string;
}

export function CopyRow({ label, url, show = true, name }: Props) {
  const { t } = useVisitText();
  const scratch = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <div className="visits__copy" data-copy-row={name}>
      <span className="visits__copy-label">{label}</span>
      {show && (
        <code className="visits__link" data-copy-url={name}>
          {url}
        </code>
      )}
      <button type="button" data-copy={name} aria-label={show ? undefined : `${t.copyLink}: ${label}`} onClick={() => void copyText(url, scratch.current).then(setCopied)}>
        {show ? t.copy : t.copyLink}
      </button>
      {!show && (
        <details className="visits__reveal">
          <summary>{t.showLink}</summary>
          <code className="visits__link" data-copy-url={name}>
            {url}
          </code>
        </details>
      )}
      <span role="status" className="visits__copied">
        {copied === null ? '' : copied ? t.copied : t.copyFailed}
      </span>
      <textarea ref={scratch} className="visually-hidden" aria-hidden="true" tabIndex={-1} readOnly />
    </div>
  );
}
