import { DEMO_PASSWORD } from '@kakehashi/platform';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isInterfaceType, isObjectType } from 'graphql';
import { errorCode, graphql, login } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

/**
 * What a request is refused for before anything runs (its variables, its size, its cost), and how: HTTP 400 with a
 * Japanese, field-level BAD_USER_INPUT or GRAPHQL_VALIDATION_FAILED, never a 500 and never the submitted value.
 */
describe('Requests refused before they run', () => {
  let api: RunningApi;
  let token: string;

  beforeAll(async () => {
    api = await startTestApi();
    token = await login(api.url, 'consultant@kakehashi.example', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await api?.stop();
  });

  const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';

  it.each([
    ['a number for a string', { email: 'a@example.jp', password: 12345678 }, 'input.password', '文字列'],
    ['null for a required field', { email: 'a@example.jp', password: null }, 'input.password', '必須'],
    ['a missing required field', { email: 'a@example.jp' }, 'input.password', '必須'],
    [
      'an unknown field',
      { email: 'a@example.jp', password: 'secret-value-1', role: 'ADMIN' },
      'input.role',
      '定義されていない',
    ],
  ])(
    'answers %s in a variable with HTTP 400, naming the field in Japanese',
    async (_, input, field, words) => {
      const result = await graphql(api.url, LOGIN, { input });
      expect(result.status).toBe(400);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toBe('入力内容に誤りがあります。');
      expect(result.errors?.[0].extensions?.fields).toEqual([
        { field, message: expect.stringContaining(words) },
      ]);
      expect(JSON.stringify(result.errors)).not.toContain('12345678');
    },
  );

  it('names an enum typo and a missing variable without echoing the value', async () => {
    const typo = await graphql(
      api.url,
      'query ($role: Role) { users(filter: { role: $role }) { totalCount } }',
      { role: 'CONSULTANTT-secret' },
      token,
    );
    expect(typo.status).toBe(400);
    expect(typo.errors?.[0].extensions?.fields).toEqual([{ field: 'role', message: '選択肢にない値です。' }]);
    expect(JSON.stringify(typo.errors)).not.toContain('CONSULTANTT-secret');
    const missing = await graphql(api.url, LOGIN, {});
    expect(missing.status).toBe(400);
    expect(missing.errors?.[0].extensions?.fields).toEqual([{ field: 'input', message: expect.any(String) }]);
  });

  it.each([
    ['NUL', 'ヤマダ\u0000製作所', '制御文字'],
    ['a lone surrogate', 'ヤマダ\ud800', 'サロゲート'],
  ])('refuses %s in any text, field by field, before anything runs', async (_, text, words) => {
    const result = await graphql(
      api.url,
      'query ($q: String) { companies(first: 5, filter: { query: $q }) { totalCount } }',
      { q: text },
      token,
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'filter.query', message: expect.stringContaining(words) },
    ]);
  });

  it('prices a list by its page size clamped to the allowed range, so a negative size cannot pay for the rest', async () => {
    const rankings = Array.from(
      { length: 15 },
      (_, i) =>
        `m${i}: matchesForSendingOffer(id: "00000000-0000-4000-8000-000000000000", first: 20) { items { score } }`,
    );
    const result = await graphql(
      api.url,
      `{ cheap: companies(first: -1000000) { totalCount } ${rankings.join(' ')} }`,
      {},
      token,
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.reason).toBe('QUERY_TOO_COMPLEX');
    expect(result.data ?? null).toBeNull();
  });

  it('prices every list that takes a page size by that size', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const unpriced: string[] = [];
    let priced = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.args.some((arg) => arg.name === 'first')) continue;
        if (typeof field.extensions['complexity'] === 'function') priced += 1;
        else unpriced.push(`${type.name}.${field.name}`);
      }
    }
    expect(unpriced).toEqual([]);
    expect(priced).toBeGreaterThan(15);
  });

  it('caps aliases per document', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`);
    const result = await graphql(api.url, `{ ${aliases.join(' ')} }`, {}, token);
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].extensions?.reason).toBe('TOO_MANY_ALIASES');
    expect(result.errors?.[0].message).toContain('エイリアス');
  });

  it('prices a matching ranking by the work it costs the engine', async () => {
    const ranking = (i: number) =>
      `m${i}: matchesForSendingOffer(id: "00000000-0000-4000-8000-000000000000", first: 1) { items { score } }`;
    const many = Array.from({ length: 25 }, (_, i) => ranking(i));
    const result = await graphql(api.url, `{ ${many.join(' ')} }`, {}, token);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.reason).toBe('QUERY_TOO_COMPLEX');
  });

  it('stops parsing an oversized document at the token limit, quickly, for anonymous callers too', async () => {
    const huge = `{ ${'__typename '.repeat(600_000)}}`;
    const started = Date.now();
    const result = await graphql(api.url, huge);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors?.[0].message).toBe('クエリの構文が正しくありません。');
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
  });
});

describe('Schema details in production', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('never suggests field names to anyone ("Did you mean …")', async () => {
    const result = await graphql(api.url, '{ mee { id } }');
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean|"me"/);
  });
});
