/**
 * axe-core in the page under test: its source (the devDependency, no CDN) is
 * evaluated through the DevTools protocol, which the app's strict CSP does not
 * govern, and run with the WCAG 2.2 AA rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The violations on the page (or within the element `within` selects) as "rule: selector (message)" lines; empty when there are none. */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const violations = await page.evaluate(async ({ tags, within }) => {
    const axe = (window as unknown as { axe: { run(context: Document | Element, options: object): Promise<{ violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(within ? document.querySelector(within)! : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 160)})`));
  }, { tags: WCAG_22_AA, within });
  return violations;
}
