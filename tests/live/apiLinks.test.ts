/**
 * The secret-link form shared by the API and the client (src/protocol/secretLink.ts),
 * and the panel's wording of refusals (src/ui/live/createSession.ts). Pure: no server.
 */
import { describe, expect, it } from 'vitest';
import { readSecret, withSecret } from '../../src/protocol/secretLink';
import { refusalText } from '../../src/ui/live/createSession';

describe('secret links', () => {
  it('carry the secret in the fragment only', () => {
    const link = withSecret('https://tours.example.org/live/ABCDEF', 'k3y_-A');
    expect(link).toBe('https://tours.example.org/live/ABCDEF#key=k3y_-A');
    expect(readSecret(link)).toEqual({ secret: 'k3y_-A', clean: '/live/ABCDEF' });
    // A fragment the link had is replaced, not kept beside the secret.
    expect(withSecret('http://h/live/ABCDEF#old', 's')).toBe('http://h/live/ABCDEF#key=s');
  });

  it('are read from the older ?key= form too; everything else in the address stays', () => {
    expect(readSecret('http://h/live/ABCDEF?key=s')).toEqual({ secret: 's', clean: '/live/ABCDEF' });
    expect(readSecret('http://h/live/ABCDEF?name=Aino&key=s#x')).toEqual({ secret: 's', clean: '/live/ABCDEF?name=Aino#x' });
    expect(readSecret('http://h/live/ABCDEF?name=Aino#key=s&lang=fi')).toEqual({ secret: 's', clean: '/live/ABCDEF?name=Aino#lang=fi' });
    // Both: the fragment wins, and both are removed.
    expect(readSecret('http://h/live/ABCDEF?key=old#key=new')).toEqual({ secret: 'new', clean: '/live/ABCDEF' });
  });

  it('without a secret leave the address alone; an empty one is removed and is no secret', () => {
    expect(readSecret('http://h/live/ABCDEF?name=Aino#section')).toEqual({ secret: null, clean: null });
    expect(readSecret('http://h/live/ABCDEF#key=')).toEqual({ secret: null, clean: '/live/ABCDEF' });
  });
});

describe('"Start live tour" says refusals in the user\'s words', () => {
  const t = { createFailed: 'Failed', tokenWrong: 'Wrong token', tooManyFromHere: 'Wait {seconds} s', tooManySessions: 'Full', unavailable: 'Unavailable' };
  const refused = (status: number, error: object, retryAfter: number | null = null) => refusalText({ ok: false, status, error: { error: 'server words', ...error }, retryAfter }, t);
  it('maps each refusal to its words', () => {
    expect(refused(429, { limit: 'address' }, 20)).toBe('Wait 20 s');
    expect(refused(429, { limit: 'sessions' }, 60)).toBe('Full');
    expect(refused(503, {})).toBe('Unavailable');
    expect(refused(401, { token: 'wrong' })).toBe('Wrong token');
    expect(refused(404, {})).toBe('Failed: server words');
  });
});
