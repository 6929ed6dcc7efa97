/** The guest's secret leaves the address bar at once and stays for this tab only. */
import { expect, it } from 'vitest';
import { forgetGuestSecret, takeGuestSecret } from '../../src/visits/guestSecret';

function tab(href: string) {
  const url = new URL(href);
  const location = { get href() { return url.href; }, get hash() { return url.hash; }, get pathname() { return url.pathname; }, get search() { return url.search; } } as Location;
  const history = { state: null, replaceState: (_: unknown, __: string, to: string) => { const next = new URL(to, url); url.hash = next.hash; url.search = next.search; url.pathname = next.pathname; } } as unknown as History;
  const items = new Map<string, string>();
  const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) } as Storage;
  return { url, location, history, storage };
}

it('reads #key=…, keeps it for the tab and drops it from the address', () => {
  const t = tab('https://site.example/v/K7QP2M/join?lang=sv#key=abcdefghijkl');
  expect(takeGuestSecret('K7QP2M', t.location, t.history, t.storage)).toBe('abcdefghijkl');
  expect(t.url.href).toBe('https://site.example/v/K7QP2M/join?lang=sv');
  // A reload (no fragment now) finds it again; so does a second call in the same render.
  expect(takeGuestSecret('K7QP2M', t.location, t.history, t.storage)).toBe('abcdefghijkl');
  forgetGuestSecret('K7QP2M', t.storage);
  expect(takeGuestSecret('K7QP2M', t.location, t.history, t.storage)).toBeNull();
});

it('reads a bare #<secret> too, and nothing from an empty or short fragment', () => {
  const bare = tab('https://site.example/v/K7QP2M/join#abcdefghijkl');
  expect(takeGuestSecret('K7QP2M', bare.location, bare.history, bare.storage)).toBe('abcdefghijkl');
  expect(bare.url.hash).toBe('');
  const none = tab('https://site.example/v/K7QP2M/join#top');
  expect(takeGuestSecret('K7QP2M', none.location, none.history, none.storage)).toBeNull();
});

it('keeps each visit’s secret apart', () => {
  const t = tab('https://site.example/v/AAAAAA/join#key=secret-for-aaaaaa');
  takeGuestSecret('AAAAAA', t.location, t.history, t.storage);
  expect(takeGuestSecret('BBBBBB', t.location, t.history, t.storage)).toBeNull();
});
