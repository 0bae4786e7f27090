import { DEMO_PASSWORD } from '@kakehashi/platform';
import { corporateNumberCheckDigit } from '@kakehashi/text';
import { errorCode, graphql, login } from '../support/graphql-client';
import { fewestStatements, startTestApi, type RunningApi } from '../support/test-api';

/** A made-up but valid 法人番号, unique to this test run. */
function corporateNumber(): string {
  const body = `99${Math.floor(Math.random() * 1e10)
    .toString()
    .padStart(10, '0')}`;
  return `${corporateNumberCheckDigit(body)}${body}`;
}

const CREATE = `mutation ($input: CreateCompanyInput!) {
  createCompany(input: $input) { id legalName version corporateNumber owningOffice { code nameJa } }
}`;
const UPDATE = `mutation ($input: UpdateCompanyInput!) { updateCompany(input: $input) { id version notes } }`;

describe('companies over HTTP, as the consultants of two offices use them', () => {
  let api: RunningApi;
  let tokyo: string;
  let aichi: string;
  const suffix = Math.random().toString(36).slice(2, 7);

  beforeAll(async () => {
    api = await startTestApi();
    tokyo = await login(api.url, 'consultant@kakehashi.example', DEMO_PASSWORD);
    aichi = await login(api.url, 'consultant.aichi@kakehashi.example', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await api?.stop();
  });

  const input = (overrides: Record<string, unknown> = {}) => ({
    legalName: `株式会社 架橋精機${suffix}`,
    legalNameKana: `カケハシセイキ`,
    jsicMajorCode: 'E',
    prefectureCode: '13',
    size: 'SME',
    employeeCount: 120,
    ...overrides,
  });

  it('creates a company owned by the consultant’s own office', async () => {
    const result = await graphql<{ createCompany: { owningOffice: { code: string; nameJa: string } } }>(
      api.url,
      CREATE,
      { input: input({ corporateNumber: corporateNumber() }) },
      tokyo,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createCompany.owningOffice).toEqual({ code: '13', nameJa: '東京事務所' });
  });

  it('refuses a bad corporate number with a Japanese field error and stores nothing', async () => {
    const good = corporateNumber();
    const bad = `${(Number(good[0]) + 1) % 10}${good.slice(1)}`;
    const result = await graphql(
      api.url,
      CREATE,
      { input: input({ legalName: `誤番号商事${suffix}`, corporateNumber: bad }) },
      tokyo,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.corporateNumber', message: expect.stringContaining('チェックデジット') },
    ]);
    const search = await graphql<{ companies: { totalCount: number } }>(
      api.url,
      '{ companies(filter: { query: "誤番号商事' + suffix + '" }) { totalCount } }',
      {},
      tokyo,
    );
    expect(search.data?.companies.totalCount).toBe(0);
  });

  it('refuses a duplicate corporate number with CONFLICT naming the existing company', async () => {
    const number = corporateNumber();
    const first = await graphql<{ createCompany: { id: string } }>(
      api.url,
      CREATE,
      { input: input({ legalName: `重複検査工業${suffix}`, corporateNumber: number }) },
      tokyo,
    );
    expect(first.errors).toBeUndefined();
    const second = await graphql(
      api.url,
      CREATE,
      { input: input({ legalName: `別名工業${suffix}`, corporateNumber: number }) },
      aichi,
    );
    expect(errorCode(second)).toBe('CONFLICT');
    expect(second.errors?.[0].message).toContain(number);
    expect(second.errors?.[0].message).toContain(`重複検査工業${suffix}`);
    expect(second.errors?.[0].extensions?.['existingCompanyId']).toBe(first.data?.createCompany.id);
  });

  it('forbids a consultant to edit another office’s company, and lets the owner edit it', async () => {
    const created = await graphql<{ createCompany: { id: string; version: number } }>(
      api.url,
      CREATE,
      { input: input({ legalName: `東京所有商会${suffix}` }) },
      tokyo,
    );
    const { id, version } = created.data!.createCompany;
    const refused = await graphql(
      api.url,
      UPDATE,
      { input: { id, expectedVersion: version, notes: '愛知から編集' } },
      aichi,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toContain('東京事務所');
    const edited = await graphql<{ updateCompany: { version: number; notes: string } }>(
      api.url,
      UPDATE,
      { input: { id, expectedVersion: version, notes: '東京で編集' } },
      tokyo,
    );
    expect(edited.data?.updateCompany).toMatchObject({ notes: '東京で編集', version: version + 1 });
    const stale = await graphql(
      api.url,
      UPDATE,
      { input: { id, expectedVersion: version, notes: '古い版から' } },
      tokyo,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it('finds 山田製作所 however its name is written', async () => {
    const name = `株式会社山田製作所${suffix}`;
    await graphql(
      api.url,
      CREATE,
      { input: input({ legalName: name, legalNameKana: `ヤマダセイサクショ` }) },
      tokyo,
    );
    for (const query of [
      `（株）山田製作所${suffix}`,
      `株式会社 山田製作所${suffix}`,
      `ヤマダ製作所${suffix}`,
      `山田製作所${suffix.toUpperCase()}`,
    ]) {
      const result = await graphql<{ companies: { edges: { node: { legalName: string } }[] } }>(
        api.url,
        'query ($q: String!) { companies(filter: { query: $q }) { edges { node { legalName } } } }',
        { q: query },
        aichi,
      );
      expect(result.data?.companies.edges.map((e) => e.node.legalName)).toContain(name);
    }
  });

  it('loads the relations of a page of companies without one query per company', async () => {
    const page = `query ($first: Int!) {
      companies(first: $first) { totalCount edges { node { legalName owningOffice { nameJa prefecture { nameJa } } prefecture { nameJa } jsicMajorGroup { nameJa } } } }
    }`;
    const cost = (first: number) =>
      fewestStatements(api, async () => {
        const answer = await graphql<{ companies: { edges: unknown[] } }>(api.url, page, { first }, tokyo);
        expect(answer.data?.companies.edges.length).toBeGreaterThanOrEqual(first);
      });
    const smallCount = await cost(5);
    const largeCount = await cost(40);
    // Same number of statements for 5 or 40 companies: one per table, not one per row.
    expect(largeCount).toBe(smallCount);
    expect(largeCount).toBeLessThanOrEqual(8);
  });

  it('keeps executives and partners out of company data', async () => {
    for (const email of ['executive@kakehashi.example', 'partner.hq@kakehashi.example']) {
      const token = await login(api.url, email, DEMO_PASSWORD);
      const result = await graphql(api.url, '{ companies { totalCount } }', {}, token);
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
  });
});
