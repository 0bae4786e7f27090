// Who may work whose Job Card records: the same people as cases and the talent bank. Roles are checked by @Roles first;
// this adds the office, the one thing a role alone cannot say.
import { Role, type AuthUser } from '@kakehashi/authz';
import { mayActOnCase } from '@kakehashi/cases';
import type { EvaluationSubjectKind } from '../jobcard-enums';
import { JobcardException } from '../jobcard.exception';

/**
 * A case's secondee: headquarters coordinators and consultants of either office of the case (the cases library's
 * rule). A registrant: the registering office's consultants and headquarters, as the talent bank. A company's
 * trainee: the owning office's consultants and headquarters.
 */
export function mayWorkSubject(
  user: AuthUser,
  kind: EvaluationSubjectKind,
  offices: readonly string[],
): boolean {
  if (kind === 'CASE_SECONDEE' && offices.length === 2) {
    return mayActOnCase(user, { sendingOfficeId: offices[0], receivingOfficeId: offices[1] });
  }
  if (user.role === Role.HQ_COORDINATOR) return true;
  return user.role === Role.CONSULTANT && !!user.officeId && offices.includes(user.officeId);
}

/** Refuses (FORBIDDEN, NOT_IN_SCOPE) a caller outside the subject's offices; the refusal names no one. */
export function assertMayWorkSubject(
  user: AuthUser,
  kind: EvaluationSubjectKind,
  offices: readonly string[],
): void {
  if (!mayWorkSubject(user, kind, offices)) throw JobcardException.notInScope('評価シート');
}
