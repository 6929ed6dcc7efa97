/** A top-bar button that opens and closes a panel whose code is loaded on first open (its own chunk). */
import { Suspense, useCallback, useState, type ComponentType, type LazyExoticComponent } from 'react';

interface Props {
  className: string;
  label: string;
  /** The panel, from `lazy(() => import(…))`; it closes itself through `onClose`. */
  Panel: LazyExoticComponent<ComponentType<{ onClose: () => void }>>;
}

export function LazyPanelButton({ className, label, Panel }: Props) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button type="button" className={className} aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        {label}
      </button>
      {open && (
        <Suspense fallback={null}>
          <Panel onClose={close} />
        </Suspense>
      )}
    </>
  );
}
