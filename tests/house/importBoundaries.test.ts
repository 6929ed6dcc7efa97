/**
 * The import boundaries of issue 13, as the lint step enforces them: each case lints a one-line
 * file at a real path with the project's ESLint config, so a rule dropped or narrowed by an edit
 * of eslint.config.js fails here (the lint step itself only proves today's code obeys it).
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });

async function blocked(file: string, specifier: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import '${specifier}';\n`, { filePath: file });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('import boundaries', () => {
  it.each([
    ['cli/commands/example.ts', '../../server/http/limits'],
    ['src/viewer/Example.tsx', '../deeplink/codec'],
    ['src/viewer/hotspots/Example.tsx', '../../app/followLink'],
    ['src/tiles/example.ts', 'three'],
    ['src/tiles/example.ts', '@react-three/fiber'],
    ['src/tiles/example.ts', 'react'],
    ['src/protocol/example.ts', 'three'],
    ['src/protocol/example.ts', 'react'],
    ['src/visits/Example.tsx', '../viewer/Viewer'],
    ['src/visits/Example.tsx', '../state/hooks'],
    ['src/start/example.ts', 'three'],
    ['src/start/example.ts', 'react'],
    ['src/start/example.ts', '../state/store'],
  ])('%s may not import %s', async (file, specifier) => {
    expect(await blocked(file, specifier)).toBe(true);
  });

  it.each([
    ['cli/commands/example.ts', '../../src/tiles/pyramid'],
    ['src/viewer/Example.tsx', '../state/hooks'],
    ['src/viewer/Example.tsx', 'three'],
    ['src/app/Example.tsx', '../deeplink/crossTourHref'],
    ['src/visits/Example.tsx', '../ui/copyText'],
    ['src/start/example.ts', '../lib/fetchBytes'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await blocked(file, specifier)).toBe(false);
  });
});
