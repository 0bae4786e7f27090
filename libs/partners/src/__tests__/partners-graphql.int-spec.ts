import { Role, type AuthUser } from '@kakehashi/authz';
import { codeOf, QueryCounter, type JsonValue } from '@kakehashi/testing';
import {
  aPartnerThroughTheApi,
  hq,
  INSTITUTION_FIELDS,
  startPartnersApi,
  type InstitutionView,
  type PartnersApi,
} from './partners-api-kit';
import { M_BANK_ID, officeId, partnerUser, staffUser, TEST_SIGNED_ON, uniqueTag } from './partners-kit';

// The partners API over HTTP: institutions, branches, agreements, contacts and the creation of partner accounts,
// with roles, input errors and batched relations (the accounts' management: partner-accounts-graphql.int-spec.ts).

interface AgreementsInForce {
  agreementsInForceOn: number;
  agreements: { id: string; version: number; inForceOn: boolean }[];
}

interface CreatedPartnerUser {
  createPartnerUser: { role: string; partnerInstitutionId: string; partnerBranchId: string | null };
}

describe('partners GraphQL API', () => {
  let api: PartnersApi;
  const counter = new QueryCounter();
  const gql = <Data = { [key: string]: JsonValue }>(
    user: AuthUser | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => api.client.gql<Data>(user, query, variables);

  beforeAll(async () => {
    api = await startPartnersApi(counter);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lets an HQ coordinator register a partner and read it with its branches, agreements and contacts', async () => {
    const partner = await aPartnerThroughTheApi(api);
    const { data, errors } = await gql<{ partnerInstitution: InstitutionView }>(
      hq(),
      `query ($id: ID!) { partnerInstitution(id: $id) { ${INSTITUTION_FIELDS} } }`,
      {
        id: partner.id,
      },
    );
    expect(errors).toBeUndefined();
    expect(data?.partnerInstitution).toMatchObject({
      type: 'GOVERNMENT',
      typeLabel: '行政機関',
      name: partner.name,
      hasHqStep: false,
      coversWholeCountry: false,
      coveredPrefectures: [{ code: '18', nameJa: '福井県' }],
      branches: [{ id: partner.branchId, name: '嶺南振興局', prefecture: { nameJa: '福井県' } }],
      agreements: [
        { signedOn: TEST_SIGNED_ON, counterpart: 'REGIONAL_OFFICE', endedOn: null, office: { code: '18' } },
      ],
      contacts: [
        { name: '福井 一郎', title: '労働政策課', email: null, phone: '0776-00-0000', branchId: null },
      ],
    });
  });

  it('counts an institution’s agreements in force on a date, from the signing day until the end date', async () => {
    const partner = await aPartnerThroughTheApi(api);
    const inForce = `query ($id: ID!, $asOf: String!) { partnerInstitution(id: $id) {
      agreementsInForceOn(asOf: $asOf) agreements { id version inForceOn(asOf: $asOf) } } }`;
    const on = async (asOf: string) => {
      const { data, errors } = await gql<{ partnerInstitution: AgreementsInForce }>(hq(), inForce, {
        id: partner.id,
        asOf,
      });
      expect(errors).toBeUndefined();
      return data?.partnerInstitution as AgreementsInForce;
    };
    const before = await on('2024-03-31');
    expect(before.agreementsInForceOn).toBe(0);
    expect(before.agreements.map((a) => a.inForceOn)).toEqual([false]);
    const signed = await on(TEST_SIGNED_ON);
    expect(signed.agreementsInForceOn).toBe(1);
    expect(signed.agreements.map((a) => a.inForceOn)).toEqual([true]);
    const [agreement] = signed.agreements;
    const ended = await gql<{ endPartnerAgreement: { status: string } }>(
      hq(),
      `mutation ($input: EndPartnerAgreementInput!) { endPartnerAgreement(input: $input) { status } }`,
      { input: { id: agreement.id, expectedVersion: agreement.version, endedOn: '2025-04-01' } },
    );
    expect(ended.errors).toBeUndefined();
    expect((await on('2025-03-31')).agreementsInForceOn).toBe(1);
    const endDay = await on('2025-04-01');
    expect(endDay.agreementsInForceOn).toBe(0);
    expect(endDay.agreements.map((a) => a.inForceOn)).toEqual([false]);

    const bad = await gql(hq(), inForce, { id: partner.id, asOf: '2025-02-30' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'asOf', message: '基準日を日付(例: 2023-02-02)で指定してください。' }],
    });
  });

  it('answers bad input with Japanese field errors and a stale edit with CONFLICT and the current version', async () => {
    const invalid = await gql(
      hq(),
      `mutation ($input: CreatePartnerInstitutionInput!) { createPartnerInstitution(input: $input) { id } }`,
      { input: { type: 'LABOR_UNION', name: ' ', coveredPrefectureCodes: ['13', '50'] } },
    );
    expect(invalid.errors?.[0]).toMatchObject({
      message: '入力内容に誤りがあります。',
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        fields: [
          { field: 'input.name', message: '名称を入力してください。' },
          {
            field: 'input.coveredPrefectureCodes.1',
            message: '都道府県コード「50」は存在しません(01〜47)。',
          },
        ],
      },
    });

    const partner = await aPartnerThroughTheApi(api);
    const update = `mutation ($input: UpdatePartnerInstitutionInput!) { updatePartnerInstitution(input: $input) { version hasHqStep } }`;
    const first = await gql<{ updatePartnerInstitution: { version: number; hasHqStep: boolean } }>(
      hq(),
      update,
      { input: { id: partner.id, expectedVersion: 1, hasHqStep: true } },
    );
    expect(first.data?.updatePartnerInstitution).toEqual({ version: 2, hasHqStep: true });
    const stale = await gql(hq(), update, { input: { id: partner.id, expectedVersion: 1, name: '上書き' } });
    expect(stale.errors?.[0]).toMatchObject({
      message: '他のユーザーが先に更新しました。最新の内容を読み込み直してから、もう一度編集してください。',
      extensions: { code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 },
    });
  });

  it('refuses partner management to consultants, executives and partners, and the figures to partners', async () => {
    const counts = `{ partnerAgreementCounts(asOf: "2023-02-02") { total byType { typeLabel count } } }`;
    for (const user of [
      staffUser(Role.CONSULTANT, await officeId(api.kit.dataSource, '13')),
      staffUser(Role.EXECUTIVE),
      partnerUser(Role.PARTNER_HQ, M_BANK_ID),
      partnerUser(Role.PARTNER_BRANCH, M_BANK_ID),
    ]) {
      expect(codeOf(await gql(user, '{ partnerInstitutions { totalCount } }'))).toBe('FORBIDDEN');
      expect(codeOf(await gql(user, `{ partnerInstitution(id: "${M_BANK_ID}") { name } }`))).toBe(
        'FORBIDDEN',
      );
      expect(
        codeOf(
          await gql(
            user,
            `mutation { createPartnerInstitution(input: { type: GOVERNMENT, name: "x" }) { id } }`,
          ),
        ),
      ).toBe('FORBIDDEN');
      if (user.role === Role.EXECUTIVE) {
        const { data } = await gql<{ partnerAgreementCounts: { total: number } }>(user, counts);
        expect(data?.partnerAgreementCounts.total).toBe(90);
      } else {
        expect(codeOf(await gql(user, counts))).toBe('FORBIDDEN');
      }
    }
  });

  it('shows a partner user their own institution only', async () => {
    const own = await aPartnerThroughTheApi(api);
    const other = await aPartnerThroughTheApi(api);
    const mine = `{ myPartnerInstitution { id name branches { id } contacts { name } agreements { signedOn } } }`;
    for (const role of [Role.PARTNER_HQ, Role.PARTNER_BRANCH] as const) {
      const { data, errors } = await gql<{ myPartnerInstitution: { id: string } }>(
        partnerUser(role, own.id),
        mine,
      );
      expect(errors).toBeUndefined();
      expect(data?.myPartnerInstitution).toMatchObject({ id: own.id, branches: [{ id: own.branchId }] });
      expect(JSON.stringify(data)).not.toContain(other.id);
    }
    // Center staff have no "own" institution to read.
    expect(codeOf(await gql(hq(), mine))).toBe('FORBIDDEN');
  });

  it('loads a page of institutions with their relations in one query per relation', async () => {
    const tag = uniqueTag();
    for (let i = 0; i < 4; i++) {
      const { data } = await gql<{ createPartnerInstitution: { id: string } }>(
        hq(),
        `mutation ($input: CreatePartnerInstitutionInput!) { createPartnerInstitution(input: $input) { id } }`,
        {
          input: {
            type: 'FINANCIAL_INSTITUTION',
            name: `試験${tag}銀行${i}`,
            coveredPrefectureCodes: ['13', '14'],
          },
        },
      );
      await gql(
        hq(),
        `mutation ($input: AddPartnerBranchInput!) { addPartnerBranch(input: $input) { id } }`,
        {
          input: { institutionId: data?.createPartnerInstitution.id, name: '本店', prefectureCode: '13' },
        },
      );
    }
    counter.reset();
    const { data, errors } = await gql<{
      partnerInstitutions: { totalCount: number; edges: { node: InstitutionView }[] };
    }>(
      hq(),
      `query ($filter: PartnerInstitutionFilter) { partnerInstitutions(first: 10, filter: $filter) {
         totalCount edges { node { ${INSTITUTION_FIELDS} } } } }`,
      { filter: { name: `試験${tag}` } },
    );
    expect(errors).toBeUndefined();
    expect(data?.partnerInstitutions.totalCount).toBe(4);
    expect(data?.partnerInstitutions.edges[0].node.coveredPrefectures).toHaveLength(2);
    expect(counter.selectsFrom('partner_branches')).toBe(1);
    expect(counter.selectsFrom('partner_agreements')).toBe(1);
    expect(counter.selectsFrom('partner_contacts')).toBe(1);
    // Prefectures are read once per process (reference rows never change): at most once per page.
    expect(counter.selectsFrom('prefectures')).toBeLessThanOrEqual(1);
  });

  it('creates partner accounts for HQ coordinators, a branch user only in a branch of the institution', async () => {
    const own = await aPartnerThroughTheApi(api);
    const other = await aPartnerThroughTheApi(api);
    const create = `mutation ($input: CreatePartnerUserInput!) { createPartnerUser(input: $input) {
      role partnerInstitutionId partnerBranchId } }`;
    const input = (overrides: Record<string, unknown>) => ({
      partnerInstitutionId: own.id,
      role: 'PARTNER_BRANCH',
      email: `branch-${uniqueTag()}@partners-test.example`,
      name: '支店 担当',
      password: 'correct-horse-battery-staple',
      ...overrides,
    });
    const crossed = await gql<CreatedPartnerUser>(hq(), create, {
      input: input({ partnerBranchId: other.branchId }),
    });
    expect(crossed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.partnerBranchId', message: '指定された支店はこの提携機関に登録されていません。' },
      ],
    });
    const made = await gql<CreatedPartnerUser>(hq(), create, {
      input: input({ partnerBranchId: own.branchId }),
    });
    expect(made.data?.createPartnerUser).toEqual({
      role: 'PARTNER_BRANCH',
      partnerInstitutionId: own.id,
      partnerBranchId: own.branchId,
    });
    // Only partner roles can be given here: ADMIN is not a PartnerUserRole, so the schema refuses it.
    const admin = await gql<CreatedPartnerUser>(hq(), create, {
      input: input({ role: 'ADMIN', partnerBranchId: own.branchId }),
    });
    expect(admin.errors?.[0]?.message).toMatch(/PartnerUserRole/);
    expect(admin.data?.createPartnerUser ?? null).toBeNull();
  });
});
