// The statistics dashboard's scope change as an executive makes it: the scope select opened and the next scope chosen
// by keyboard, then from the Enter to the end of the page's changes, and from the last GraphQL response to the last
// change (the redraw itself, what the browser costs beyond the API).
import type { BrowserContext } from '@playwright/test';
import { summarise, type LatencySummary } from '../matching/support/stats';
import { readProbe, waitForQuiet } from './page-probes';

export interface ScopeChangeFigures {
  /** From the last GraphQL response to the last DOM change. */
  redraw: LatencySummary;
  /** From the Enter that chose the scope to the last DOM change (API included). */
  total: LatencySummary;
  /** The slowest GraphQL request after the Enter. */
  apiFloor: LatencySummary;
}

export async function measureScopeChange(
  context: BrowserContext,
  runs: number,
): Promise<ScopeChangeFigures | null> {
  const page = await context.newPage();
  try {
    const redraw: number[] = [];
    const total: number[] = [];
    const api: number[] = [];
    for (let i = 0; i < runs + 1; i += 1) {
      await page.goto('/dashboard?scope=national');
      await waitForQuiet(page);
      const scope = page.getByRole('button', { name: /集計範囲/ });
      if ((await scope.count()) === 0) return null;
      await scope.focus();
      await page.keyboard.press('ArrowDown');
      await page.getByRole('listbox').waitFor();
      await page.keyboard.press('ArrowDown');
      const before = await page.evaluate('performance.now()');
      await page.keyboard.press('Enter');
      await page.waitForURL(/scope=region/);
      await waitForQuiet(page);
      const probe = await readProbe(page);
      const timings = (await page.evaluate(`(() => performance.getEntriesByType('resource')
        .filter((e) => e.name.endsWith('/graphql') && e.startTime >= ${Number(before)})
        .map((e) => ({ start: e.requestStart, end: e.responseEnd })))()`)) as {
        start: number;
        end: number;
      }[];
      if (i === 0) continue; // warm-up
      const lastEnd = Math.max(0, ...timings.map((t) => t.end));
      redraw.push(Math.max(0, probe.lastMutation - (lastEnd || probe.keydownAt)));
      total.push(Math.max(0, probe.lastMutation - probe.keydownAt));
      api.push(Math.max(0, ...timings.map((t) => t.end - t.start)));
    }
    return { redraw: summarise(redraw), total: summarise(total), apiFloor: summarise(api) };
  } finally {
    await page.close();
  }
}
