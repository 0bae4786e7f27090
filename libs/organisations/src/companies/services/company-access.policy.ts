// Who may create and edit which companies. Reading is decided by @Roles alone (all Center staff who work with
// companies read every company, so a consultant can spot a duplicate registered by another office).
import { Role, type AuthUser } from '@kakehashi/authz';
import { ANY_OFFICE_ROLES } from '../../organisations-roles';
import { CompanyException, CompanyExceptionCode } from '../company.exception';

function consultantOffice(user: AuthUser): string {
  if (user.role !== Role.CONSULTANT) {
    throw new CompanyException(
      CompanyExceptionCode.OUTSIDE_OFFICE_SCOPE,
      '企業を登録・編集する権限がありません。',
    );
  }
  if (!user.officeId) {
    throw new CompanyException(
      CompanyExceptionCode.NO_OFFICE_ASSIGNED,
      '所属事務所が設定されていないため、企業を登録・編集できません。管理者に連絡してください。',
    );
  }
  return user.officeId;
}

/**
 * The office that will own a new company: a consultant's own office (naming another is refused), or the one
 * HQ/ADMIN chose (null when they chose none; validation then asks for it).
 */
export function owningOfficeForNewCompany(
  user: AuthUser,
  requested: string | null | undefined,
): string | null {
  if (ANY_OFFICE_ROLES.includes(user.role)) return requested ?? null;
  const own = consultantOffice(user);
  if (requested && requested !== own) {
    throw new CompanyException(
      CompanyExceptionCode.OUTSIDE_OFFICE_SCOPE,
      'コンサルタントは自分の事務所が担当する企業のみ登録できます。',
      { requestedOfficeId: requested },
    );
  }
  return own;
}

/** Refuses a consultant editing another office's company, naming the office that owns it. */
export function assertMayEditCompany(
  user: AuthUser,
  company: { owningOfficeId: string },
  owningOfficeName: string,
): void {
  if (ANY_OFFICE_ROLES.includes(user.role)) return;
  if (consultantOffice(user) !== company.owningOfficeId) {
    throw new CompanyException(
      CompanyExceptionCode.OUTSIDE_OFFICE_SCOPE,
      `この企業は${owningOfficeName}の担当です。他の事務所が担当する企業は編集できません。`,
      { owningOfficeId: company.owningOfficeId },
    );
  }
}

/** Only HQ/ADMIN hand a company over to another office. */
export function assertMayMoveCompany(user: AuthUser, fromOfficeId: string, toOfficeId: string): void {
  if (fromOfficeId === toOfficeId || ANY_OFFICE_ROLES.includes(user.role)) return;
  throw new CompanyException(
    CompanyExceptionCode.OUTSIDE_OFFICE_SCOPE,
    '担当事務所を変更できるのは本部または管理者のみです。',
    { owningOfficeId: fromOfficeId },
  );
}
