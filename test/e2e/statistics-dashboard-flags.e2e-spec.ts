// What the statistics dashboard shows each user, from the API: `me.readsStatistics` (the menu item),
// `me.readsPartnerAgreementCounts` / `me.readsTalentBankOutcomes` (its panels) and `statisticsScopes` (the scope
// choices), each agreeing with what the matching query allows.
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { graphql, login } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

interface Flags {
  readsStatistics: boolean;
  readsPartnerAgreementCounts: boolean;
  readsTalentBankOutcomes: boolean;
}

describe('the statistics dashboard over HTTP', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api?.stop());

  it.each([
    ['executive@kakehashi.example', true, true],
    ['hq@kakehashi.example', true, true],
    ['admin@kakehashi.example', true, true],
    ['consultant@kakehashi.example', true, false],
    ['partner.branch@kakehashi.example', false, false],
  ])(
    '%s → reads statistics %s, partner and talent figures %s, as the queries allow',
    async (email, reads, more) => {
      const token = await login(api.url, email, DEMO_PASSWORD);
      const me = await graphql<{ me: Flags }>(
        api.url,
        '{ me { readsStatistics readsPartnerAgreementCounts readsTalentBankOutcomes } }',
        {},
        token,
      );
      expect(me.data?.me).toEqual({
        readsStatistics: reads,
        readsPartnerAgreementCounts: more,
        readsTalentBankOutcomes: more,
      });
      const monthly = await graphql(api.url, '{ monthlyStatistics(fiscalYear: 2024) { label } }', {}, token);
      expect(monthly.errors?.[0]?.extensions?.['code']).toBe(reads ? undefined : 'FORBIDDEN');
      const counts = await graphql(
        api.url,
        '{ partnerAgreementCounts(asOf: "2026-04-01") { total } talentBankOutcomes(fiscalYear: 2026) { total } }',
        {},
        token,
      );
      expect(counts.errors?.[0]?.extensions?.['code']).toBe(more ? undefined : 'FORBIDDEN');
    },
  );

  it('lists every scope for an executive and only their own office for a consultant', async () => {
    const query = '{ statisticsScopes { kind officeId region label } }';
    type Scopes = {
      statisticsScopes: { kind: string; officeId: string | null; region: string | null; label: string }[];
    };
    const executive = await graphql<Scopes>(
      api.url,
      query,
      {},
      await login(api.url, 'executive@kakehashi.example', DEMO_PASSWORD),
    );
    const all = executive.data?.statisticsScopes ?? [];
    expect(all[0]).toEqual({ kind: 'NATIONAL', officeId: null, region: null, label: '全国' });
    expect(all.filter((s) => s.kind === 'REGION').map((s) => s.label)).toEqual(
      expect.arrayContaining(['北海道地方', '関東地方', '九州・沖縄地方']),
    );
    expect(all.filter((s) => s.kind === 'OFFICE').length).toBeGreaterThanOrEqual(47);

    const consultantToken = await login(api.url, 'consultant@kakehashi.example', DEMO_PASSWORD);
    const own = await graphql<Scopes>(api.url, query, {}, consultantToken);
    expect(own.data?.statisticsScopes).toEqual([
      expect.objectContaining({ kind: 'OFFICE', label: '東京事務所' }),
    ]);
    // The one scope offered is the one the figures may be read for; the country is refused.
    const officeId = own.data?.statisticsScopes[0].officeId;
    const mine = await graphql(
      api.url,
      'query ($officeId: ID) { monthlyStatistics(fiscalYear: 2024, officeId: $officeId) { scope { label } } }',
      { officeId },
      consultantToken,
    );
    expect(mine.errors).toBeUndefined();
    const country = await graphql(
      api.url,
      '{ monthlyStatistics(fiscalYear: 2024, region: "関東") { label } }',
      {},
      consultantToken,
    );
    expect(country.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
