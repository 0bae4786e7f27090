import type { Role } from './role';

/** Who is calling, as the global guard resolved it from the bearer token (and re-checked against the database). */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The regional office (or headquarters) of Center staff; null for executives, administrators and partners. */
  officeId: string | null;
  partnerInstitutionId: string | null;
  /** The branch of a PARTNER_BRANCH user; null for every other role. */
  partnerBranchId: string | null;
}
