/** The edge where untrusted manifest JSON becomes a typed `Tour`, or a list of every problem. */
import type { $ZodError } from 'zod/v4/core';
import * as z from 'zod/mini';
import { Tour } from './schema';
import { checkReferences } from './references';
import { formatPath, type Problem } from './problems';

// zod/mini ships without messages; the English ones name what was expected.
z.config(z.locales.en());

export type ValidationResult =
  | { ok: true; tour: Tour; problems: Problem[] }
  | { ok: false; problems: Problem[] };

export function validateTour(raw: unknown): ValidationResult {
  const parsed = Tour.safeParse(raw);
  const problems = [...(parsed.success ? [] : zodProblems(parsed.error)), ...checkReferences(raw)];
  problems.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
  const hasErrors = problems.some((p) => p.severity === 'error');
  if (parsed.success && !hasErrors) return { ok: true, tour: parsed.data, problems };
  return { ok: false, problems };
}

function zodProblems(error: $ZodError): Problem[] {
  return error.issues.flatMap((issue) => {
    // A discriminated union that fails on an unknown `type` says so once, at the discriminator.
    if (issue.code === 'invalid_union' && 'errors' in issue && issue.errors.length > 0) {
      const best = issue.errors.reduce((a, b) => (a.length <= b.length ? a : b));
      return best.map((inner) => toProblem([...issue.path, ...inner.path], inner.message));
    }
    return [toProblem(issue.path, issue.message)];
  });
}

function toProblem(path: readonly PropertyKey[], message: string): Problem {
  return { path: formatPath(path), message, severity: 'error' };
}
