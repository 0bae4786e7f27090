// What the page reports about itself, installed before any of its scripts run: the largest contentful paint, the last
// DOM change, the end of the last long task and the last key pressed (all on the page's performance clock). Written
// as page-side source text: the benchmark is compiled for Node, without the DOM's types.
import type { Page } from '@playwright/test';

export interface PageProbe {
  lcp: number;
  lastMutation: number;
  longTaskEnd: number;
  keydownAt: number;
  /** The first DOM change after the last key: what the user sees react to their typing. */
  firstMutationAfterKey: number;
}

export const PROBE_SCRIPT = `
(() => {
  const probe = { lcp: 0, lastMutation: 0, longTaskEnd: 0, keydownAt: 0, firstMutationAfterKey: 0 };
  window.__kkProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTaskEnd = Math.max(probe.longTaskEnd, entry.startTime + entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('keydown', () => {
    probe.keydownAt = performance.now();
    probe.firstMutationAfterKey = 0;
  }, true);
  const watch = () => new MutationObserver(() => {
    probe.lastMutation = performance.now();
    if (probe.keydownAt && !probe.firstMutationAfterKey) probe.firstMutationAfterKey = probe.lastMutation;
  })
    .observe(document.body, { subtree: true, childList: true, characterData: true });
  if (document.body) watch(); else document.addEventListener('DOMContentLoaded', watch);
})();
`;

export function readProbe(page: Page): Promise<PageProbe> {
  return page.evaluate('({ ...window.__kkProbe })') as Promise<PageProbe>;
}

/** Waits until the network is idle and the DOM has not changed for `quietMs`. */
export async function waitForQuiet(page: Page, quietMs = 400): Promise<void> {
  await page.waitForLoadState('networkidle');
  // A function, not source text: the page's Content-Security-Policy forbids evaluating strings in it.
  await page.waitForFunction(
    (quiet) =>
      performance.now() - (globalThis as unknown as { __kkProbe: PageProbe }).__kkProbe.lastMutation > quiet,
    quietMs,
    { polling: 50, timeout: 30_000 },
  );
}

/** The GraphQL requests of this page load: the slowest one's duration and when the last one ended. */
export function graphqlTimings(page: Page): Promise<{ slowestMs: number; lastEnd: number; count: number }> {
  return page.evaluate(`(() => {
    const entries = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/graphql'));
    return {
      slowestMs: Math.max(0, ...entries.map((entry) => entry.responseEnd - entry.requestStart)),
      lastEnd: Math.max(0, ...entries.map((entry) => entry.responseEnd)),
      count: entries.length,
    };
  })()`) as Promise<{ slowestMs: number; lastEnd: number; count: number }>;
}
