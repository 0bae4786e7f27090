import type { AuthUser } from '@kakehashi/authz';
import type { UserEntity } from './user.entity';

/** What the resolvers learn of the caller, however they signed in (bearer token or cookie session). */
export function toAuthUser(user: UserEntity): AuthUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    officeId: user.officeId,
    partnerInstitutionId: user.partnerInstitutionId,
    partnerBranchId: user.partnerBranchId,
  };
}
