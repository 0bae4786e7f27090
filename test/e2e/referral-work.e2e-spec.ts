// `me.reviewsReferrals` and `me.handlesOfficeReferrals`: which of the Center's referral screens a user works, from the
// same role lists the referral operations check (the web app shows its menus from them).
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { randomUUID } from 'node:crypto';
import { graphql, login } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

describe('me.reviewsReferrals and me.handlesOfficeReferrals', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api?.stop());

  it.each([
    ['hq@kakehashi.example', true, true],
    ['consultant@kakehashi.example', false, true],
    ['admin@kakehashi.example', false, false],
    ['executive@kakehashi.example', false, false],
    ['partner.hq@kakehashi.example', false, false],
    ['partner.branch@kakehashi.example', false, false],
  ])(
    '%s: reviews %s, handles office referrals %s, as the operations agree',
    async (email, reviews, handles) => {
      const token = await login(api.url, email, DEMO_PASSWORD);
      const me = await graphql<{ me: { reviewsReferrals: boolean; handlesOfficeReferrals: boolean } }>(
        api.url,
        '{ me { reviewsReferrals handlesOfficeReferrals } }',
        {},
        token,
      );
      expect(me.data?.me).toEqual({ reviewsReferrals: reviews, handlesOfficeReferrals: handles });

      // Allowed callers get past the role check to the input's own refusal; the others are refused by role.
      const review = await graphql(
        api.url,
        'mutation ($input: ReviewReferralsInput!) { reviewReferrals(input: $input) { succeededCount } }',
        { input: { action: 'ACCEPT', items: [] } },
        token,
      );
      expect(review.errors?.[0]?.extensions?.['code']).toBe(reviews ? 'BAD_USER_INPUT' : 'FORBIDDEN');
      const report = await graphql(
        api.url,
        'mutation ($input: ReportReferralOutcomeInput!) { reportReferralOutcome(input: $input) { id } }',
        {
          input: {
            id: randomUUID(),
            expectedVersion: 1,
            outcome: 'NOT_ESTABLISHED',
            outcomeOn: '2026-12-01',
          },
        },
        token,
      );
      expect(report.errors?.[0]?.extensions?.['code']).toBe(handles ? 'NOT_FOUND' : 'FORBIDDEN');
    },
  );
});
