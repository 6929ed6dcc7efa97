/**
 * The hotspot icons, drawn as inline SVG: glyphs like ⓘ and ➜ show as empty
 * boxes where the visitor's fonts lack them. Decorative: the button or list
 * entry that shows one carries the name.
 */
import type { Hotspot } from '../tour/schema';
import './markers.css';

export type MarkerKind = 'info' | 'link' | 'back' | 'next';

export function markerKind(hotspot: Hotspot): MarkerKind {
  return hotspot.type === 'info' ? 'info' : (hotspot.role ?? 'link');
}

const paths: Record<MarkerKind, string> = {
  // A serif "i": the dot, the stem with its foot.
  info: 'M12 4.2a1.9 1.9 0 1 1 0 3.8 1.9 1.9 0 0 1 0-3.8ZM9.3 10h4.4v7.6h1.6V20H8.7v-2.4h1.6v-5.2h-1Z',
  link: 'M4 12h13M12 6l6 6-6 6',
  next: 'M4 12h13M12 6l6 6-6 6',
  back: 'M20 12H7M12 6l-6 6 6 6',
};

export function MarkerIcon({ kind, className }: { kind: MarkerKind; className?: string }) {
  const filled = kind === 'info';
  return (
    <svg className={className} data-icon={kind} viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path
        d={paths[kind]}
        fill={filled ? 'currentColor' : 'none'}
        stroke={filled ? 'none' : 'currentColor'}
        strokeWidth={filled ? undefined : 2.6}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      {kind === 'next' && <path d="M21 5v14" stroke="currentColor" strokeWidth={2.6} strokeLinecap="round" />}
      {kind === 'back' && <path d="M3 5v14" stroke="currentColor" strokeWidth={2.6} strokeLinecap="round" />}
    </svg>
  );
}
