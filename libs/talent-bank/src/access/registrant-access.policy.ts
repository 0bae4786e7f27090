// Who may work which registrant: a consultant those of their own office, headquarters coordinators any. The roles
// are checked by @Roles first; these checks add the office, the one thing a role alone cannot say.
import { Role, type AuthUser } from '@kakehashi/authz';
import { TalentBankException } from '../talent-bank.exception';
import { ANY_OFFICE_ROLES } from '../talent-bank-roles';

/** The office a caller is limited to; null: every office. Refuses a consultant without an office. */
export function officeScopeOf(user: AuthUser): string | null {
  if (ANY_OFFICE_ROLES.includes(user.role)) return null;
  if (user.role !== Role.CONSULTANT || !user.officeId) throw TalentBankException.noOffice();
  return user.officeId;
}

/** Refuses a consultant working another office's registrant (or support request, or opening), naming the office. */
export function assertOfficeScope(
  user: AuthUser,
  record: { officeId: string },
  what: string,
  officeName: string,
): void {
  const scope = officeScopeOf(user);
  if (scope !== null && scope !== record.officeId)
    throw TalentBankException.outsideOffice(what, officeName, record.officeId);
}
