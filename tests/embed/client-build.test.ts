/**
 * The host-page client ships on its own: built standalone, small, with types,
 * and its types agree with the viewer's protocol catalogue (View is the protocol's own).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Client from '../../src/embed/client/sitevisit-embed';
import type * as Protocol from '../../src/protocol/embed';

// Compile-time: the client's public types are the protocol's (both directions).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typesAgree: [
  Same<Client.View, Protocol.EmbedView>,
  Same<Client.EmbedState, Protocol.EmbedState>,
  Same<Client.TourSummary, Protocol.TourSummary>,
  Same<Client.Events, Protocol.EmbedEvents>,
  Same<Client.ViewerErrorCode, Protocol.EmbedErrorCode>,
] = [true, true, true, true, true];

const out = mkdtempSync(join(tmpdir(), 'sitevisit-embed-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('sitevisit-embed.js', () => {
  it('builds to one standalone ES module of at most 4 KB gzip, without zod or viewer code', async () => {
    expect(typesAgree.every(Boolean)).toBe(true);
    await build({ configFile: 'vite.embed.config.ts', logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
    const code = readFileSync(join(out, 'sitevisit-embed.js'));
    const gzip = gzipSync(code, { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(4096);
    expect(code.toString()).not.toMatch(/\bimport\b[^(]/); // no static imports: one file
    expect(code.toString()).not.toMatch(/zod|zustand|react/i);
    expect(code.toString()).toMatch(/export\s*\{[^}]*\bconnect\b/);
  }, 60_000);

  it('comes with a self-contained .d.ts that declares connect, the API and the shared View written out', () => {
    execFileSync('npx', ['tsx', 'scripts/embed-client-types.ts', out], { stdio: 'pipe' });
    const types = readFileSync(join(out, 'sitevisit-embed.d.ts'), 'utf8');
    // The client takes View from src/protocol with `import type`; host pages have neither that folder nor zod.
    expect(types).not.toMatch(/^\s*import\b|protocol\/common|zod/m);
    expect(types).toMatch(/export type View = \{ kind: "panorama"; yaw: number; pitch: number; fov: number; \} \| \{ kind: "model"; position: \[number, number, number\]/);
    // …and it compiles on its own, as a host page's TypeScript would read it.
    execFileSync('npx', ['tsc', '--ignoreConfig', '--noEmit', '--strict', '--lib', 'ES2022,DOM', join(out, 'sitevisit-embed.d.ts')], { stdio: 'pipe' });
    // The protocol's own declarations, comments included: no second copy to keep in step.
    expect(types).toMatch(/export interface EmbedState \{[^}]*\/\*\* The open card/);
    expect(types).toMatch(/export interface EmbedEvents \{/);
    expect(types).toContain('export type Events = EmbedEvents;');
    expect(types).toMatch(/export declare function connect\(iframe: HTMLIFrameElement, options\?: ConnectOptions\): Promise<SitevisitEmbed>/);
    for (const method of ['getTour', 'getState', 'goToScene', 'setView', 'openCard', 'closeCard', 'setLanguage', 'on']) expect(types).toContain(`${method}`);
  }, 60_000); // tsc takes seconds on a busy 2-core machine
});
