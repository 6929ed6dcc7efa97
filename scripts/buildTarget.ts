/**
 * Which build `npm run build` makes. The production build (dist/) has no test
 * hook; `SITEVISIT_TEST_BUILD=1 npm run build` makes the browser tests' build
 * (dist-test/, made by tests/browser/globalSetup.ts), which exposes the store as
 * `window.__sitevisit` for tests and the benchmark. Separate folders, so a
 * dist/ that is deployed never holds the hook, whatever ran before.
 */
export const isTestBuild = process.env.SITEVISIT_TEST_BUILD === '1';
export const BUILD_OUT_DIR = isTestBuild ? 'dist-test' : 'dist';
/** The compile-time constant the app reads (src/testHook.d.ts); `if (!__SITEVISIT_TEST_HOOK__)` code is dropped from the production build. */
export const testHookDefine = { __SITEVISIT_TEST_HOOK__: JSON.stringify(isTestBuild) };
