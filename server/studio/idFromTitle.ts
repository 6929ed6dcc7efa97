/**
 * The id of a tour made without one: its title as a URL-safe name
 * ("Pilot hall – Örnsköldsvik" → `pilot-hall-ornskoldsvik`), with `-2`, `-3`…
 * when a tour of that id exists already.
 */
import { Id } from '../../src/protocol/common';

export async function idFromTitle(title: string | Record<string, string>, taken: (id: string) => Promise<boolean>): Promise<string> {
  const text = typeof title === 'string' ? title : (title.en ?? Object.values(title)[0] ?? '');
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  const base = Id.safeParse(slug).success ? slug : 'tour';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}
