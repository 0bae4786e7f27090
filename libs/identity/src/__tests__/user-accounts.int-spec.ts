// Account administration, continued (creating and editing are in user-administration.int-spec.ts): partner
// accounts' institution and branch, deactivation and the users list.
import { Role } from '@kakehashi/authz';
import { ErrorCode } from '@kakehashi/graphql-core';
import {
  aPartnerBranch,
  aUser,
  apiErrorOf,
  officeId,
  SEEDED_PARTNER_INSTITUTION_ID,
  startIdentityKit,
  TEST_PASSWORD,
  uniqueEmail,
  type IdentityKit,
} from './identity-test-kit';

describe('user administration', () => {
  let kit: IdentityKit;
  beforeAll(async () => {
    kit = await startIdentityKit();
  });
  afterAll(() => kit.close());

  describe('partner accounts (institution and branch)', () => {
    const OTHER_INSTITUTION = '00000000-0000-4000-8000-000000000002';

    it('places a branch user in a branch of their institution, and a head-office user in none', async () => {
      const branchId = await aPartnerBranch(kit);
      const branchUser = await aUser(kit, Role.PARTNER_BRANCH, { partnerBranchId: branchId });
      expect(branchUser).toMatchObject({
        partnerInstitutionId: SEEDED_PARTNER_INSTITUTION_ID,
        partnerBranchId: branchId,
      });
      expect(await aUser(kit, Role.PARTNER_HQ)).toMatchObject({ partnerBranchId: null });
    });

    it('requires a branch for a branch user and refuses one for any other role', async () => {
      const branchId = await aPartnerBranch(kit);
      const create = (role: Role, partnerBranchId: string | null) =>
        apiErrorOf(
          kit.admin.createUser({
            email: uniqueEmail('branch'),
            name: '支店 確認',
            role,
            partnerInstitutionId: SEEDED_PARTNER_INSTITUTION_ID,
            partnerBranchId,
            password: TEST_PASSWORD,
          }),
        );
      expect((await create(Role.PARTNER_BRANCH, null))?.extensions['fields']).toEqual([
        {
          field: 'input.partnerBranchId',
          message: '提携機関(支部)のユーザーには所属する支店のIDを指定してください。',
        },
      ]);
      expect((await create(Role.PARTNER_HQ, branchId))?.extensions['fields']).toEqual([
        { field: 'input.partnerBranchId', message: '支店IDは提携機関(支部)のユーザーにのみ設定できます。' },
      ]);
    });

    it('refuses a branch of another institution and an institution that does not exist, writing nothing', async () => {
      const elsewhere = await aPartnerBranch(kit, OTHER_INSTITUTION);
      const email = uniqueEmail('cross');
      const crossed = await apiErrorOf(
        aUser(kit, Role.PARTNER_BRANCH, { email, partnerBranchId: elsewhere }),
      );
      expect(crossed).toMatchObject({ extensions: { code: ErrorCode.BAD_USER_INPUT } });
      expect(crossed?.extensions['fields']).toEqual([
        { field: 'input.partnerBranchId', message: '指定された支店はこの提携機関に登録されていません。' },
      ]);
      const unknown = await apiErrorOf(
        aUser(kit, Role.PARTNER_HQ, { email, partnerInstitutionId: '00000000-0000-4000-8000-00000000dead' }),
      );
      expect(unknown?.extensions['fields']).toEqual([
        { field: 'input.partnerInstitutionId', message: '指定された提携機関が見つかりません。' },
      ]);
      expect(await kit.users.existsBy({ email })).toBe(false);
    });

    it('moves a branch user to another branch (signing them out) but not into another institution', async () => {
      const user = await aUser(kit, Role.PARTNER_BRANCH);
      const next = await aPartnerBranch(kit);
      const moved = await kit.admin.updateUser(null, {
        id: user.id,
        expectedVersion: user.version,
        partnerBranchId: next,
      });
      expect(moved).toMatchObject({ partnerBranchId: next, tokenVersion: user.tokenVersion + 1 });
      const error = await apiErrorOf(
        kit.admin.updateUser(null, {
          id: user.id,
          expectedVersion: moved.version,
          partnerBranchId: await aPartnerBranch(kit, OTHER_INSTITUTION),
        }),
      );
      expect(error?.extensions['fields']).toEqual([
        { field: 'input.partnerBranchId', message: '指定された支店はこの提携機関に登録されていません。' },
      ]);
      // Made a head-office user, the branch must go with it.
      const promoted = await apiErrorOf(
        kit.admin.updateUser(null, { id: user.id, expectedVersion: moved.version, role: Role.PARTNER_HQ }),
      );
      expect(promoted?.extensions['fields']).toEqual([
        { field: 'input.partnerBranchId', message: '支店IDは提携機関(支部)のユーザーにのみ設定できます。' },
      ]);
      await expect(
        kit.admin.updateUser(null, {
          id: user.id,
          expectedVersion: moved.version,
          role: Role.PARTNER_HQ,
          partnerBranchId: null,
        }),
      ).resolves.toMatchObject({ role: Role.PARTNER_HQ, partnerBranchId: null });
    });
  });

  describe('deactivateUser / reactivateUser', () => {
    it('deactivates and reactivates, idempotently', async () => {
      const admin = await aUser(kit, Role.ADMIN);
      const user = await aUser(kit, Role.CONSULTANT);
      const off = await kit.admin.deactivateUser({ id: admin.id }, user.id);
      expect(off).toMatchObject({ isActive: false, version: user.version + 1 });
      await expect(kit.admin.deactivateUser({ id: admin.id }, user.id)).resolves.toMatchObject({
        version: off.version,
      });
      const on = await kit.admin.reactivateUser(user.id);
      expect(on).toMatchObject({ isActive: true, version: off.version + 1 });
    });

    it('refuses an administrator deactivating themself', async () => {
      const admin = await aUser(kit, Role.ADMIN);
      const error = await apiErrorOf(kit.admin.deactivateUser({ id: admin.id }, admin.id));
      expect(error).toMatchObject({
        message: '自分自身のアカウントを無効にすることはできません。別の管理者に依頼してください。',
        extensions: { code: ErrorCode.FORBIDDEN },
      });
      expect((await kit.users.findOneByOrFail({ id: admin.id })).isActive).toBe(true);
    });
  });

  describe('users list', () => {
    it('filters by role, office, state and words, and pages by cursor with the total', async () => {
      const tag = `kw${Date.now().toString(36)}`;
      const osaka = await officeId(kit, '27');
      const made = [];
      for (let i = 0; i < 3; i++) {
        made.push(await aUser(kit, Role.CONSULTANT, { name: `大阪 ${tag} ${i}`, officeId: osaka }));
      }
      const inactive = await aUser(kit, Role.CONSULTANT, { name: `大阪 ${tag} 無効`, officeId: osaka });
      await kit.admin.deactivateUser(null, inactive.id);
      await aUser(kit, Role.EXECUTIVE, { name: `役員 ${tag}` });

      const filter = { role: Role.CONSULTANT, officeId: osaka, active: true, query: `${tag} 大阪` };
      const first = await kit.directory.list({ first: 2 }, filter);
      expect(first.totalCount).toBe(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await kit.directory.list({ first: 2, after: first.pageInfo.endCursor }, filter);
      expect(second.pageInfo.hasNextPage).toBe(false);
      const seen = [...first.edges, ...second.edges].map((e) => e.node.email);
      expect(seen).toEqual(made.map((u) => u.email).sort());

      const deactivated = await kit.directory.list({ first: 10 }, { active: false, query: tag });
      expect(deactivated.edges.map((e) => e.node.id)).toEqual([inactive.id]);
      const byMail = await kit.directory.list({ first: 10 }, { query: made[0].email.toUpperCase() });
      expect(byMail.edges.map((e) => e.node.id)).toEqual([made[0].id]);
    });

    it('treats % and _ in the words literally', async () => {
      const tag = `kw${Date.now().toString(36)}`;
      const percent = await aUser(kit, Role.EXECUTIVE, { name: `達成率 100% ${tag}` });
      const underscore = await aUser(kit, Role.EXECUTIVE, { name: `名前 a_b ${tag}` });
      await aUser(kit, Role.EXECUTIVE, { name: `達成率 1000 ${tag}` });
      await aUser(kit, Role.EXECUTIVE, { name: `名前 axb ${tag}` });
      const ids = async (query: string) =>
        (await kit.directory.list({ first: 10 }, { query })).edges.map((e) => e.node.id);
      expect(await ids(`100% ${tag}`)).toEqual([percent.id]);
      expect(await ids(`a_b ${tag}`)).toEqual([underscore.id]);
    });
  });
});
