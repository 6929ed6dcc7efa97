import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (no WebGL, no browser) and browser tests that
// build the app, serve it on 127.0.0.1 and drive Debian Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          environment: 'node',
          // Vitest's default on 2 cores is one file at a time; most unit files wait on the processes, sockets and
          // databases they start, so two at a time finish the unit phase sooner on the CI's 2 cores.
          maxWorkers: 2,
          // Several unit files start real processes (the CLI, servers, redis-server, npm ci) side by side;
          // on a loaded 2-core machine one process start can take seconds.
          testTimeout: 60_000,
          globalSetup: ['tests/fixtures/globalSetup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/fixtures/globalSetup.ts', 'tests/browser/globalSetup.ts'],
          fileParallelism: false,
          // Only describe.concurrent blocks run side by side: two pages keep two cores busy. Four were only ~10% faster
          // alone and, in a full run on a slow machine, starved SwiftShader into 30 s screenshot timeouts.
          maxConcurrency: 2,
          testTimeout: 90_000,
          // Polls wait on what the app shows; a loaded CI machine can take seconds to draw the frame that shows it.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
