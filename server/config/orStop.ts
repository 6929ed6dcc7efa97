/**
 * A start-up step whose failure is the operator's to fix (a bad setting, an
 * unreachable database): its message on stderr, then exit 1 — never a stack
 * trace, never a server half set up.
 */
export async function orStop<T>(step: () => T | Promise<T>, what = 'sitevisit: not starting'): Promise<T> {
  try {
    return await step();
  } catch (error) {
    console.error(`${what}: ${(error as Error).message}`);
    process.exit(1);
  }
}
