import { DEMO_PASSWORD } from '@kakehashi/platform';
import { errorCode, graphql, login } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

describe('API behaviour every client relies on', () => {
  let api: RunningApi;
  let token: string;

  beforeAll(async () => {
    api = await startTestApi({ GRAPHQL_MAX_DEPTH: '5', GRAPHQL_MAX_COMPLEXITY: '500' });
    token = await login(api.url, 'hq@kakehashi.example', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('gives every response a request id, and keeps a sane one sent by a load balancer', async () => {
    const generated = await fetch(`${api.url}/health`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'lb-1234' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-1234');
  });

  it('refuses an operation nested deeper than the limit before running it', async () => {
    const result = await graphql(
      api.url,
      '{ me { office { prefecture { code } } } companies { edges { node { owningOffice { prefecture { code } } } } } }',
      {},
      token,
    );
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].extensions?.reason).toBe('QUERY_TOO_DEEP');
    expect(result.errors?.[0].message).toContain('階層');
  });

  it('refuses an operation whose estimated cost is over the limit', async () => {
    const result = await graphql(
      api.url,
      '{ companies(first: 100) { edges { node { legalName notes owningOffice { nameJa nameEn } prefecture { nameJa } } } } }',
      {},
      token,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.reason).toBe('QUERY_TOO_COMPLEX');
    const small = await graphql(
      api.url,
      '{ companies(first: 5) { edges { node { legalName } } } }',
      {},
      token,
    );
    expect(small.errors).toBeUndefined();
  });

  it('rejects a page size out of range with a Japanese field error', async () => {
    const result = await graphql(api.url, '{ companies(first: 0) { totalCount } }', {}, token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'first', message: expect.stringContaining('1以上') },
    ]);
  });

  it('reports an unknown id as NOT_FOUND or null, never as a server error', async () => {
    const result = await graphql(
      api.url,
      '{ user(id: "00000000-0000-4000-8000-0000000000ff") { id } }',
      {},
      token,
    );
    expect(errorCode(result)).toBe('NOT_FOUND');
    const malformed = await graphql(api.url, '{ company(id: "not-a-uuid") { id } }', {}, token);
    expect(errorCode(malformed)).not.toBe('INTERNAL_SERVER_ERROR');
  });

  it('never sends a stack trace outside development', async () => {
    const result = await graphql(api.url, '{ me { nope } }', {}, token);
    expect(result.errors?.[0].extensions?.['stacktrace']).toBeUndefined();
    const unauth = await graphql(api.url, '{ me { id } }');
    expect(JSON.stringify(unauth.errors)).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});
