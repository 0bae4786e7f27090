import { expect, type Page } from '@playwright/test';

/** GraphQL as the page's own signed-in session (its cookie), for a test's fixtures and checks; errors fail the test. */
export async function pageApi<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await page.request.post('/graphql', {
    data: { query, variables },
    headers: { 'x-kakehashi-csrf': '1' },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}
