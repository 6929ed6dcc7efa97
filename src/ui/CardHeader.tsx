/** The header of a card or panel: the title that names its dialog, and the close button (×). */
import type { ReactNode, Ref } from 'react';
import { useStrings } from './useStrings';

interface Props {
  /** Id of the title, for the dialog's `aria-labelledby`. */
  titleId: string;
  title: ReactNode;
  onClose: () => void;
  /** The close button, for a dialog that moves focus to it when it opens. */
  closeRef?: Ref<HTMLButtonElement>;
}

export function CardHeader({ titleId, title, onClose, closeRef }: Props) {
  const t = useStrings();
  return (
    <div className="card__header">
      <h2 id={titleId}>{title}</h2>
      <button ref={closeRef} type="button" className="card__close" aria-label={t.close} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
