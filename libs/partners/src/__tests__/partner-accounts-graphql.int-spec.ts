import { Role, type AuthUser } from '@kakehashi/authz';
import { UserAdministrationService } from '@kakehashi/identity';
import { codeOf, QueryCounter, type JsonValue } from '@kakehashi/testing';
import { aPartnerThroughTheApi, hq, startPartnersApi, type PartnersApi } from './partners-api-kit';
import { officeId, partnerUser, staffUser, uniqueTag } from './partners-kit';

// The partner accounts over HTTP: listing, moving, deactivating and reactivating an institution's accounts, who may,
// and the accounts of a page of institutions in one query.

/** An account as ACCOUNT selects it. */
interface AccountView {
  id: string;
  email: string;
  name: string;
  role: string;
  isActive: boolean;
  lastLoginAt: string | null;
  version: number;
  partnerInstitutionId: string;
  partnerBranch: { id: string; name: string } | null;
}

interface CreatedAccount {
  id: string;
  email: string;
  version: number;
}

interface AccountIds {
  partnerUsers: { id: string }[];
}

interface InstitutionUsers {
  name: string;
  users: { role: string; partnerBranch: { name: string } | null }[];
}

describe('partner accounts GraphQL API', () => {
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

  const ACCOUNT = `id email name role isActive lastLoginAt version partnerInstitutionId
      partnerBranch { id name }`;
  const admin = () => staffUser(Role.ADMIN);

  async function anAccountThroughTheApi(
    institutionId: string,
    branchId: string | null,
    label: string,
  ): Promise<{ id: string; email: string; version: number }> {
    const { data, errors } = await gql<{ createPartnerUser: CreatedAccount }>(
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
    return data?.createPartnerUser as CreatedAccount;
  }

  async function aSecondBranch(institutionId: string): Promise<string> {
    const { data } = await gql<{ addPartnerBranch: { id: string } }>(
      hq(),
      `mutation ($input: AddPartnerBranchInput!) { addPartnerBranch(input: $input) { id } }`,
      { input: { institutionId, name: '嶺北支所', prefectureCode: '18' } },
    );
    return data?.addPartnerBranch.id as string;
  }

  const UPDATE = `mutation ($input: UpdatePartnerUserInput!) { updatePartnerUser(input: $input) { ${ACCOUNT} } }`;
  const DEACTIVATE = `mutation ($id: ID!) { deactivatePartnerUser(id: $id) { ${ACCOUNT} } }`;
  const REACTIVATE = `mutation ($id: ID!) { reactivatePartnerUser(id: $id) { ${ACCOUNT} } }`;
  const LIST = `query ($institutionId: ID!, $branchId: ID, $includeInactive: Boolean) {
      partnerUsers(institutionId: $institutionId, branchId: $branchId, includeInactive: $includeInactive) { id } }`;

  it('lets partner managers list, move, deactivate and reactivate an institution’s accounts', async () => {
    const partner = await aPartnerThroughTheApi(api);
    const north = await aSecondBranch(partner.id);
    const atBranch = await anAccountThroughTheApi(partner.id, partner.branchId, 'a-branch');
    const head = await anAccountThroughTheApi(partner.id, null, 'z-head');

    const institution = await gql<{ partnerInstitution: { users: AccountView[] } }>(
      hq(),
      `query ($id: ID!) { partnerInstitution(id: $id) { users { ${ACCOUNT} } } }`,
      { id: partner.id },
    );
    expect(institution.errors).toBeUndefined();
    expect(institution.data?.partnerInstitution.users).toEqual([
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
    const ofBranch = await gql<AccountIds>(admin(), LIST, {
      institutionId: partner.id,
      branchId: partner.branchId,
    });
    expect(ofBranch.data?.partnerUsers).toEqual([{ id: atBranch.id }]);

    const moved = await gql<{ updatePartnerUser: AccountView }>(hq(), UPDATE, {
      input: { id: atBranch.id, expectedVersion: atBranch.version, partnerBranchId: north },
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.updatePartnerUser).toMatchObject({
      role: 'PARTNER_BRANCH',
      partnerBranch: { id: north, name: '嶺北支所' },
      version: atBranch.version + 1,
    });
    const promoted = await gql<{ updatePartnerUser: AccountView }>(hq(), UPDATE, {
      input: {
        id: atBranch.id,
        expectedVersion: atBranch.version + 1,
        role: 'PARTNER_HQ',
        name: '本部 異動',
      },
    });
    expect(promoted.data?.updatePartnerUser).toMatchObject({
      role: 'PARTNER_HQ',
      name: '本部 異動',
      partnerBranch: null,
    });

    const off = await gql<{ deactivatePartnerUser: AccountView }>(hq(), DEACTIVATE, { id: head.id });
    expect(off.data?.deactivatePartnerUser).toMatchObject({ id: head.id, isActive: false });
    const active = await gql<AccountIds>(hq(), LIST, { institutionId: partner.id });
    expect(active.data?.partnerUsers).toEqual([{ id: atBranch.id }]);
    const all = await gql<{ partnerInstitution: { users: { id: string; isActive: boolean }[] } }>(
      hq(),
      `query ($id: ID!) { partnerInstitution(id: $id) { users(includeInactive: true) { id isActive } } }`,
      { id: partner.id },
    );
    expect(all.data?.partnerInstitution.users).toEqual(
      expect.arrayContaining([{ id: head.id, isActive: false }]),
    );
    const on = await gql<{ reactivatePartnerUser: AccountView }>(admin(), REACTIVATE, { id: head.id });
    expect(on.data?.reactivatePartnerUser).toMatchObject({ id: head.id, isActive: true });
  });

  it('refuses a stale version, a branch of another institution and any Center staff account', async () => {
    const partner = await aPartnerThroughTheApi(api);
    const other = await aPartnerThroughTheApi(api);
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
    expect(crossed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.partnerBranchId', message: '指定された支店はこの提携機関に登録されていません。' },
      ],
    });
    const wrongRole = await gql(hq(), UPDATE, {
      input: { id: user.id, expectedVersion: user.version + 1, role: 'HQ_COORDINATOR' },
    });
    expect(wrongRole.errors?.[0]?.message).toMatch(/PartnerUserRole/);
    const otherBranch = await gql(hq(), LIST, { institutionId: partner.id, branchId: other.branchId });
    expect(otherBranch.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'branchId', message: '指定された支店はこの提携機関に登録されていません。' }],
    });

    const staff = await api.kit.module.get(UserAdministrationService).createUser({
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
    const unchanged = await api.kit.module.get(UserAdministrationService).findByEmail(staff.email);
    expect(unchanged).toMatchObject({ name: 'センター 職員', isActive: true, version: staff.version });
  });

  it('refuses account management to consultants, executives and partners, and hides accounts from partners', async () => {
    const partner = await aPartnerThroughTheApi(api);
    const user = await anAccountThroughTheApi(partner.id, partner.branchId, 'branch');
    for (const caller of [
      staffUser(Role.CONSULTANT, await officeId(api.kit.dataSource, '18')),
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
      const mine = await gql<{ myPartnerInstitution: { id: string; users: { email: string }[] | null } }>(
        partnerUser(role, partner.id),
        `{ myPartnerInstitution { id users { email } } }`,
      );
      expect(mine.data?.myPartnerInstitution).toEqual({ id: partner.id, users: null });
      expect(mine.errors?.[0]).toMatchObject({
        path: ['myPartnerInstitution', 'users'],
        extensions: { code: 'FORBIDDEN' },
      });
      expect(JSON.stringify(mine)).not.toContain(user.email);
    }
    const after = await gql<AccountIds>(hq(), LIST, { institutionId: partner.id });
    expect(after.data?.partnerUsers).toEqual([{ id: user.id }]);
  });

  it('loads the accounts of a page of institutions, and their branches, in one query each', async () => {
    const tag = uniqueTag();
    for (let i = 0; i < 3; i++) {
      const { data } = await gql<{ createPartnerInstitution: { id: string } }>(
        hq(),
        `mutation ($input: CreatePartnerInstitutionInput!) { createPartnerInstitution(input: $input) { id } }`,
        { input: { type: 'LABOR_UNION', name: `試験${tag}労組${i}`, coveredPrefectureCodes: ['13'] } },
      );
      const id = data?.createPartnerInstitution.id as string;
      const branch = await gql<{ addPartnerBranch: { id: string } }>(
        hq(),
        `mutation ($input: AddPartnerBranchInput!) { addPartnerBranch(input: $input) { id } }`,
        { input: { institutionId: id, name: `支部${i}`, prefectureCode: '13' } },
      );
      await anAccountThroughTheApi(id, null, 'head');
      await anAccountThroughTheApi(id, branch.data?.addPartnerBranch.id as string, 'branch');
    }
    counter.reset();
    const { data, errors } = await gql<{ partnerInstitutions: { edges: { node: InstitutionUsers }[] } }>(
      hq(),
      `query ($filter: PartnerInstitutionFilter) { partnerInstitutions(first: 10, filter: $filter) {
           edges { node { name users { role partnerBranch { name } } } } } }`,
      { filter: { name: `試験${tag}` } },
    );
    expect(errors).toBeUndefined();
    const nodes = data?.partnerInstitutions.edges.map((e) => e.node) ?? [];
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
