/** One thing wrong (or doubtful) in a tour manifest, located by its JSON path. */
export interface Problem {
  /** JSON path in the manifest, e.g. `scenes[3].hotspots[1].target`; empty for the root. */
  path: string;
  message: string;
  /** Errors stop the tour from loading; warnings are shown but the tour still runs. */
  severity: 'error' | 'warning';
}

/** Formats `['scenes', 3, 'hotspots', 1, 'target']` as `scenes[3].hotspots[1].target`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][\w$]*$/.test(name) ? (out ? '.' : '') + name : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

/** `scenes[3].target: unknown scene "x"` — the form used in the page and the CLI. */
export function describeProblem(problem: Problem): string {
  const where = problem.path || '(root)';
  return `${where}: ${problem.message}`;
}
