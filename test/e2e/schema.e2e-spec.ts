import * as fs from 'node:fs';
import * as path from 'node:path';
import { WORKSPACE_ROOT } from '../support/processes';
import { printApiSchema, SCHEMA_FILE, startTestApi, type RunningApi } from '../support/test-api';

describe('the committed GraphQL schema', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('matches the schema the code generates (run `npm run schema:generate` after changing resolvers)', () => {
    const committed = fs.readFileSync(path.join(WORKSPACE_ROOT, SCHEMA_FILE), 'utf8');
    expect(printApiSchema(api.app)).toBe(committed);
  });
});
