import { Role, type AuthUser } from '@kakehashi/authz';

// Which referrals a caller may see, on top of row-level security (which keeps partners to their own institution or
// branch in the database): the Center sees a referral once its partner forwarded it (drafts and referrals the
// partner's head office has not sent on are the partner's own business), a consultant only its office's
// assignments, an executive none (statistics only). One pure check for a loaded row and the same rule as SQL for
// lists, so the two cannot disagree.

export interface ReferralVisibilityFacts {
  institutionId: string;
  branchId: string | null;
  forwardedAt: Date | null;
  assignedOfficeId: string | null;
}

export function mayReadReferral(user: AuthUser, referral: ReferralVisibilityFacts): boolean {
  switch (user.role) {
    case Role.PARTNER_HQ:
      return user.partnerInstitutionId !== null && referral.institutionId === user.partnerInstitutionId;
    case Role.PARTNER_BRANCH:
      return (
        user.partnerInstitutionId !== null &&
        user.partnerBranchId !== null &&
        referral.institutionId === user.partnerInstitutionId &&
        referral.branchId === user.partnerBranchId
      );
    case Role.HQ_COORDINATOR:
    case Role.ADMIN:
      return referral.forwardedAt !== null;
    case Role.CONSULTANT:
      return (
        referral.forwardedAt !== null && user.officeId !== null && referral.assignedOfficeId === user.officeId
      );
    case Role.EXECUTIVE:
      return false;
    default: {
      const unknown: never = user.role;
      throw new Error(`no referral visibility for role ${String(unknown)}`);
    }
  }
}

/** The same rule as a WHERE condition on the referrals alias `r` (TypeORM named parameters). */
export function referralVisibilitySql(user: AuthUser): { sql: string; params: Record<string, unknown> } {
  switch (user.role) {
    case Role.PARTNER_HQ:
      return user.partnerInstitutionId
        ? { sql: 'r.institution_id = :visInstitution', params: { visInstitution: user.partnerInstitutionId } }
        : NOTHING;
    case Role.PARTNER_BRANCH:
      return user.partnerInstitutionId && user.partnerBranchId
        ? {
            sql: 'r.institution_id = :visInstitution AND r.branch_id = :visBranch',
            params: { visInstitution: user.partnerInstitutionId, visBranch: user.partnerBranchId },
          }
        : NOTHING;
    case Role.HQ_COORDINATOR:
    case Role.ADMIN:
      return { sql: 'r.forwarded_at IS NOT NULL', params: {} };
    case Role.CONSULTANT:
      return user.officeId
        ? {
            sql: 'r.forwarded_at IS NOT NULL AND r.assigned_office_id = :visOffice',
            params: { visOffice: user.officeId },
          }
        : NOTHING;
    case Role.EXECUTIVE:
      return NOTHING;
    default: {
      const unknown: never = user.role;
      throw new Error(`no referral visibility for role ${String(unknown)}`);
    }
  }
}

const NOTHING = { sql: 'false', params: {} };

/** Center staff: they see internal notes, duplicates and the linked company and offers; partners never do. */
export function isCenterStaff(user: AuthUser): boolean {
  return user.role !== Role.PARTNER_HQ && user.role !== Role.PARTNER_BRANCH;
}
