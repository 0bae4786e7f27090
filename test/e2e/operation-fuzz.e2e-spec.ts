import { DEMO_PASSWORD } from '@kakehashi/platform';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { graphql, login } from '../support/graphql-client';
import { fuzzCalls, type FuzzCall } from '../support/fuzz';
import { firstIds, idSource } from '../support/record-ids';
import { startIsolatedTestApi, type RunningApi } from '../support/test-api';

const DEMO_USERS = [
  'admin@kakehashi.example',
  'hq@kakehashi.example',
  'consultant@kakehashi.example',
  'executive@kakehashi.example',
  'partner.hq@kakehashi.example',
  'partner.branch@kakehashi.example',
];

/**
 * Every mutation and query in the schema (so a new one is fuzzed too), called by a role it admits, with each value of its input
 * replaced in turn by a wrong type, null, an empty, huge, negative or impossible value, an injection, NUL or a lone
 * surrogate. Each must be answered as the caller's mistake or a refusal: never INTERNAL_SERVER_ERROR, never HTTP 500.
 * On a database of its own: the fuzz writes whatever the schema accepts.
 */
describe('Fuzzing every mutation and query', () => {
  let api: RunningApi;
  let calls: FuzzCall[];
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    api = await startIsolatedTestApi({ LOGIN_MAX_FAILURES: '100' });
    calls = fuzzCalls(
      api.app.get(GraphQLSchemaHost).schema,
      idSource(await firstIds(api.app.get(DataSource))),
    );
    for (const email of DEMO_USERS) tokens.set(email, await login(api.url, email, DEMO_PASSWORD));
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
  });

  /** The first demo user whose role the operation admits (a refusal by role proves nothing about the input). */
  async function callerFor(call: FuzzCall): Promise<string | undefined> {
    for (const token of tokens.values()) {
      const result = await graphql(api.url, call.document, call.baseVariables, token);
      if (result.errors?.[0]?.extensions?.reason !== 'ROLE_NOT_ALLOWED') return token;
    }
    return undefined;
  }

  it('answers no fuzzed input with a server error', async () => {
    expect(calls.length).toBeGreaterThan(1000);
    const callers = new Map<string, string | undefined>();
    const failures: string[] = [];
    for (const call of calls) {
      if (!callers.has(call.operation)) callers.set(call.operation, await callerFor(call));
      const result = await graphql(api.url, call.document, call.variables, callers.get(call.operation));
      const internal = result.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
      if (result.status >= 500 || internal) failures.push(`${call.label} → HTTP ${result.status}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
