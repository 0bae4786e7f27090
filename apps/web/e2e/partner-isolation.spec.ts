// Two partner institutions in two browsers (M銀行 and K信用金庫, the demo's): each opens the other's referral, its
// edit page, its bulk upload and its branch in the list filter by address. Every such page is 「ページが見つかりません」
// or empty, and no answer the partner's pages receive holds the other's data: the network responses are read, not
// only the screen. No menu leads a partner to the Center's data, and typing a Center address shows none of it.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiAs, type Api } from './support/api';
import { expectAccessible, signIn } from './support/app';
import { uniqueTag } from './support/case-page';
import { draftReferral, PARTNER_BRANCH, PARTNER_HQ } from './support/referral-fixtures';

const OTHER_HQ = 'partner2.hq@kakehashi.example';
const OTHER_BRANCH = 'partner2.branch@kakehashi.example';

/** What one institution holds that the other must never receive. */
interface Tenant {
  referralId: string;
  clientName: string;
  importId: string | null;
  branchId: string;
  branchName: string;
  institutionName: string;
}

/** A referral drafted by the institution's branch officer, and what the head office holds (its name, an upload). */
async function tenantOf(branch: Api, head: Api, clientName: string): Promise<Tenant> {
  const made = await draftReferral(branch, clientName);
  const read = await branch.gql<{ referral: { branchId: string; branchName: string } }>(
    'query ($id: ID!) { referral(id: $id) { branchId branchName } }',
    { id: made.id },
  );
  const mine = await head.gql<{ myPartnerInstitution: { name: string } }>(
    '{ myPartnerInstitution { name } }',
  );
  const imports = await head.gql<{ referralImports: { edges: { node: { id: string } }[] } }>(
    '{ referralImports(first: 1) { edges { node { id } } } }',
  );
  return {
    referralId: made.id,
    clientName,
    importId: imports.referralImports.edges[0]?.node.id ?? null,
    branchId: read.referral.branchId,
    branchName: read.referral.branchName,
    institutionName: mine.myPartnerInstitution.name,
  };
}

/** A signed-in partner's page that keeps every GraphQL and download answer it receives. */
async function recordingPage(browser: Browser, email: string): Promise<{ page: Page; received: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const received: string[] = [];
  page.on('response', async (response) => {
    if (!/\/graphql|\/exports/.test(response.url())) return;
    received.push(await response.text().catch(() => ''));
  });
  await signIn(page, email);
  return { page, received };
}

async function expectNotFound(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeVisible();
}

/** The other tenant's ids in every partner address; then none of its data in anything received. */
async function tryEverything(
  viewer: { page: Page; received: string[] },
  other: Tenant,
  label: string,
): Promise<void> {
  const { page, received } = viewer;
  await expectNotFound(page, `/referrals/${other.referralId}`);
  await expectAccessible(page, `${label}: another institution's referral`);
  await expectNotFound(page, `/referrals/${other.referralId}/edit`);
  if (other.importId) await expectNotFound(page, `/referrals/imports/${other.importId}`);
  await page.goto(`/referrals?branch=${other.branchId}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(other.clientName)).toHaveCount(0);
  // The menus are the partner's own; a Center address typed by hand shows none of the Center's data.
  const menu = page.getByRole('navigation', { name: 'メインメニュー' });
  for (const href of await menu
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(/^\/(referrals(\/new|\/imports)?|account)?$/);
  for (const center of ['/companies', '/offers/sending', '/cases/board', '/inbox/referrals', '/partners'])
    await page.goto(center);
  await page.waitForLoadState('networkidle');

  expect(received.length).toBeGreaterThan(5);
  const everything = received.join('\n');
  for (const secret of [other.referralId, other.clientName, other.branchName, other.institutionName])
    expect(everything, `${label} received ${secret}`).not.toContain(secret);
  // Nothing of the Center's own records either: a demo company and a demo consultant.
  expect(everything).not.toContain('株式会社山田製作所');
  expect(everything).not.toContain('鈴木 一郎');
}

test('two partner institutions never see each other’s referrals, uploads or branches, on screen or on the wire', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const tag = uniqueTag();
  const [mBranch, mHead, kBranch, kHead] = await Promise.all(
    [PARTNER_BRANCH, PARTNER_HQ, OTHER_BRANCH, OTHER_HQ].map((email) => apiAs(baseURL!, email)),
  );
  const m = await tenantOf(mBranch, mHead, `株式会社エム銀行取引先${tag}`);
  const k = await tenantOf(kBranch, kHead, `株式会社ケイ信金取引先${tag}`);
  await Promise.all([mBranch, mHead, kBranch, kHead].map((api) => api.dispose()));
  expect(m.importId, 'the demo data gives M銀行 an upload').not.toBeNull();
  expect(m.institutionName).not.toBe(k.institutionName);

  await tryEverything(await recordingPage(browser, OTHER_HQ), m, 'K信用金庫');
  await tryEverything(await recordingPage(browser, PARTNER_HQ), k, 'M銀行');
});
