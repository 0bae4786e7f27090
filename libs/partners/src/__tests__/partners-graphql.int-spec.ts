import { HeaderAuthGuard } from '@kakehashi/testing';
import { QueryCounter } from '@kakehashi/testing';
// The partners API over HTTP: schema, roles, input pipe, error mapping and batched relations. Authentication belongs
// to the API (identity's guard); a small guard here takes the caller from a header and enforces @Roles the way the
// application's guard does.
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Role, type AuthUser } from '@kakehashi/authz';
import {
  createInputValidationPipe,
  formatGraphqlError,
  RequestLoaders,
  type GraphqlContext,
  ApiErrorsFilter,
} from '@kakehashi/graphql-core';
import { UserAdministrationService } from '@kakehashi/identity';
import { type INestApplication } from '@nestjs/common';
import { APP_GUARD, APP_PIPE, APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import request from 'supertest';
import {
  M_BANK_ID,
  officeId,
  partnerUser,
  staffUser,
  startPartnersKit,
  TEST_SIGNED_ON,
  uniqueTag,
  type PartnersKit,
} from './partners-kit';

// Response shapes are checked by the assertions themselves.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

interface GqlResponse {
  data?: Record<string, Json> | null;
  errors?: { message: string; extensions: Record<string, Json> }[];
}

const INSTITUTION_FIELDS = `id type typeLabel name hasHqStep coveredPrefectureCodes coversWholeCountry version
  coveredPrefectures { code nameJa }
  branches { id name prefectureCode prefecture { nameJa } }
  agreements { id signedOn counterpart status endedOn office { code nameJa } }
  contacts { id name title email phone branchId }`;

describe('partners GraphQL API', () => {
  let kit: PartnersKit;
  let app: INestApplication;
  const counter = new QueryCounter();

  beforeAll(async () => {
    kit = await startPartnersKit({
      logger: counter,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          context: ({ req }: { req: GraphqlContext['req'] }): GraphqlContext => ({
            req,
            loaders: new RequestLoaders(),
          }),
          formatError: (formatted) => formatGraphqlError(formatted, false, () => undefined),
        }),
      ],
      providers: [
        { provide: APP_GUARD, useClass: HeaderAuthGuard },
        { provide: APP_PIPE, useFactory: createInputValidationPipe },
        { provide: APP_FILTER, useClass: ApiErrorsFilter },
      ],
    });
    app = kit.module.createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await kit?.close();
  });

  async function gql(
    user: AuthUser,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResponse> {
    const response = await request(app.getHttpServer())
      .post('/graphql')
      .set('x-test-user', Buffer.from(JSON.stringify(user)).toString('base64url'))
      .send({ query, variables });
    return response.body as GqlResponse;
  }
  const codeOf = (response: GqlResponse) => response.errors?.[0]?.extensions['code'] ?? null;
  const hq = () => staffUser(Role.HQ_COORDINATOR);

  /** An institution with a branch, an agreement with the Fukui office and a contact, made through the API. */
  async function aPartnerThroughTheApi(): Promise<{ id: string; branchId: string; name: string }> {
    const name = `試験県${uniqueTag()}`;
    const created = await gql(
      hq(),
      `mutation ($input: CreatePartnerInstitutionInput!) { createPartnerInstitution(input: $input) { id } }`,
      { input: { type: 'GOVERNMENT', name, hasHqStep: false, coveredPrefectureCodes: ['18'] } },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data?.['createPartnerInstitution'].id as string;
    const branch = await gql(
      hq(),
      `mutation ($input: AddPartnerBranchInput!) { addPartnerBranch(input: $input) { id } }`,
      { input: { institutionId: id, name: '嶺南振興局', prefectureCode: '18' } },
    );
    const agreement = await gql(
      hq(),
      `mutation ($input: AddPartnerAgreementInput!) { addPartnerAgreement(input: $input) { id status } }`,
      {
        input: {
          institutionId: id,
          signedOn: TEST_SIGNED_ON,
          counterpart: 'REGIONAL_OFFICE',
          officeId: await officeId(kit.dataSource, '18'),
        },
      },
    );
    expect(agreement.data?.['addPartnerAgreement'].status).toBe('ACTIVE');
    const contact = await gql(
      hq(),
      `mutation ($input: AddPartnerContactInput!) { addPartnerContact(input: $input) { id } }`,
      { input: { institutionId: id, name: '福井 一郎', title: '労働政策課', phone: '0776-00-0000' } },
    );
    expect(contact.errors).toBeUndefined();
    return { id, branchId: branch.data?.['addPartnerBranch'].id as string, name };
  }

  it('lets an HQ coordinator register a partner and read it with its branches, agreements and contacts', async () => {
    const partner = await aPartnerThroughTheApi();
    const { data, errors } = await gql(
      hq(),
      `query ($id: ID!) { partnerInstitution(id: $id) { ${INSTITUTION_FIELDS} } }`,
      {
        id: partner.id,
      },
    );
    expect(errors).toBeUndefined();
    expect(data?.['partnerInstitution']).toMatchObject({
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
    const partner = await aPartnerThroughTheApi();
    const inForce = `query ($id: ID!, $asOf: String!) { partnerInstitution(id: $id) {
      agreementsInForceOn(asOf: $asOf) agreements { id version inForceOn(asOf: $asOf) } } }`;
    const on = async (asOf: string) => {
      const { data, errors } = await gql(hq(), inForce, { id: partner.id, asOf });
      expect(errors).toBeUndefined();
      return data?.['partnerInstitution'] as { agreementsInForceOn: number; agreements: Json[] };
    };
    const before = await on('2024-03-31');
    expect(before.agreementsInForceOn).toBe(0);
    expect(before.agreements.map((a: Json) => a.inForceOn)).toEqual([false]);
    const signed = await on(TEST_SIGNED_ON);
    expect(signed.agreementsInForceOn).toBe(1);
    expect(signed.agreements.map((a: Json) => a.inForceOn)).toEqual([true]);
    const [agreement] = signed.agreements;
    const ended = await gql(
      hq(),
      `mutation ($input: EndPartnerAgreementInput!) { endPartnerAgreement(input: $input) { status } }`,
      { input: { id: agreement.id, expectedVersion: agreement.version, endedOn: '2025-04-01' } },
    );
    expect(ended.errors).toBeUndefined();
    expect((await on('2025-03-31')).agreementsInForceOn).toBe(1);
    const endDay = await on('2025-04-01');
    expect(endDay.agreementsInForceOn).toBe(0);
    expect(endDay.agreements.map((a: Json) => a.inForceOn)).toEqual([false]);

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

    const partner = await aPartnerThroughTheApi();
    const update = `mutation ($input: UpdatePartnerInstitutionInput!) { updatePartnerInstitution(input: $input) { version hasHqStep } }`;
    const first = await gql(hq(), update, { input: { id: partner.id, expectedVersion: 1, hasHqStep: true } });
    expect(first.data?.['updatePartnerInstitution']).toEqual({ version: 2, hasHqStep: true });
    const stale = await gql(hq(), update, { input: { id: partner.id, expectedVersion: 1, name: '上書き' } });
    expect(stale.errors?.[0]).toMatchObject({
      message: '他のユーザーが先に更新しました。最新の内容を読み込み直してから、もう一度編集してください。',
      extensions: { code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 },
    });
  });

  it('refuses partner management to consultants, executives and partners, and the figures to partners', async () => {
    const counts = `{ partnerAgreementCounts(asOf: "2023-02-02") { total byType { typeLabel count } } }`;
    for (const user of [
      staffUser(Role.CONSULTANT, await officeId(kit.dataSource, '13')),
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
        const { data } = await gql(user, counts);
        expect(data?.['partnerAgreementCounts'].total).toBe(90);
      } else {
        expect(codeOf(await gql(user, counts))).toBe('FORBIDDEN');
      }
    }
  });

  it('shows a partner user their own institution only', async () => {
    const own = await aPartnerThroughTheApi();
    const other = await aPartnerThroughTheApi();
    const mine = `{ myPartnerInstitution { id name branches { id } contacts { name } agreements { signedOn } } }`;
    for (const role of [Role.PARTNER_HQ, Role.PARTNER_BRANCH] as const) {
      const { data, errors } = await gql(partnerUser(role, own.id), mine);
      expect(errors).toBeUndefined();
      expect(data?.['myPartnerInstitution']).toMatchObject({ id: own.id, branches: [{ id: own.branchId }] });
      expect(JSON.stringify(data)).not.toContain(other.id);
    }
    // Center staff have no "own" institution to read.
    expect(codeOf(await gql(hq(), mine))).toBe('FORBIDDEN');
  });

  it('loads a page of institutions with their relations in one query per relation', async () => {
    const tag = uniqueTag();
    for (let i = 0; i < 4; i++) {
      const { data } = await gql(
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
          input: { institutionId: data?.['createPartnerInstitution'].id, name: '本店', prefectureCode: '13' },
        },
      );
    }
    counter.reset();
    const { data, errors } = await gql(
      hq(),
      `query ($filter: PartnerInstitutionFilter) { partnerInstitutions(first: 10, filter: $filter) {
         totalCount edges { node { ${INSTITUTION_FIELDS} } } } }`,
      { filter: { name: `試験${tag}` } },
    );
    expect(errors).toBeUndefined();
    expect(data?.['partnerInstitutions'].totalCount).toBe(4);
    expect(data?.['partnerInstitutions'].edges[0].node.coveredPrefectures).toHaveLength(2);
    expect(counter.selectsFrom('partner_branches')).toBe(1);
    expect(counter.selectsFrom('partner_agreements')).toBe(1);
    expect(counter.selectsFrom('partner_contacts')).toBe(1);
    // Prefectures are read once per process (reference rows never change): at most once per page.
    expect(counter.selectsFrom('prefectures')).toBeLessThanOrEqual(1);
  });

  it('creates partner accounts for HQ coordinators, a branch user only in a branch of the institution', async () => {
    const own = await aPartnerThroughTheApi();
    const other = await aPartnerThroughTheApi();
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
    const crossed = await gql(hq(), create, { input: input({ partnerBranchId: other.branchId }) });
    expect(crossed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.partnerBranchId', message: '指定された支店はこの提携機関に登録されていません。' },
      ],
    });
    const made = await gql(hq(), create, { input: input({ partnerBranchId: own.branchId }) });
    expect(made.data?.['createPartnerUser']).toEqual({
      role: 'PARTNER_BRANCH',
      partnerInstitutionId: own.id,
      partnerBranchId: own.branchId,
    });
    // Only partner roles can be given here: ADMIN is not a PartnerUserRole, so the schema refuses it.
    const admin = await gql(hq(), create, { input: input({ role: 'ADMIN', partnerBranchId: own.branchId }) });
    expect(admin.errors?.[0].message).toMatch(/PartnerUserRole/);
    expect(admin.data?.['createPartnerUser'] ?? null).toBeNull();
  });

  describe('partner accounts', () => {
    const ACCOUNT = `id email name role isActive lastLoginAt version partnerInstitutionId
      partnerBranch { id name }`;
    const admin = () => staffUser(Role.ADMIN);

    async function anAccountThroughTheApi(
      institutionId: string,
      branchId: string | null,
      label: string,
    ): Promise<{ id: string; email: string; version: number }> {
      const { data, errors } = await gql(
        hq(),
        `mutation ($input: CreatePartnerUserInput!) { createPartnerUser(input: $input) { id email version } }`,
        {
          input: {
            partnerInstitutionId: institutionId,
            partnerBranchId: branchId,
            role: branchId ? 'PARTNER_BRANCH' : 'PARTNER_HQ',
            email: `${label}-${uniqueTag()}@partners-test.example`.toLowerCase(),
            name: '提携 担当',
            password: 'correct-horse-battery-staple',
          },
        },
      );
      expect(errors).toBeUndefined();
      return data?.['createPartnerUser'];
    }

    async function aSecondBranch(institutionId: string): Promise<string> {
      const { data } = await gql(
        hq(),
        `mutation ($input: AddPartnerBranchInput!) { addPartnerBranch(input: $input) { id } }`,
        { input: { institutionId, name: '嶺北支所', prefectureCode: '18' } },
      );
      return data?.['addPartnerBranch'].id as string;
    }

    const UPDATE = `mutation ($input: UpdatePartnerUserInput!) { updatePartnerUser(input: $input) { ${ACCOUNT} } }`;
    const DEACTIVATE = `mutation ($id: ID!) { deactivatePartnerUser(id: $id) { ${ACCOUNT} } }`;
    const REACTIVATE = `mutation ($id: ID!) { reactivatePartnerUser(id: $id) { ${ACCOUNT} } }`;
    const LIST = `query ($institutionId: ID!, $branchId: ID, $includeInactive: Boolean) {
      partnerUsers(institutionId: $institutionId, branchId: $branchId, includeInactive: $includeInactive) { id } }`;

    it('lets partner managers list, move, deactivate and reactivate an institution’s accounts', async () => {
      const partner = await aPartnerThroughTheApi();
      const north = await aSecondBranch(partner.id);
      const atBranch = await anAccountThroughTheApi(partner.id, partner.branchId, 'a-branch');
      const head = await anAccountThroughTheApi(partner.id, null, 'z-head');

      const institution = await gql(
        hq(),
        `query ($id: ID!) { partnerInstitution(id: $id) { users { ${ACCOUNT} } } }`,
        { id: partner.id },
      );
      expect(institution.errors).toBeUndefined();
      expect(institution.data?.['partnerInstitution'].users).toEqual([
        expect.objectContaining({ id: head.id, role: 'PARTNER_HQ', partnerBranch: null, isActive: true }),
        expect.objectContaining({
          id: atBranch.id,
          email: atBranch.email,
          role: 'PARTNER_BRANCH',
          partnerInstitutionId: partner.id,
          partnerBranch: { id: partner.branchId, name: '嶺南振興局' },
          lastLoginAt: null,
        }),
      ]);
      const ofBranch = await gql(admin(), LIST, { institutionId: partner.id, branchId: partner.branchId });
      expect(ofBranch.data?.['partnerUsers']).toEqual([{ id: atBranch.id }]);

      const moved = await gql(hq(), UPDATE, {
        input: { id: atBranch.id, expectedVersion: atBranch.version, partnerBranchId: north },
      });
      expect(moved.errors).toBeUndefined();
      expect(moved.data?.['updatePartnerUser']).toMatchObject({
        role: 'PARTNER_BRANCH',
        partnerBranch: { id: north, name: '嶺北支所' },
        version: atBranch.version + 1,
      });
      const promoted = await gql(hq(), UPDATE, {
        input: {
          id: atBranch.id,
          expectedVersion: atBranch.version + 1,
          role: 'PARTNER_HQ',
          name: '本部 異動',
        },
      });
      expect(promoted.data?.['updatePartnerUser']).toMatchObject({
        role: 'PARTNER_HQ',
        name: '本部 異動',
        partnerBranch: null,
      });

      const off = await gql(hq(), DEACTIVATE, { id: head.id });
      expect(off.data?.['deactivatePartnerUser']).toMatchObject({ id: head.id, isActive: false });
      const active = await gql(hq(), LIST, { institutionId: partner.id });
      expect(active.data?.['partnerUsers']).toEqual([{ id: atBranch.id }]);
      const all = await gql(
        hq(),
        `query ($id: ID!) { partnerInstitution(id: $id) { users(includeInactive: true) { id isActive } } }`,
        { id: partner.id },
      );
      expect(all.data?.['partnerInstitution'].users).toEqual(
        expect.arrayContaining([{ id: head.id, isActive: false }]),
      );
      const on = await gql(admin(), REACTIVATE, { id: head.id });
      expect(on.data?.['reactivatePartnerUser']).toMatchObject({ id: head.id, isActive: true });
    });

    it('refuses a stale version, a branch of another institution and any Center staff account', async () => {
      const partner = await aPartnerThroughTheApi();
      const other = await aPartnerThroughTheApi();
      const user = await anAccountThroughTheApi(partner.id, partner.branchId, 'branch');
      const renamed = await gql(hq(), UPDATE, {
        input: { id: user.id, expectedVersion: user.version, name: '改名 一郎' },
      });
      expect(renamed.errors).toBeUndefined();
      const stale = await gql(hq(), UPDATE, {
        input: { id: user.id, expectedVersion: user.version, name: '上書き' },
      });
      expect(stale.errors?.[0]).toMatchObject({
        message: '他のユーザーが先に更新しました。最新の内容を読み込み直してから、もう一度編集してください。',
        extensions: { code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: user.version + 1 },
      });
      const crossed = await gql(hq(), UPDATE, {
        input: { id: user.id, expectedVersion: user.version + 1, partnerBranchId: other.branchId },
      });
      expect(crossed.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.partnerBranchId', message: '指定された支店はこの提携機関に登録されていません。' },
        ],
      });
      const wrongRole = await gql(hq(), UPDATE, {
        input: { id: user.id, expectedVersion: user.version + 1, role: 'HQ_COORDINATOR' },
      });
      expect(wrongRole.errors?.[0].message).toMatch(/PartnerUserRole/);
      const otherBranch = await gql(hq(), LIST, { institutionId: partner.id, branchId: other.branchId });
      expect(otherBranch.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'branchId', message: '指定された支店はこの提携機関に登録されていません。' }],
      });

      const staff = await kit.module.get(UserAdministrationService).createUser({
        email: `staff-${uniqueTag()}@partners-test.example`.toLowerCase(),
        name: 'センター 職員',
        role: Role.ADMIN,
        password: 'correct-horse-battery-staple',
      });
      for (const [query, variables] of [
        [UPDATE, { input: { id: staff.id, expectedVersion: staff.version, name: '乗っ取り' } }],
        [DEACTIVATE, { id: staff.id }],
        [REACTIVATE, { id: staff.id }],
      ] as const) {
        const refused = await gql(hq(), query, variables);
        expect(refused.errors?.[0]).toMatchObject({
          message: '指定された提携機関ユーザーが見つかりません。',
          extensions: { code: 'NOT_FOUND' },
        });
      }
      const unchanged = await kit.module.get(UserAdministrationService).findByEmail(staff.email);
      expect(unchanged).toMatchObject({ name: 'センター 職員', isActive: true, version: staff.version });
    });

    it('refuses account management to consultants, executives and partners, and hides accounts from partners', async () => {
      const partner = await aPartnerThroughTheApi();
      const user = await anAccountThroughTheApi(partner.id, partner.branchId, 'branch');
      for (const caller of [
        staffUser(Role.CONSULTANT, await officeId(kit.dataSource, '18')),
        staffUser(Role.EXECUTIVE),
        partnerUser(Role.PARTNER_HQ, partner.id),
        { ...partnerUser(Role.PARTNER_BRANCH, partner.id), partnerBranchId: partner.branchId },
      ]) {
        expect(codeOf(await gql(caller, LIST, { institutionId: partner.id }))).toBe('FORBIDDEN');
        expect(
          codeOf(
            await gql(caller, UPDATE, { input: { id: user.id, expectedVersion: user.version, name: 'x' } }),
          ),
        ).toBe('FORBIDDEN');
        expect(codeOf(await gql(caller, DEACTIVATE, { id: user.id }))).toBe('FORBIDDEN');
        expect(codeOf(await gql(caller, REACTIVATE, { id: user.id }))).toBe('FORBIDDEN');
      }
      for (const role of [Role.PARTNER_HQ, Role.PARTNER_BRANCH] as const) {
        const mine = await gql(
          partnerUser(role, partner.id),
          `{ myPartnerInstitution { id users { email } } }`,
        );
        expect(mine.data?.['myPartnerInstitution']).toEqual({ id: partner.id, users: null });
        expect(mine.errors?.[0]).toMatchObject({
          path: ['myPartnerInstitution', 'users'],
          extensions: { code: 'FORBIDDEN' },
        });
        expect(JSON.stringify(mine)).not.toContain(user.email);
      }
      const after = await gql(hq(), LIST, { institutionId: partner.id });
      expect(after.data?.['partnerUsers']).toEqual([{ id: user.id }]);
    });

    it('loads the accounts of a page of institutions, and their branches, in one query each', async () => {
      const tag = uniqueTag();
      for (let i = 0; i < 3; i++) {
        const { data } = await gql(
          hq(),
          `mutation ($input: CreatePartnerInstitutionInput!) { createPartnerInstitution(input: $input) { id } }`,
          { input: { type: 'LABOR_UNION', name: `試験${tag}労組${i}`, coveredPrefectureCodes: ['13'] } },
        );
        const id = data?.['createPartnerInstitution'].id as string;
        const branch = await gql(
          hq(),
          `mutation ($input: AddPartnerBranchInput!) { addPartnerBranch(input: $input) { id } }`,
          { input: { institutionId: id, name: `支部${i}`, prefectureCode: '13' } },
        );
        await anAccountThroughTheApi(id, null, 'head');
        await anAccountThroughTheApi(id, branch.data?.['addPartnerBranch'].id as string, 'branch');
      }
      counter.reset();
      const { data, errors } = await gql(
        hq(),
        `query ($filter: PartnerInstitutionFilter) { partnerInstitutions(first: 10, filter: $filter) {
           edges { node { name users { role partnerBranch { name } } } } } }`,
        { filter: { name: `試験${tag}` } },
      );
      expect(errors).toBeUndefined();
      const nodes = data?.['partnerInstitutions'].edges.map((e: Json) => e.node);
      expect(nodes).toHaveLength(3);
      for (const [i, node] of nodes.entries()) {
        expect(node.users).toEqual([
          { role: 'PARTNER_HQ', partnerBranch: null },
          { role: 'PARTNER_BRANCH', partnerBranch: { name: `支部${i}` } },
        ]);
      }
      expect(counter.selectsFrom('users')).toBe(1);
      expect(counter.selectsFrom('partner_branches')).toBe(1);
    });
  });
});
