/** Every refusal the visits API can answer is said in the user's words, in each page language. */
import { expect, it } from 'vitest';
import type { Failure } from '../../src/visits/api';
import { failureText } from '../../src/visits/failureText';
import { visitStrings } from '../../src/visits/strings';

const failure = (status: number, extra: Partial<Failure> = {}): Failure => ({ ok: false, status, error: 'Server words', problems: [], retryAfter: null, ...extra });

it('gives each refusal its own sentence, never the server’s English', () => {
  for (const language of ['en', 'sv', 'fi']) {
    const t = visitStrings(language);
    const said = [0, 400, 401, 403, 404, 410, 413, 429, 500, 503].map((status) => failureText(failure(status), t, 'guest'));
    for (const text of said) {
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/Server words|HTTP/);
    }
    // 500 and 503 say the same; every 4xx (and no answer at all) says something else.
    expect(new Set(said.slice(0, 9)).size).toBe(9);
    expect(failureText(failure(429, { retryAfter: 42 }), t, 'guest')).toMatch(/42/);
    expect(failureText(failure(403, { token: 'wrong' }), t, 'organiser')).toBe(t.tokenWrong);
    expect(failureText(failure(401), t, 'organiser')).toBe(t.tokenHelp);
  }
});

it('falls back to the server’s words only for a refusal the pages do not know', () => {
  expect(failureText(failure(418), visitStrings('sv'), 'guest')).toBe('Servern godtog inte detta: Server words');
});

it('has every text in Swedish and Finnish, none left in English by mistake', () => {
  const [en, sv, fi] = [visitStrings('en'), visitStrings('sv'), visitStrings('fi')] as Record<string, string>[] as [Record<string, string>, Record<string, string>, Record<string, string>];
  // Words that read the same in the languages (names, "Lobby", "Start", "Organisation", "{n} min").
  const same = new Set(['lobby', 'start', 'organisation', 'minutesN']);
  for (const key of Object.keys(en)) {
    expect(sv[key], key).toBeTruthy();
    expect(fi[key], key).toBeTruthy();
    if (!same.has(key)) expect(fi[key], key).not.toBe(en[key]);
  }
});
