import { useEffect, type RefObject } from 'react';

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The dialog's Tab stops in order (skipping hidden ones). */
function tabStops(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter((e) => e.tabIndex >= 0 && e.getClientRects().length > 0);
}

/**
 * Focus management for a dialog (card, share and live panels): while `key` is
 * set, focus moves to `initial`; Tab and Shift+Tab cycle within the dialog
 * while focus is in it (so its × is one Tab away from its last control); Esc
 * anywhere calls `onClose`; and when the dialog closes (or shows something
 * else) focus returns to whatever had it before — if it still exists and the
 * visitor has not moved focus elsewhere in the meantime.
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
      if (event.key !== 'Tab' || !element?.contains(document.activeElement)) return;
      const stops = tabStops(element);
      const first = stops[0];
      const last = stops[stops.length - 1];
      const wrapTo = event.shiftKey ? (document.activeElement === first ? last : null) : document.activeElement === last ? first : null;
      if (!wrapTo) return;
      event.preventDefault();
      wrapTo.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      const focusInDialog = !element?.isConnected || element.contains(document.activeElement);
      if (returnTo?.isConnected && focusInDialog) returnTo.focus();
    };
  }, [key, dialog, initial, onClose]);
}
