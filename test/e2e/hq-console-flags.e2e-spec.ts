// `me.runsAssignment` and `me.closesStatisticsMonths`: what the headquarters console's menu shows, from the same role
// lists the operations check (the web app keeps no copy of the roles).
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { graphql, login } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

describe('me.runsAssignment and me.closesStatisticsMonths', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api?.stop());

  it.each([
    ['consultant@kakehashi.example', true, false],
    ['hq@kakehashi.example', true, true],
    ['admin@kakehashi.example', true, false],
    ['executive@kakehashi.example', false, false],
    ['partner.branch@kakehashi.example', false, false],
  ])('is %s → runs %s, closes %s, and agrees with what the API allows', async (email, runs, closes) => {
    const token = await login(api.url, email, DEMO_PASSWORD);
    const me = await graphql<{ me: { runsAssignment: boolean; closesStatisticsMonths: boolean } }>(
      api.url,
      '{ me { runsAssignment closesStatisticsMonths } }',
      {},
      token,
    );
    expect(me.data?.me).toEqual({ runsAssignment: runs, closesStatisticsMonths: closes });
    const list = await graphql(api.url, '{ assignmentRuns(first: 1) { totalCount } }', {}, token);
    expect(list.errors?.[0]?.extensions?.['code']).toBe(runs ? undefined : 'FORBIDDEN');
    // A month not yet begun: a closer is told why at the field, anyone else is refused outright.
    const close = await graphql(
      api.url,
      'mutation { closeStatisticsMonth(yearMonth: "2099-01") { yearMonth } }',
      {},
      token,
    );
    expect(close.errors?.[0]?.extensions?.['code']).toBe(closes ? 'BAD_USER_INPUT' : 'FORBIDDEN');
  });
});
