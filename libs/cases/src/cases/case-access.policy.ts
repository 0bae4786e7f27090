// Who may act on a given case: headquarters coordinators and consultants of the two offices involved. The role lists
// themselves are in cases-roles.ts.
import { Role, type AuthUser } from '@kakehashi/authz';
import { CaseException, CaseExceptionCode } from '../case.exception';

export interface CaseOffices {
  sendingOfficeId: string;
  receivingOfficeId: string;
}

export function mayActOnCase(user: AuthUser, offices: CaseOffices): boolean {
  if (user.role === Role.HQ_COORDINATOR) return true;
  if (user.role !== Role.CONSULTANT || !user.officeId) return false;
  return user.officeId === offices.sendingOfficeId || user.officeId === offices.receivingOfficeId;
}

export function assertMayActOnCase(user: AuthUser, offices: CaseOffices): void {
  if (mayActOnCase(user, offices)) return;
  if (user.role === Role.CONSULTANT && !user.officeId) {
    throw new CaseException(
      CaseExceptionCode.NO_OFFICE_ASSIGNED,
      '所属事務所が設定されていないため、案件を操作できません。管理者に連絡してください。',
    );
  }
  // Names what was refused and why, never the case: `offices` is often the whole row (workers, contract, notes).
  throw new CaseException(
    CaseExceptionCode.NOT_INVOLVED,
    'この案件を担当する事務所(送出側・受入側)のコンサルタントと本部のみが、詳細の閲覧と操作を行えます。',
  );
}
