// Partner accounts beside identity's sign-in (the real IdentityModule on this run's PostgreSQL and Redis), so that
// the sessions a change ends are checked the way the API checks every request; shared by the account administration
// tests.
import { Role } from '@kakehashi/authz';
import { ConfigModule, validateEnvironment } from '@kakehashi/config';
import {
  AuthenticationService,
  IdentityException,
  IdentityModule,
  UserAdministrationService,
  UserEntity,
} from '@kakehashi/identity';
import { randomBytes } from 'node:crypto';
import type { PartnerBranchEntity } from '../branches/partner-branch.entity';
import type { PartnerInstitutionEntity } from '../institutions/partner-institution.entity';
import { PartnerUserRole } from '../partner-enums';
import { anInstitution, officeId, startPartnersKit, uniqueTag, type PartnersKit } from './partners-kit';

export const PASSWORD = 'correct-horse-battery-staple';

/** The IdentityException a call ends in (the account rules are identity's). */
export async function identityRefusal(work: Promise<unknown>): Promise<IdentityException> {
  try {
    await work;
  } catch (error) {
    if (error instanceof IdentityException) return error;
    throw error;
  }
  throw new Error('expected the change to be refused');
}

export interface AccountAdministration {
  kit: PartnersKit;
  auth: AuthenticationService;
  administration: UserAdministrationService;
  /** A client address of its own, so that sign-in failures counted per address never meet another test's. */
  address(): string;
  signIn(user: UserEntity): Promise<string>;
  anInstitutionWithBranches(): Promise<{
    institution: PartnerInstitutionEntity;
    east: PartnerBranchEntity;
    west: PartnerBranchEntity;
  }>;
  anAccount(institutionId: string, branchId?: string | null, label?: string): Promise<UserEntity>;
  aStaffAccount(role: Role.CONSULTANT | Role.EXECUTIVE | Role.ADMIN): Promise<UserEntity>;
  reload(id: string): Promise<UserEntity>;
  close(): Promise<void>;
}

export async function startAccountAdministration(): Promise<AccountAdministration> {
  const kit = await startPartnersKit({
    imports: [ConfigModule.forRoot(validateEnvironment(process.env)), IdentityModule],
  });
  const auth = kit.module.get(AuthenticationService);
  const administration = kit.module.get(UserAdministrationService);
  const address = () => {
    const b = randomBytes(3);
    return `10.${b[0]}.${b[1]}.${b[2]}`;
  };
  return {
    kit,
    auth,
    administration,
    address,
    signIn: async (user) => (await auth.login(user.email, PASSWORD, address())).accessToken,
    async anInstitutionWithBranches() {
      const institution = await anInstitution(kit);
      const east = await kit.branches.add({
        institutionId: institution.id,
        name: '東支店',
        prefectureCode: '13',
      });
      const west = await kit.branches.add({
        institutionId: institution.id,
        name: '西支店',
        prefectureCode: '27',
      });
      return { institution, east, west };
    },
    anAccount(institutionId, branchId = null, label = 'partner') {
      return kit.users.create({
        partnerInstitutionId: institutionId,
        partnerBranchId: branchId,
        role: branchId ? PartnerUserRole.PARTNER_BRANCH : PartnerUserRole.PARTNER_HQ,
        email: `${label}-${uniqueTag()}@partners-test.example`.toLowerCase(),
        name: '提携 花子',
        password: PASSWORD,
      });
    },
    async aStaffAccount(role) {
      return administration.createUser({
        email: `staff-${uniqueTag()}@partners-test.example`.toLowerCase(),
        name: 'センター 職員',
        role,
        officeId: role === Role.CONSULTANT ? await officeId(kit.dataSource, '13') : null,
        password: PASSWORD,
      });
    },
    reload: (id) => kit.dataSource.getRepository(UserEntity).findOneByOrFail({ id }),
    close: () => kit.close(),
  };
}
