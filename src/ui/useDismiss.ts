import { useEffect, type RefObject } from 'react';

/**
 * Closes an open disclosure (menu) on Escape, returning focus to its toggle,
 * and on a press outside it. Presses inside a dialog opened from the menu
 * (the share panel) do not count as outside: the menu stays, so focus can
 * return to the button that opened the dialog.
 */
export function useDismiss(open: boolean, close: () => void, root: RefObject<HTMLElement | null>, toggle: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      // An open dialog takes Escape first (useDialogFocus).
      if (document.querySelector('.share[role=dialog]')) return;
      close();
      toggle.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Element;
      if (root.current?.contains(target) || target.closest?.('[role=dialog]')) return;
      close();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open, close, root, toggle]);
}
