import { IdentityException } from '@kakehashi/identity';
import { QueryFailedError } from 'typeorm';
import { PartnerUserRole } from '../partner-enums';
import { anInstitution, startPartnersKit, uniqueTag, type PartnersKit } from './partners-kit';

const PASSWORD = 'correct-horse-battery-staple';

/** The IdentityException a call ends in (the account rules are identity's). */
async function refusal(work: Promise<unknown>): Promise<IdentityException> {
  try {
    await work;
  } catch (error) {
    if (error instanceof IdentityException) return error;
    throw error;
  }
  throw new Error('expected the account to be refused');
}

describe('partner user accounts', () => {
  let kit: PartnersKit;
  beforeAll(async () => {
    kit = await startPartnersKit();
  });
  afterAll(() => kit.close());

  const account = (overrides: Partial<Parameters<PartnersKit['users']['create']>[0]>) =>
    kit.users.create({
      partnerInstitutionId: '',
      role: PartnerUserRole.PARTNER_HQ,
      email: `partner-${uniqueTag()}@partners-test.example`,
      name: '提携 太郎',
      password: PASSWORD,
      ...overrides,
    });

  it('creates a head-office user of an institution and a branch user of one of its branches', async () => {
    const institution = await anInstitution(kit);
    const branch = await kit.branches.add({
      institutionId: institution.id,
      name: '本店',
      prefectureCode: '13',
    });
    const hq = await account({ partnerInstitutionId: institution.id });
    expect(hq).toMatchObject({
      role: 'PARTNER_HQ',
      officeId: null,
      partnerInstitutionId: institution.id,
      partnerBranchId: null,
    });
    const atBranch = await account({
      partnerInstitutionId: institution.id,
      partnerBranchId: branch.id,
      role: PartnerUserRole.PARTNER_BRANCH,
    });
    expect(atBranch).toMatchObject({ role: 'PARTNER_BRANCH', partnerBranchId: branch.id });
  });

  it('refuses a password made of the user’s own name, under identity’s password policy', async () => {
    const institution = await anInstitution(kit);
    const refused = await refusal(
      account({
        partnerInstitutionId: institution.id,
        name: '提携 花子',
        password: '提携花子のパスワードです',
      }),
    );
    expect(refused.fields).toEqual([
      { field: 'input.password', message: 'パスワードに氏名(またはその一部)を含めることはできません。' },
    ]);
  });

  it('requires a branch for a branch user, and refuses one for a head-office user', async () => {
    const institution = await anInstitution(kit);
    const branch = await kit.branches.add({
      institutionId: institution.id,
      name: '本店',
      prefectureCode: '13',
    });
    const noBranch = await refusal(
      account({ partnerInstitutionId: institution.id, role: PartnerUserRole.PARTNER_BRANCH }),
    );
    expect(noBranch.fields).toEqual([
      {
        field: 'input.partnerBranchId',
        message: '提携機関(支部)のユーザーには所属する支店のIDを指定してください。',
      },
    ]);
    const hqWithBranch = await refusal(
      account({ partnerInstitutionId: institution.id, partnerBranchId: branch.id }),
    );
    expect(hqWithBranch.fields).toEqual([
      { field: 'input.partnerBranchId', message: '支店IDは提携機関(支部)のユーザーにのみ設定できます。' },
    ]);
  });

  it('refuses a branch of another institution and an unknown institution', async () => {
    const [own, other] = [await anInstitution(kit), await anInstitution(kit)];
    const otherBranch = await kit.branches.add({
      institutionId: other.id,
      name: '他行支店',
      prefectureCode: '13',
    });
    const crossed = await refusal(
      account({
        partnerInstitutionId: own.id,
        partnerBranchId: otherBranch.id,
        role: PartnerUserRole.PARTNER_BRANCH,
      }),
    );
    expect(crossed.fields).toEqual([
      { field: 'input.partnerBranchId', message: '指定された支店はこの提携機関に登録されていません。' },
    ]);
    const unknown = await refusal(account({ partnerInstitutionId: '00000000-0000-4000-8000-00000000dead' }));
    expect(unknown.fields).toEqual([
      { field: 'input.partnerInstitutionId', message: '指定された提携機関が見つかりません。' },
    ]);
  });

  it('is kept to its institution by the database even when the services are bypassed', async () => {
    const [own, other] = [await anInstitution(kit), await anInstitution(kit)];
    const otherBranch = await kit.branches.add({
      institutionId: other.id,
      name: '他行支店',
      prefectureCode: '13',
    });
    const insert = (role: string, institutionId: string | null, branchId: string | null) =>
      kit.dataSource.query(
        `INSERT INTO users (email, name, role, partner_institution_id, partner_branch_id, password_hash, version)
         VALUES ($1, 'x', $2, $3, $4, 'not-a-hash', 1)`,
        [`raw-${uniqueTag()}@partners-test.example`, role, institutionId, branchId],
      );
    await expect(insert('PARTNER_BRANCH', own.id, otherBranch.id)).rejects.toThrow(QueryFailedError);
    await expect(insert('PARTNER_BRANCH', own.id, null)).rejects.toThrow(/ck_users_partner_branch/);
    await expect(insert('PARTNER_HQ', '00000000-0000-4000-8000-00000000dead', null)).rejects.toThrow(
      /fk_users_partner_institution/,
    );
    await expect(insert('PARTNER_BRANCH', other.id, otherBranch.id)).resolves.toBeDefined();
  });
});
