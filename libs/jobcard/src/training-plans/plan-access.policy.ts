// Who may work a training plan: headquarters coordinators, and consultants of the company's owning office or, for a
// plan tied to a case, of the case's two offices (the same people who work the case). Roles are checked by @Roles
// first; this adds the office.
import { Role, type AuthUser } from '@kakehashi/authz';
import { JobcardException } from '../jobcard.exception';

export interface CaseOffices {
  readonly sendingOfficeId: string;
  readonly receivingOfficeId: string;
}

export interface PlanScope {
  /** The company's owning office. */
  readonly officeId: string;
  readonly caseOffices: CaseOffices | null;
}

export function mayWorkCase(user: AuthUser, offices: CaseOffices): boolean {
  if (user.role === Role.HQ_COORDINATOR) return true;
  if (user.role !== Role.CONSULTANT || !user.officeId) return false;
  return user.officeId === offices.sendingOfficeId || user.officeId === offices.receivingOfficeId;
}

export function mayWorkOffice(user: AuthUser, officeId: string): boolean {
  if (user.role === Role.HQ_COORDINATOR) return true;
  return user.role === Role.CONSULTANT && user.officeId !== null && user.officeId === officeId;
}

export function mayWorkPlan(user: AuthUser, scope: PlanScope): boolean {
  return (
    mayWorkOffice(user, scope.officeId) ||
    (scope.caseOffices !== null && mayWorkCase(user, scope.caseOffices))
  );
}

/** Refuses (NOT_IN_SCOPE) a caller who may not work the plan; names what was refused, never the plan. */
export function assertMayWorkPlan(user: AuthUser, scope: PlanScope): void {
  if (!mayWorkPlan(user, scope)) throw JobcardException.notInScope('訓練実施計画');
}
