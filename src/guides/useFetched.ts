/** The result of loading `href` (null: nothing to load), as React state; the latest `href` wins, an answer for an older one is dropped. */
import { useEffect, useState } from 'react';

export function useFetched<T>(href: string | null, load: (href: string) => Promise<T>): T | null {
  const [state, setState] = useState<{ href: string; value: T } | null>(null);
  useEffect(() => {
    if (href === null) return;
    let current = true;
    void load(href).then((value) => {
      if (current) setState({ href, value });
    });
    return () => {
      current = false;
    };
  }, [href, load]);
  return href !== null && state?.href === href ? state.value : null;
}
