// Editing partner accounts (name, role, branch), with identity's sign-in beside them (see partner-accounts-kit.ts):
// the sessions a move ends, stale versions and races.
import { Role, type AuthUser } from '@kakehashi/authz';
import { ConfigModule, validateEnvironment } from '@kakehashi/config';
import {
  IdentityExceptionCode,
  IdentityModule,
  type AuthenticationService,
  type UserEntity,
} from '@kakehashi/identity';
import { settledOrWaitingOnLock, testPoolSize } from '@kakehashi/testing';
import { PartnerExceptionCode, type PartnerException } from '../partner.exception';
import { PartnerUserRole } from '../partner-enums';
import {
  identityRefusal,
  startAccountAdministration,
  type AccountAdministration,
} from './partner-accounts-kit';
import { rejection, staffUser, startPartnersKit, type PartnersKit } from './partners-kit';

describe('partner account administration: updatePartnerUser', () => {
  let ctx: AccountAdministration;
  let kit: PartnersKit;
  let auth: AuthenticationService;
  const coordinator: AuthUser = staffUser(Role.HQ_COORDINATOR);

  beforeAll(async () => {
    ctx = await startAccountAdministration();
    ({ kit, auth } = ctx);
  });
  afterAll(() => ctx?.close());

  const signIn = (user: UserEntity) => ctx.signIn(user);
  const anInstitutionWithBranches = () => ctx.anInstitutionWithBranches();
  const anAccount = (institutionId: string, branchId: string | null = null, label?: string) =>
    ctx.anAccount(institutionId, branchId, label);
  const aStaffAccount = (role: Role.CONSULTANT | Role.EXECUTIVE | Role.ADMIN) => ctx.aStaffAccount(role);
  const reload = (id: string) => ctx.reload(id);

  describe('updatePartnerUser', () => {
    it('renames without ending the user’s sessions', async () => {
      const { institution } = await anInstitutionWithBranches();
      const user = await anAccount(institution.id);
      const token = await signIn(user);
      const renamed = await kit.userUpdates.update(coordinator, {
        id: user.id,
        expectedVersion: user.version,
        name: '  提携　次郎 ',
      });
      expect(renamed).toMatchObject({ name: '提携 次郎', role: 'PARTNER_HQ', version: user.version + 1 });
      await expect(auth.authenticate(token)).resolves.toMatchObject({ id: user.id, name: '提携 次郎' });
    });

    it('moves an account between the head office and the branches, and signs it out everywhere', async () => {
      const { institution, east, west } = await anInstitutionWithBranches();
      const user = await anAccount(institution.id);
      const token = await signIn(user);

      const toBranch = await kit.userUpdates.update(coordinator, {
        id: user.id,
        expectedVersion: user.version,
        role: PartnerUserRole.PARTNER_BRANCH,
        partnerBranchId: east.id,
      });
      expect(toBranch).toMatchObject({
        role: 'PARTNER_BRANCH',
        partnerInstitutionId: institution.id,
        partnerBranchId: east.id,
      });
      // The old token carried head-office rights: it no longer works.
      await expect(auth.authenticate(token)).rejects.toMatchObject({
        code: IdentityExceptionCode.SESSION_INVALID,
      });

      const moved = await kit.userUpdates.update(coordinator, {
        id: user.id,
        expectedVersion: toBranch.version,
        partnerBranchId: west.id,
      });
      expect(moved).toMatchObject({ role: 'PARTNER_BRANCH', partnerBranchId: west.id });
      const branchToken = await signIn(moved);
      await expect(auth.authenticate(branchToken)).resolves.toMatchObject({ partnerBranchId: west.id });

      // Back to the head office: the branch goes with the role.
      const back = await kit.userUpdates.update(coordinator, {
        id: user.id,
        expectedVersion: moved.version,
        role: PartnerUserRole.PARTNER_HQ,
      });
      expect(back).toMatchObject({
        role: 'PARTNER_HQ',
        partnerBranchId: null,
        partnerInstitutionId: institution.id,
      });
      await expect(auth.authenticate(branchToken)).rejects.toMatchObject({
        code: IdentityExceptionCode.SESSION_INVALID,
      });
    });

    it('requires a branch of the same institution for a branch account, and changes nothing when refused', async () => {
      const { institution, east } = await anInstitutionWithBranches();
      const other = await anInstitutionWithBranches();
      const hq = await anAccount(institution.id);
      const atEast = await anAccount(institution.id, east.id);

      const noBranch = await identityRefusal(
        kit.userUpdates.update(coordinator, {
          id: hq.id,
          expectedVersion: hq.version,
          role: PartnerUserRole.PARTNER_BRANCH,
        }),
      );
      expect(noBranch.fields).toEqual([
        {
          field: 'input.partnerBranchId',
          message: '提携機関(支部)のユーザーには所属する支店のIDを指定してください。',
        },
      ]);

      const crossed = await identityRefusal(
        kit.userUpdates.update(coordinator, {
          id: atEast.id,
          expectedVersion: atEast.version,
          name: '改名 されない',
          partnerBranchId: other.east.id,
        }),
      );
      expect(crossed.fields).toEqual([
        { field: 'input.partnerBranchId', message: '指定された支店はこの提携機関に登録されていません。' },
      ]);

      const hqWithBranch = await identityRefusal(
        kit.userUpdates.update(coordinator, {
          id: atEast.id,
          expectedVersion: atEast.version,
          role: PartnerUserRole.PARTNER_HQ,
          partnerBranchId: east.id,
        }),
      );
      expect(hqWithBranch.fields).toEqual([
        { field: 'input.partnerBranchId', message: '支店IDは提携機関(支部)のユーザーにのみ設定できます。' },
      ]);

      const badName = await identityRefusal(
        kit.userUpdates.update(coordinator, { id: hq.id, expectedVersion: hq.version, name: '  ' }),
      );
      expect(badName.fields).toEqual([{ field: 'input.name', message: '氏名を入力してください。' }]);

      expect(await reload(hq.id)).toMatchObject({ role: 'PARTNER_HQ', version: hq.version });
      expect(await reload(atEast.id)).toMatchObject({
        name: atEast.name,
        partnerBranchId: east.id,
        version: atEast.version,
      });
    });

    it('refuses a stale version with CONFLICT and the current version, also when two edits race', async () => {
      const { institution, east, west } = await anInstitutionWithBranches();
      const user = await anAccount(institution.id, east.id);
      const first = await kit.userUpdates.update(coordinator, {
        id: user.id,
        expectedVersion: user.version,
        name: '最初 の編集',
      });
      const stale = await rejection(
        kit.userUpdates.update(coordinator, { id: user.id, expectedVersion: user.version, name: '上書き' }),
      );
      expect(stale.code).toBe(PartnerExceptionCode.STALE_VERSION);
      expect(stale.extensions).toMatchObject({ currentVersion: first.version });
      // Stale is stale even when the edit would change nothing: the client must reload.
      const staleNoOp = await rejection(
        kit.userUpdates.update(coordinator, { id: user.id, expectedVersion: user.version, name: first.name }),
      );
      expect([staleNoOp.code, staleNoOp.extensions['currentVersion']]).toEqual([
        PartnerExceptionCode.STALE_VERSION,
        first.version,
      ]);

      // Two editors from the same version, a few times over, each changing something (the branch the account is not
      // in, a new name): one wins each time, the other is told the version now.
      let current = await reload(user.id);
      for (let round = 0; round < 3; round++) {
        const outcomes = await Promise.allSettled([
          kit.userUpdates.update(coordinator, {
            id: user.id,
            expectedVersion: current.version,
            partnerBranchId: current.partnerBranchId === east.id ? west.id : east.id,
          }),
          kit.userUpdates.update(coordinator, {
            id: user.id,
            expectedVersion: current.version,
            name: `同時 の編集${round}`,
          }),
        ]);
        const won = outcomes.filter((o) => o.status === 'fulfilled');
        const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as PartnerException] : []));
        expect(won).toHaveLength(1);
        const previous = current;
        current = await reload(user.id);
        expect(current.version).toBe(previous.version + 1);
        expect(lost.map((e) => [e.code, e.extensions['currentVersion']])).toEqual([
          [PartnerExceptionCode.STALE_VERSION, current.version],
        ]);
      }
    });

    it('answers an edit that changes nothing, arriving while another is in flight, with CONFLICT and the new version', async () => {
      const { institution, east } = await anInstitutionWithBranches();
      const user = await anAccount(institution.id, east.id);
      // Three connections: the edit in flight, the one that waits for it, and the watcher of the wait.
      const parallel = await startPartnersKit({
        imports: [ConfigModule.forRoot(validateEnvironment(process.env)), IdentityModule],
        poolSize: testPoolSize(3),
      });
      const runner = parallel.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query(`UPDATE "users" SET "name" = $2, "version" = "version" + 1 WHERE "id" = $1`, [
          user.id,
          '先の編集',
        ]);
        const noOp = rejection(
          parallel.userUpdates.update(coordinator, {
            id: user.id,
            expectedVersion: user.version,
            partnerBranchId: east.id,
          }),
        );
        await settledOrWaitingOnLock(noOp, parallel.dataSource, '%FROM "users"%FOR SHARE%');
        await runner.commitTransaction();
        const refused = await noOp;
        expect([refused.code, refused.extensions['currentVersion']]).toEqual([
          PartnerExceptionCode.STALE_VERSION,
          user.version + 1,
        ]);
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
        await parallel.close();
      }
      expect(await reload(user.id)).toMatchObject({ name: '先の編集', partnerBranchId: east.id });
    });

    it('refuses Center staff accounts and unknown ids as NOT_FOUND, leaving them untouched', async () => {
      const { east } = await anInstitutionWithBranches();
      for (const role of [Role.CONSULTANT, Role.EXECUTIVE, Role.ADMIN] as const) {
        const staff = await aStaffAccount(role);
        const refused = await rejection(
          kit.userUpdates.update(coordinator, {
            id: staff.id,
            expectedVersion: staff.version,
            role: PartnerUserRole.PARTNER_BRANCH,
            partnerBranchId: east.id,
            name: '乗っ取り',
          }),
        );
        expect(refused.code).toBe(PartnerExceptionCode.PARTNER_RECORD_NOT_FOUND);
        expect(refused.message).toBe('指定された提携機関ユーザーが見つかりません。');
        expect(await reload(staff.id)).toMatchObject({
          role,
          name: staff.name,
          partnerInstitutionId: null,
          version: staff.version,
        });
      }
      for (const id of ['00000000-0000-4000-8000-00000000dead', 'not-a-uuid']) {
        const unknown = await rejection(
          kit.userUpdates.update(coordinator, { id, expectedVersion: 1, name: 'x' }),
        );
        expect(unknown.code).toBe(PartnerExceptionCode.PARTNER_RECORD_NOT_FOUND);
      }
    });
  });
});
