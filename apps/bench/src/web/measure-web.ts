// The browser-side figures: JavaScript shipped per route, paint times of the main pages, and the board's rendering
// and filtering, each beside the API's own time for the same page in the same run.
import type { Browser, BrowserContext, Page, Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { summarise, type LatencySummary } from '../matching/support/stats';
import { graphqlTimings, PROBE_SCRIPT, readProbe, waitForQuiet } from './page-probes';

export interface PageLoad {
  name: string;
  path: string;
  lcp: LatencySummary | null;
  /** The slowest GraphQL request of each load: what the API alone costs the page. */
  apiFloor: LatencySummary | null;
  /** Why it was not measured, when it was not. */
  missing?: string;
}

export interface BoardFigures {
  cases: number;
  /** Cards drawn on the first load (a column shows its first cards; the rest come with 「さらに表示」). */
  cardsShown: number;
  render: LatencySummary;
  interactive: LatencySummary;
  filterUpdate: LatencySummary | null;
  filterMissing?: string;
}

const NOT_FOUND_HEADING = 'ページが見つかりません';

/** Gzipped JavaScript fetched while a page loads, by URL (a fresh context: nothing cached). */
function collectScripts(page: Page, into: Map<string, number>): void {
  page.on('response', (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    void response.body().then(
      (body) => into.set(response.url(), gzipSync(body).length),
      () => undefined,
    );
  });
}

const sum = (sizes: Map<string, number>) => [...sizes.values()].reduce((a, b) => a + b, 0);

export async function signedInContext(browser: Browser, baseUrl: string, email: string, password: string) {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  await context.addInitScript({ content: PROBE_SCRIPT });
  const page = await context.newPage();
  const signInScripts = new Map<string, number>();
  collectScripts(page, signInScripts);
  await page.goto('/signin');
  await waitForQuiet(page);
  const signInBytes = sum(signInScripts);
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
  await waitForQuiet(page);
  return { context, page, signInBytes, signInAndHomeBytes: sum(signInScripts) };
}

/** Fresh navigations to `path` (after one warm-up), each read when the page has settled. */
export async function measurePageLoads(
  context: BrowserContext,
  name: string,
  path: string,
  runs: number,
): Promise<PageLoad> {
  const page = await context.newPage();
  try {
    await page.goto(path);
    await waitForQuiet(page);
    const heading = await page.getByRole('heading', { level: 1 }).first().textContent();
    if (heading?.includes(NOT_FOUND_HEADING))
      return { name, path, lcp: null, apiFloor: null, missing: 'no page' };
    const lcp: number[] = [];
    const api: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      await page.goto(path);
      await waitForQuiet(page);
      lcp.push((await readProbe(page)).lcp);
      api.push((await graphqlTimings(page)).slowestMs);
    }
    return { name, path, lcp: summarise(lcp), apiFloor: summarise(api) };
  } finally {
    await page.close();
  }
}

/**
 * The board with every case loaded: from the end of its last GraphQL response to the last DOM change (rendered) and
 * to the end of the last long task (interactive: the main thread free to answer a key). Then typing one character
 * into its first filter box: from the keydown to the list's first change.
 */
export async function measureBoard(
  context: BrowserContext,
  path: string,
  cases: number,
  runs: number,
  filterText: string,
): Promise<BoardFigures | null> {
  const page = await context.newPage();
  try {
    await page.goto(path);
    await waitForQuiet(page);
    const heading = await page.getByRole('heading', { level: 1 }).first().textContent();
    if (heading?.includes(NOT_FOUND_HEADING)) return null;
    const render: number[] = [];
    const interactive: number[] = [];
    for (let i = 0; i < runs + 1; i += 1) {
      await page.goto(path);
      await waitForQuiet(page);
      const probe = await readProbe(page);
      const { lastEnd } = await graphqlTimings(page);
      if (i === 0) continue; // warm-up
      render.push(Math.max(0, probe.lastMutation - lastEnd));
      interactive.push(Math.max(0, Math.max(probe.lastMutation, probe.longTaskEnd) - lastEnd));
    }
    const cardsShown = await page
      .getByRole('main')
      .getByRole('link', { name: /^案件 No\.\d+/ })
      .count();
    const filter = page
      .getByRole('main')
      .getByRole('searchbox')
      .or(page.getByRole('main').getByRole('textbox'));
    if ((await filter.count()) === 0) {
      return {
        cases,
        cardsShown,
        render: summarise(render),
        interactive: summarise(interactive),
        filterUpdate: null,
        filterMissing: 'no filter box',
      };
    }
    const updates: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      await filter.first().fill('');
      await waitForQuiet(page);
      await filter.first().focus();
      await page.keyboard.type(filterText);
      await waitForQuiet(page, 300);
      const probe = await readProbe(page);
      // The cards narrow at once; the address and the API follow when typing pauses (not what the user waits for).
      updates.push(Math.max(0, probe.firstMutationAfterKey - probe.keydownAt));
    }
    return {
      cases,
      cardsShown,
      render: summarise(render),
      interactive: summarise(interactive),
      filterUpdate: summarise(updates),
    };
  } finally {
    await page.close();
  }
}
