// axe-core with the WCAG 2.1 A/AA rules in a page of the real browser, shared by the accessibility checks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeNode { target: unknown[]; failureSummary?: string }
export interface AxeRule { id: string; impact?: string; help: string; nodes: AxeNode[] }
export interface AxeResults { violations: AxeRule[]; passes: AxeRule[]; incomplete: AxeRule[] }

/** Runs axe-core on the page (or a context in it) with the WCAG 2.1 A/AA rules. */
export async function axe(page: Page, context: unknown = null): Promise<AxeResults> {
  // Evaluated rather than added as a <script>: the extension pages' CSP allows no inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async ({ context, tags }) => {
    const run = (window as any).axe.run as (ctx: unknown, opts: unknown) => Promise<any>;
    const r = await run(context ?? document, { runOnly: tags, resultTypes: ['violations', 'passes'] });
    const slim = (rules: any[]) => rules.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n: any) => ({ target: n.target, failureSummary: n.failureSummary })) }));
    return { violations: slim(r.violations), passes: slim(r.passes), incomplete: slim(r.incomplete) };
  }, { context, tags: WCAG_AA });
}

/** Each violation with its rule, impact, element and what to fix, readable in the test output ('' when none). */
export function describeViolations(results: AxeResults): string {
  return results.violations.flatMap((v) => v.nodes.map((n) =>
    `[${v.id}] (${v.impact}) ${v.help}\n  Element: ${JSON.stringify(n.target)}\n  ${(n.failureSummary ?? '').replace(/\n/g, '\n  ')}`)).join('\n\n');
}
