/** The live message catalogue: what passes, what is refused, and the session path. */
import { describe, expect, it } from 'vitest';
import { ClientMessage, CreateSessionRequest, liveCodeFromPath, ServerMessage } from '../../src/protocol/live';
import { CODE_ALPHABET } from '../../src/protocol/live-code';

const state = { scene: 'hall', view: { kind: 'model', position: [1, 2, 3], target: [0, 0, 0], fov: 50 }, card: 'reactor' };

describe('live protocol', () => {
  it('accepts the messages a client sends', () => {
    for (const m of [
      { v: 1, type: 'state', state, sentAt: 123 },
      { v: 1, type: 'pointer', pointer: { x: 0.2, y: -0.1 } },
      { v: 1, type: 'pointer', pointer: null },
      { v: 1, type: 'take-control' },
      { v: 1, type: 'hand-over', to: 'p2' },
      { v: 1, type: 'detached', detached: true },
    ]) expect(ClientMessage.safeParse(m).success, JSON.stringify(m)).toBe(true);
  });

  it('refuses other versions, unknown types, extra fields, bad ids, non-finite numbers and far-off pointers', () => {
    for (const m of [
      { v: 2, type: 'take-control' },
      { v: 1, type: 'drive' },
      { v: 1, type: 'take-control', admin: true },
      { v: 1, type: 'state', state: { ...state, scene: '<script>' } },
      { v: 1, type: 'state', state: { ...state, view: { kind: 'panorama', yaw: Infinity, pitch: 0, fov: 60 } } },
      { v: 1, type: 'state', state: { ...state, view: { kind: 'panorama', yaw: 1, pitch: 0 } } },
      { v: 1, type: 'pointer', pointer: { x: 9, y: 0 } },
      { v: 1, type: 'detached', detached: 'yes' },
      'state',
      null,
    ]) expect(ClientMessage.safeParse(m).success, JSON.stringify(m)).toBe(false);
  });

  it('carries who presents, who is away, the offer to take control back and attendee counts', () => {
    const welcome = { v: 1, type: 'welcome', code: 'K7QX4M', tour: 'processum', role: 'presenter', you: 'p1', presenters: [], driver: 'p2', state: null, pointer: null };
    for (const m of [
      welcome,
      { ...welcome, away: null, offerControl: true },
      { v: 1, type: 'control', driver: 'p1' },
      { v: 1, type: 'control', driver: 'p1', away: 'p1' },
      { v: 1, type: 'control', driver: null, away: null },
      { v: 1, type: 'audience', attendees: 12 },
    ]) expect(ServerMessage.safeParse(m).success, JSON.stringify(m)).toBe(true);
    for (const m of [
      { ...welcome, offerControl: 'yes' },
      { v: 1, type: 'control', driver: 'p1', away: 5 },
      { v: 1, type: 'audience' },
      { v: 1, type: 'audience', attendees: '12' },
    ]) expect(ServerMessage.safeParse(m).success, JSON.stringify(m)).toBe(false);
  });

  it('a client refuses server messages that do not fit the catalogue', () => {
    expect(ServerMessage.safeParse({ v: 1, type: 'state', state }).success).toBe(true);
    expect(ServerMessage.safeParse({ v: 1, type: 'state', state: { ...state, card: 5 } }).success).toBe(false);
  });

  it('reads session codes from /live/<code> in any case, and nothing else', () => {
    expect(liveCodeFromPath('/live/K7QX4M')).toBe('K7QX4M');
    expect(liveCodeFromPath('/live/k7qx4m/')).toBe('K7QX4M');
    expect(liveCodeFromPath('/live/K7QX4')).toBeNull();
    expect(liveCodeFromPath('/live/K7QX4O')).toBeNull(); // O is not in the alphabet
    expect(liveCodeFromPath('/t/processum/hall')).toBeNull();
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('validates the POST /api/live body', () => {
    expect(CreateSessionRequest.safeParse({}).success).toBe(true);
    expect(CreateSessionRequest.safeParse({ tour: 'processum', presenters: ['Anna', 'Bo'] }).success).toBe(true);
    expect(CreateSessionRequest.safeParse({ presenters: [] }).success).toBe(false);
    expect(CreateSessionRequest.safeParse({ tour: '../etc' }).success).toBe(false);
  });
});
