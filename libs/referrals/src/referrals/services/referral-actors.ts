import { Role, type AuthUser } from '@kakehashi/authz';
import { ReferralException } from '../../referral.exception';

/** The partner's institution and (for a branch account) branch a new referral belongs to; refuses anyone else. */
export function partnerOwnerOf(user: AuthUser): { institutionId: string; branchId: string | null } {
  if (user.role === Role.PARTNER_BRANCH) {
    if (!user.partnerInstitutionId || !user.partnerBranchId) throw ReferralException.noPartnerScope();
    return { institutionId: user.partnerInstitutionId, branchId: user.partnerBranchId };
  }
  if (user.role === Role.PARTNER_HQ) {
    if (!user.partnerInstitutionId) throw ReferralException.noPartnerScope();
    // A head office's own referrals belong to no branch (and so are hidden from every branch account).
    return { institutionId: user.partnerInstitutionId, branchId: null };
  }
  throw ReferralException.forbiddenAction('作成');
}
