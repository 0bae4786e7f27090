import { Role, type AuthUser } from '@kakehashi/authz';
import type { DatabaseScope } from '@kakehashi/database';

/**
 * The row-level security scope of a caller's transaction. Center roles see every partner's referrals (what each may
 * do with them is the use case's check); a partner account without its institution (or a branch account without its
 * branch) gets null, and the caller must refuse: the policies would show it nothing anyway.
 */
export function databaseScopeOf(user: AuthUser): DatabaseScope | null {
  switch (user.role) {
    case Role.ADMIN:
    case Role.HQ_COORDINATOR:
    case Role.CONSULTANT:
    case Role.EXECUTIVE:
      return { kind: 'center' };
    case Role.PARTNER_HQ:
      return user.partnerInstitutionId
        ? { kind: 'partner_hq', institutionId: user.partnerInstitutionId }
        : null;
    case Role.PARTNER_BRANCH:
      return user.partnerInstitutionId && user.partnerBranchId
        ? { kind: 'partner_branch', institutionId: user.partnerInstitutionId, branchId: user.partnerBranchId }
        : null;
    default: {
      const unknown: never = user.role;
      throw new Error(`no database scope for role ${String(unknown)}`);
    }
  }
}
