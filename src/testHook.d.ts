/**
 * True only in the browser tests' build (`SITEVISIT_TEST_BUILD=1`, see
 * scripts/buildTarget.ts): code behind `if (__SITEVISIT_TEST_HOOK__)` is
 * dropped from the production build.
 */
declare const __SITEVISIT_TEST_HOOK__: boolean;
