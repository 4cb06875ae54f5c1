// Runs axe-core in the page: the default rules plus every rule for WCAG 2.0,
// 2.1 and 2.2 A/AA.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Hearth's Content-Security-Policy (script-src 'self') refuses injected
// scripts, so pages checked with axe must be opened in a context created
// with bypassCSP: true.
export async function runAxe(page) {
  const already = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!already) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    // Rules off by default (some WCAG 2.2 ones) are switched on by tag;
    // deprecated rules stay off, as axe itself no longer maintains them.
    const rules = {};
    for (const rule of window.axe.getRules(tags)) {
      if (!rule.tags.includes('deprecated')) rules[rule.ruleId] = { enabled: true };
    }
    const results = await window.axe.run(document, { rules, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary, html: n.html })),
    }));
  }, WCAG_TAGS);
}

export function describeViolations(label, violations) {
  if (violations.length === 0) return `${label}: no violations`;
  const lines = [`${label}: ${violations.length} axe violation(s)`];
  for (const v of violations) {
    lines.push(`- ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})`);
    for (const n of v.nodes) {
      lines.push(`    at ${n.target}: ${n.html.slice(0, 200)}`);
      if (n.summary) lines.push(`      ${n.summary.replace(/\n/g, '\n      ')}`);
    }
  }
  return lines.join('\n');
}
