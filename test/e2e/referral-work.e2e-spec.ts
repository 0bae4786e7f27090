// `me.refersCompanies`, `me.forwardsReferrals`, `me.reviewsReferrals` and `me.handlesOfficeReferrals`: what a user does
// with referrals (the partner portal, the head office's screens, the Center's inbox and office referrals), from the
// role lists the referral operations check. The web app draws its frames and menus from them, so each flag is checked
// against what the operations actually allow.
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { randomUUID } from 'node:crypto';
import { graphql, login } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

interface Flags {
  refersCompanies: boolean;
  forwardsReferrals: boolean;
  reviewsReferrals: boolean;
  handlesOfficeReferrals: boolean;
}

describe('what a user does with referrals (me)', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api?.stop());

  async function codeOf(token: string, query: string, variables: Record<string, unknown> = {}) {
    const answer = await graphql(api.url, query, variables, token);
    return answer.errors?.[0]?.extensions?.['code'];
  }

  it.each([
    ['partner.branch@kakehashi.example', true, false, false, false],
    ['partner.hq@kakehashi.example', true, true, false, false],
    ['hq@kakehashi.example', false, false, true, true],
    ['consultant@kakehashi.example', false, false, false, true],
    ['admin@kakehashi.example', false, false, false, false],
    ['executive@kakehashi.example', false, false, false, false],
  ])(
    '%s: refers %s, forwards %s, reviews %s, handles office referrals %s, as the operations agree',
    async (email, refers, forwards, reviews, handles) => {
      const token = await login(api.url, email, DEMO_PASSWORD);
      const me = await graphql<{ me: Flags }>(
        api.url,
        '{ me { refersCompanies forwardsReferrals reviewsReferrals handlesOfficeReferrals } }',
        {},
        token,
      );
      expect(me.data?.me).toEqual({
        refersCompanies: refers,
        forwardsReferrals: forwards,
        reviewsReferrals: reviews,
        handlesOfficeReferrals: handles,
      });

      // Allowed callers get past the role check to the input's own answer; the others are refused by role.
      expect(
        await codeOf(token, '{ checkCorporateNumber(corporateNumber: "1234567890123") { valid } }'),
      ).toBe(refers ? undefined : 'FORBIDDEN');
      expect(
        await codeOf(
          token,
          'mutation { forwardReferral(input: { id: "00000000-0000-4000-8000-00000000beef", expectedVersion: 1 }) { id } }',
        ),
      ).toBe(forwards ? 'NOT_FOUND' : 'FORBIDDEN');
      expect(
        await codeOf(
          token,
          'mutation ($input: ReviewReferralsInput!) { reviewReferrals(input: $input) { succeededCount } }',
          { input: { action: 'ACCEPT', items: [] } },
        ),
      ).toBe(reviews ? 'BAD_USER_INPUT' : 'FORBIDDEN');
      expect(
        await codeOf(
          token,
          'mutation ($input: ReportReferralOutcomeInput!) { reportReferralOutcome(input: $input) { id } }',
          {
            input: {
              id: randomUUID(),
              expectedVersion: 1,
              outcome: 'NOT_ESTABLISHED',
              outcomeOn: '2026-12-01',
            },
          },
        ),
      ).toBe(handles ? 'NOT_FOUND' : 'FORBIDDEN');
    },
  );
});
