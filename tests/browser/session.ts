/**
 * One Chromium per test file: launched before its first test, closed after its
 * last. Kept apart from harness.ts, which the benchmark imports outside Vitest.
 */
import { afterAll, beforeAll } from 'vitest';
import { launch, type Session } from './harness';

/** Call at the top of a test file; the session's browser is there once the file's tests run. */
export function browserPerFile(args: string[] = []): Session {
  let launched: Session | null = null;
  beforeAll(async () => {
    launched = await launch(args);
  });
  afterAll(async () => {
    await launched?.close();
  });
  return {
    get browser() {
      if (!launched) throw new Error('the browser is launched in beforeAll: use the session inside tests');
      return launched.browser;
    },
    close: async () => launched?.close(),
  };
}
