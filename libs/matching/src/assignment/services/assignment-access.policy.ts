// Who may start and cancel which batch assignment runs. Reading runs is decided by @Roles alone (all Center staff
// who work with matching see every run, as they see every offer).
import { Role, type AuthUser } from '@kakehashi/authz';
import { AssignmentScopeKind } from '../assignment-run.entity';
import { AssignmentException, AssignmentExceptionCode } from '../assignment.exception';
import { ANY_OFFICE_ROLES } from '../../matching-roles';

/** The office a consultant works for; refuses every other role and a consultant without an office. */
function consultantOffice(user: AuthUser): string {
  if (user.role !== Role.CONSULTANT) {
    throw new AssignmentException(
      AssignmentExceptionCode.OUTSIDE_OFFICE_SCOPE,
      '一括マッチングを実行する権限がありません。',
    );
  }
  if (!user.officeId) {
    throw new AssignmentException(
      AssignmentExceptionCode.NO_OFFICE_ASSIGNED,
      '所属事務所が設定されていないため、一括マッチングを実行できません。管理者に連絡してください。',
    );
  }
  return user.officeId;
}

/**
 * The office a run of OFFICE scope is for: a consultant's own (when they name none or their own; another office is
 * refused) or the one HQ/ADMIN named. Consultants may not run a region or the whole country.
 */
export function officeForRun(
  user: AuthUser | null,
  kind: AssignmentScopeKind,
  requestedOfficeId: string | null | undefined,
): string | null {
  if (user === null || ANY_OFFICE_ROLES.includes(user.role)) return requestedOfficeId ?? null;
  const own = consultantOffice(user);
  if (kind !== AssignmentScopeKind.OFFICE) {
    throw new AssignmentException(
      AssignmentExceptionCode.OUTSIDE_OFFICE_SCOPE,
      'コンサルタントが実行できるのは自分の事務所の一括マッチングのみです。地域・全国の実行は本部に依頼してください。',
      { scope: kind },
    );
  }
  if (requestedOfficeId && requestedOfficeId !== own) {
    throw new AssignmentException(
      AssignmentExceptionCode.OUTSIDE_OFFICE_SCOPE,
      'コンサルタントが実行できるのは自分の事務所の一括マッチングのみです。',
      { requestedOfficeId },
    );
  }
  return own;
}

/** Whoever may start a run of this scope may cancel it (null: the system, e.g. the nightly schedule). */
export function assertMayCancelRun(
  user: AuthUser | null,
  run: { scopeKind: AssignmentScopeKind; scopeValue: string },
): void {
  if (user === null || ANY_OFFICE_ROLES.includes(user.role)) return;
  const own = consultantOffice(user);
  if (run.scopeKind !== AssignmentScopeKind.OFFICE || run.scopeValue !== own) {
    throw new AssignmentException(
      AssignmentExceptionCode.OUTSIDE_OFFICE_SCOPE,
      'コンサルタントが中止できるのは自分の事務所の一括マッチングのみです。',
      { scope: run.scopeKind },
    );
  }
}
