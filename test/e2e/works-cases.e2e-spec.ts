// `me.worksCases`: whether the signed-in user works cases, from the same role list every case operation checks (the
// web app shows the case screens from it).
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { graphql, login } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

describe('me.worksCases', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api?.stop());

  it.each([
    ['consultant@kakehashi.example', true],
    ['hq@kakehashi.example', true],
    ['executive@kakehashi.example', false],
    ['admin@kakehashi.example', false],
    ['partner.branch@kakehashi.example', false],
  ])('is %s → %s, and agrees with what myTasks allows', async (email, works) => {
    const token = await login(api.url, email, DEMO_PASSWORD);
    const me = await graphql<{ me: { worksCases: boolean } }>(api.url, '{ me { worksCases } }', {}, token);
    expect(me.data?.me.worksCases).toBe(works);
    const tasks = await graphql(api.url, '{ myTasks(first: 1) { totalCount } }', {}, token);
    expect(tasks.errors?.[0]?.extensions?.['code']).toBe(works ? undefined : 'FORBIDDEN');
  });
});
