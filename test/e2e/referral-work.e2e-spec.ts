// `me.refersCompanies` and `me.forwardsReferrals`: whether the signed-in user refers companies (the partner portal)
// and forwards its institution's referrals (the head office's screens), from the role lists the referral operations
// check; the web app draws the partner's frame and menus from them.
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { graphql, login } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

describe('me.refersCompanies and me.forwardsReferrals', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api?.stop());

  it.each([
    ['partner.branch@kakehashi.example', true, false],
    ['partner.hq@kakehashi.example', true, true],
    ['hq@kakehashi.example', false, false],
    ['consultant@kakehashi.example', false, false],
    ['admin@kakehashi.example', false, false],
    ['executive@kakehashi.example', false, false],
  ])(
    'are %s → %s, %s, and agree with what the referral operations allow',
    async (email, refers, forwards) => {
      const token = await login(api.url, email, DEMO_PASSWORD);
      const me = await graphql<{ me: { refersCompanies: boolean; forwardsReferrals: boolean } }>(
        api.url,
        '{ me { refersCompanies forwardsReferrals } }',
        {},
        token,
      );
      expect(me.data?.me).toEqual({ refersCompanies: refers, forwardsReferrals: forwards });
      const check = await graphql(
        api.url,
        '{ checkCorporateNumber(corporateNumber: "1234567890123") { valid } }',
        {},
        token,
      );
      expect(check.errors?.[0]?.extensions?.['code']).toBe(refers ? undefined : 'FORBIDDEN');
      // No referral has this id: a forwarder is told it is not found, anyone else that the role may not forward.
      const forward = await graphql(
        api.url,
        'mutation { forwardReferral(input: { id: "00000000-0000-4000-8000-00000000beef", expectedVersion: 1 }) { id } }',
        {},
        token,
      );
      expect(forward.errors?.[0]?.extensions?.['code']).toBe(forwards ? 'NOT_FOUND' : 'FORBIDDEN');
    },
  );
});
