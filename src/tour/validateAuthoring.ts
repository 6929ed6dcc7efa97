/**
 * The validation authors get (`npm run validate`, `sitevisit validate`, the studio): the viewer's
 * (validate.ts) plus the checks only authors need (authoringChecks.ts), every problem with its JSON path.
 */
import { authoringProblems } from './authoringChecks';
import { validateTour, type ValidationResult } from './validate';

export function validateForAuthoring(raw: unknown): ValidationResult {
  const result = validateTour(raw);
  const extra = authoringProblems(raw);
  if (extra.length === 0) return result;
  const problems = [...result.problems, ...extra].sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
  return result.ok && !extra.some((p) => p.severity === 'error') ? { ...result, problems } : { ok: false, problems };
}
