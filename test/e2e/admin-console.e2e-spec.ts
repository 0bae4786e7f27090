// The administrator's console over HTTP: `me.administers` (what draws its menus) agrees with what the API allows, and
// the settings preview answers one offer's top ten both ways, within the cost limit, saving nothing.
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { graphql, login } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

const PREVIEW = `query ($id: ID!, $input: MatchingSettingsPreviewInput!) {
  previewMatchingSettings(sendingOfferId: $id, input: $input) {
    current { rank scorePoints currentRank proposedRank receivingOffer { id jobTitle company { legalName } } }
    proposed { rank scorePoints currentRank proposedRank receivingOffer { id jobTitle company { legalName } } }
  }
}`;

interface Ranked {
  rank: number;
  currentRank: number | null;
  proposedRank: number | null;
  receivingOffer: { id: string };
}

describe('the administrator’s console (HTTP)', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api?.stop());

  it.each([
    ['admin@kakehashi.example', true],
    ['hq@kakehashi.example', false],
    ['consultant@kakehashi.example', false],
    ['executive@kakehashi.example', false],
    ['partner.hq@kakehashi.example', false],
  ])(
    'is %s → administers %s, as the account operations and the preview agree',
    async (email, administers) => {
      const token = await login(api.url, email, DEMO_PASSWORD);
      const me = await graphql<{ me: { administers: boolean } }>(
        api.url,
        '{ me { administers } }',
        {},
        token,
      );
      expect(me.data?.me.administers).toBe(administers);
      const create = await graphql(
        api.url,
        'mutation { createUser(input: { email: "", name: "", role: CONSULTANT, password: "" }) { id } }',
        {},
        token,
      );
      expect(create.errors?.[0]?.extensions?.['code']).toBe(administers ? 'BAD_USER_INPUT' : 'FORBIDDEN');
      const preview = await graphql(
        api.url,
        PREVIEW,
        { id: '00000000-0000-4000-8000-000000000000', input: {} },
        token,
      );
      expect(preview.errors?.[0]?.extensions?.['code']).toBe(administers ? 'NOT_FOUND' : 'FORBIDDEN');
    },
  );

  it('ranks a demo offer’s top ten under the settings in force and under a proposal, and saves nothing', async () => {
    const token = await login(api.url, 'admin@kakehashi.example', DEMO_PASSWORD);
    const offers = await graphql<{ sendingOffers: { edges: { node: { id: string } }[] } }>(
      api.url,
      '{ sendingOffers(first: 1, filter: { status: OPEN }) { edges { node { id } } } }',
      {},
      token,
    );
    const id = offers.data?.sendingOffers.edges[0]?.node.id;
    const settings = '{ matchingSettings { version } }';
    const before = await graphql<{ matchingSettings: { version: number } }>(api.url, settings, {}, token);
    const answer = await graphql<{ previewMatchingSettings: { current: Ranked[]; proposed: Ranked[] } }>(
      api.url,
      PREVIEW,
      { id, input: { weights: [{ factor: 'REGION', weight: 100 }] } },
      token,
    );
    expect(answer.errors).toBeUndefined();
    const { current, proposed } = answer.data!.previewMatchingSettings;
    expect(current.length).toBeGreaterThan(0);
    expect(current.length).toBeLessThanOrEqual(10);
    expect(proposed.map((row) => row.rank)).toEqual(proposed.map((_, i) => i + 1));
    for (const row of proposed) {
      const there = current.find((each) => each.receivingOffer.id === row.receivingOffer.id);
      expect(row.currentRank).toBe(there ? there.rank : null);
    }
    const after = await graphql<{ matchingSettings: { version: number } }>(api.url, settings, {}, token);
    expect(after.data?.matchingSettings.version).toBe(before.data?.matchingSettings.version);

    const zero = await graphql(
      api.url,
      PREVIEW,
      { id, input: { weights: [{ factor: 'REGION', weight: -1 }] } },
      token,
    );
    expect(zero.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('lists the nightly and periodic schedules as configured, with their next run', async () => {
    const token = await login(api.url, 'admin@kakehashi.example', DEMO_PASSWORD);
    const answer = await graphql<{
      jobSchedules: { title: string; envName: string; cron: string | null; nextRunAt: string | null }[];
    }>(api.url, '{ jobSchedules { title envName cron timezone nextRunAt } }', {}, token);
    expect(answer.errors).toBeUndefined();
    const byEnv = new Map(answer.data!.jobSchedules.map((each) => [each.envName, each]));
    expect([...byEnv.keys()]).toEqual(
      expect.arrayContaining([
        'MATCHING_NIGHTLY_CRON',
        'CASES_REMINDER_SWEEP_CRON',
        'TALENT_BANK_SWEEP_CRON',
      ]),
    );
    const nightly = byEnv.get('MATCHING_NIGHTLY_CRON')!;
    expect(nightly.title).toMatch(/一括マッチング/);
    if (nightly.cron) expect(new Date(nightly.nextRunAt!).getTime()).toBeGreaterThan(Date.now());
    else expect(nightly.nextRunAt).toBeNull();
  });

  it('exports the access log as CSV with a BOM, filtered as the list is, for administrators only', async () => {
    const admin = await login(api.url, 'admin@kakehashi.example', DEMO_PASSWORD);
    // An administrator sees no registrant: the refusal is itself an entry of the log.
    const refused = await graphql(api.url, '{ talentBankRegistrants(first: 1) { totalCount } }', {}, admin);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
    const download = async (query: string, token: string) =>
      fetch(`${api.url}/talent-bank/access-log/export?${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });

    const response = await download(`outcome=DENIED&from=${today}&to=${today}`, admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('.csv');
    const body = Buffer.from(await response.arrayBuffer());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toContain('"日時","利用者"');
    const mine = lines.filter((line) => line.includes('Query.talentBankRegistrants'));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((line) => line.includes('"拒否"'))).toBe(true);
    const allowedOnly = (await download(`outcome=ALLOWED&from=${today}`, admin).then((r) => r.text())).split(
      '\r\n',
    );
    expect(allowedOnly.some((line) => line.includes('"拒否"'))).toBe(false);

    const bad = await download('from=2026-02-31', admin);
    expect(bad.status).toBe(400);
    const hq = await login(api.url, 'hq@kakehashi.example', DEMO_PASSWORD);
    expect((await download('', hq)).status).toBe(403);
  });
});
