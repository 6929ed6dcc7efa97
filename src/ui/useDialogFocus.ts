import { useEffect, type RefObject } from 'react';

/**
 * Focus management for a non-modal dialog: while `key` is set, focus moves to
 * `initial`, Esc anywhere calls `onClose`, and when the dialog closes (or shows
 * something else) focus returns to whatever had it before — if it still exists
 * and the visitor has not moved focus elsewhere in the meantime.
 */
export function useDialogFocus(
  key: string | null | undefined,
  dialog: RefObject<HTMLElement | null>,
  initial: RefObject<HTMLElement | null>,
  onClose: () => void,
): void {
  useEffect(() => {
    if (!key) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    initial.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      const focusInDialog = !element?.isConnected || element.contains(document.activeElement);
      if (returnTo?.isConnected && focusInDialog) returnTo.focus();
    };
  }, [key, dialog, initial, onClose]);
}
