import { Role, type AuthUser } from '@kakehashi/authz';
import { mayReadReferral, referralVisibilitySql } from './referral-visibility';

const INSTITUTION = 'a0000000-0000-4000-8000-000000000001';
const OTHER_INSTITUTION = 'a0000000-0000-4000-8000-000000000002';
const BRANCH = 'b0000000-0000-4000-8000-000000000001';
const OTHER_BRANCH = 'b0000000-0000-4000-8000-000000000002';
const OFFICE = 'c0000000-0000-4000-8000-000000000001';
const OTHER_OFFICE = 'c0000000-0000-4000-8000-000000000002';

function user(role: Role, extra: Partial<AuthUser> = {}): AuthUser {
  return {
    id: 'd0000000-0000-4000-8000-000000000001',
    email: 'x@kakehashi.example',
    name: '試験',
    role,
    officeId: null,
    partnerInstitutionId: null,
    partnerBranchId: null,
    ...extra,
  };
}

const referral = (extra: Partial<Parameters<typeof mayReadReferral>[1]> = {}) => ({
  institutionId: INSTITUTION,
  branchId: BRANCH,
  forwardedAt: null as Date | null,
  assignedOfficeId: null as string | null,
  ...extra,
});

describe('who may see a referral', () => {
  it('shows a branch user its own branch’s referrals only (not the head office’s, not another branch’s)', () => {
    const branchUser = user(Role.PARTNER_BRANCH, {
      partnerInstitutionId: INSTITUTION,
      partnerBranchId: BRANCH,
    });
    expect(mayReadReferral(branchUser, referral())).toBe(true);
    expect(mayReadReferral(branchUser, referral({ branchId: OTHER_BRANCH }))).toBe(false);
    expect(mayReadReferral(branchUser, referral({ branchId: null }))).toBe(false);
    expect(mayReadReferral(branchUser, referral({ institutionId: OTHER_INSTITUTION }))).toBe(false);
  });

  it('shows a partner head office every referral of its institution and nothing of another', () => {
    const hq = user(Role.PARTNER_HQ, { partnerInstitutionId: INSTITUTION });
    expect(mayReadReferral(hq, referral())).toBe(true);
    expect(mayReadReferral(hq, referral({ branchId: null }))).toBe(true);
    expect(mayReadReferral(hq, referral({ institutionId: OTHER_INSTITUTION }))).toBe(false);
    expect(mayReadReferral(user(Role.PARTNER_HQ), referral())).toBe(false);
  });

  it('shows the Center a referral once forwarded, a consultant only when assigned to its office', () => {
    const forwarded = referral({ forwardedAt: new Date() });
    expect(mayReadReferral(user(Role.HQ_COORDINATOR), referral())).toBe(false);
    expect(mayReadReferral(user(Role.HQ_COORDINATOR), forwarded)).toBe(true);
    expect(mayReadReferral(user(Role.ADMIN), forwarded)).toBe(true);
    const consultant = user(Role.CONSULTANT, { officeId: OFFICE });
    expect(mayReadReferral(consultant, forwarded)).toBe(false);
    expect(mayReadReferral(consultant, { ...forwarded, assignedOfficeId: OFFICE })).toBe(true);
    expect(mayReadReferral(consultant, { ...forwarded, assignedOfficeId: OTHER_OFFICE })).toBe(false);
    expect(mayReadReferral(user(Role.EXECUTIVE), { ...forwarded, assignedOfficeId: OFFICE })).toBe(false);
  });

  it('writes the same rule as SQL, matching nothing for accounts without their scope', () => {
    expect(referralVisibilitySql(user(Role.EXECUTIVE)).sql).toBe('false');
    expect(referralVisibilitySql(user(Role.PARTNER_BRANCH, { partnerInstitutionId: INSTITUTION })).sql).toBe(
      'false',
    );
    expect(referralVisibilitySql(user(Role.CONSULTANT)).sql).toBe('false');
    expect(referralVisibilitySql(user(Role.CONSULTANT, { officeId: OFFICE }))).toEqual({
      sql: 'r.forwarded_at IS NOT NULL AND r.assigned_office_id = :visOffice',
      params: { visOffice: OFFICE },
    });
  });
});
