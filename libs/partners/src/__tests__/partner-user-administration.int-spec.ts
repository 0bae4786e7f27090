// Listing, deactivating and reactivating partner accounts, with identity's sign-in beside them (see
// partner-accounts-kit.ts); editing them: partner-user-updates.int-spec.ts.
import { Role, type AuthUser } from '@kakehashi/authz';
import {
  IdentityExceptionCode,
  UserEntity,
  type AuthenticationService,
  type UserAdministrationService,
} from '@kakehashi/identity';
import { PartnerExceptionCode } from '../partner.exception';
import { startAccountAdministration, PASSWORD, type AccountAdministration } from './partner-accounts-kit';
import { anInstitution, fieldMessages, rejection, staffUser, type PartnersKit } from './partners-kit';

describe('partner account administration', () => {
  let ctx: AccountAdministration;
  let kit: PartnersKit;
  let auth: AuthenticationService;
  let administration: UserAdministrationService;
  const coordinator: AuthUser = staffUser(Role.HQ_COORDINATOR);

  beforeAll(async () => {
    ctx = await startAccountAdministration();
    ({ kit, auth, administration } = ctx);
  });
  afterAll(() => ctx?.close());

  const address = () => ctx.address();
  const signIn = (user: UserEntity) => ctx.signIn(user);
  const anInstitutionWithBranches = () => ctx.anInstitutionWithBranches();
  const anAccount = (institutionId: string, branchId: string | null = null, label?: string) =>
    ctx.anAccount(institutionId, branchId, label);
  const aStaffAccount = (role: Role.CONSULTANT | Role.EXECUTIVE | Role.ADMIN) => ctx.aStaffAccount(role);
  const reload = (id: string) => ctx.reload(id);

  describe('listing', () => {
    it('lists an institution’s accounts, head office first, of one branch on request, active ones unless asked', async () => {
      const { institution, east, west } = await anInstitutionWithBranches();
      const other = await anInstitution(kit);
      const atEast = await anAccount(institution.id, east.id, 'b-east');
      const atWest = await anAccount(institution.id, west.id, 'a-west');
      const hq = await anAccount(institution.id, null, 'z-hq');
      const gone = await anAccount(institution.id, east.id, 'c-gone');
      await kit.userActivation.deactivate(coordinator, gone.id);
      await anAccount(other.id, null, 'other');

      const ids = (users: UserEntity[]) => users.map((u) => u.id);
      // Head office first although its address sorts last; then the branch accounts by address.
      expect(ids(await kit.userDirectory.list(institution.id))).toEqual([hq.id, atWest.id, atEast.id]);
      expect(ids(await kit.userDirectory.list(institution.id, { includeInactive: true }))).toEqual([
        hq.id,
        atWest.id,
        atEast.id,
        gone.id,
      ]);
      expect(ids(await kit.userDirectory.list(institution.id, { branchId: east.id }))).toEqual([atEast.id]);
      const listed = await kit.userDirectory.list(institution.id, {
        branchId: east.id,
        includeInactive: true,
      });
      expect(listed.map((u) => [u.id, u.isActive])).toEqual([
        [atEast.id, true],
        [gone.id, false],
      ]);
    });

    it('refuses an unknown institution and a branch of another institution', async () => {
      const { institution } = await anInstitutionWithBranches();
      const other = await anInstitutionWithBranches();
      const unknown = await rejection(kit.userDirectory.list('00000000-0000-4000-8000-00000000dead'));
      expect(unknown.code).toBe(PartnerExceptionCode.PARTNER_RECORD_NOT_FOUND);
      const crossed = await rejection(kit.userDirectory.list(institution.id, { branchId: other.east.id }));
      expect(fieldMessages(crossed)).toEqual({
        branchId: '指定された支店はこの提携機関に登録されていません。',
      });
    });
  });

  describe('deactivatePartnerUser / reactivatePartnerUser', () => {
    it('signs a deactivated account out at once and keeps it out until reactivated', async () => {
      const { institution, east } = await anInstitutionWithBranches();
      const user = await anAccount(institution.id, east.id);
      const token = await signIn(user);
      await expect(auth.authenticate(token)).resolves.toMatchObject({ id: user.id });

      const off = await kit.userActivation.deactivate(coordinator, user.id);
      expect(off).toMatchObject({ isActive: false, version: user.version + 1 });
      await expect(auth.authenticate(token)).rejects.toMatchObject({
        code: IdentityExceptionCode.SESSION_INVALID,
      });
      await expect(auth.login(user.email, PASSWORD, address())).rejects.toMatchObject({
        code: IdentityExceptionCode.INVALID_CREDENTIALS,
      });
      // Idempotent: a second deactivation changes nothing.
      await expect(kit.userActivation.deactivate(coordinator, user.id)).resolves.toMatchObject({
        isActive: false,
        version: off.version,
      });

      const on = await kit.userActivation.reactivate(user.id);
      expect(on).toMatchObject({ isActive: true, version: off.version + 1 });
      // Sessions from before the deactivation stay ended; signing in again works.
      await expect(auth.authenticate(token)).rejects.toMatchObject({
        code: IdentityExceptionCode.SESSION_INVALID,
      });
      const fresh = await signIn(user);
      await expect(auth.authenticate(fresh)).resolves.toMatchObject({
        id: user.id,
        partnerBranchId: east.id,
      });
      await expect(kit.userActivation.reactivate(user.id)).resolves.toMatchObject({ version: on.version });
    });

    it('refuses Center staff accounts as NOT_FOUND and leaves them signed in', async () => {
      for (const role of [Role.CONSULTANT, Role.ADMIN] as const) {
        const staff = await aStaffAccount(role);
        const token = await signIn(staff);
        const off = await rejection(kit.userActivation.deactivate(coordinator, staff.id));
        expect(off.code).toBe(PartnerExceptionCode.PARTNER_RECORD_NOT_FOUND);
        await expect(auth.authenticate(token)).resolves.toMatchObject({ id: staff.id });

        await administration.deactivateUser(null, staff.id);
        const on = await rejection(kit.userActivation.reactivate(staff.id));
        expect(on.code).toBe(PartnerExceptionCode.PARTNER_RECORD_NOT_FOUND);
        expect((await reload(staff.id)).isActive).toBe(false);
      }
    });
  });
});
