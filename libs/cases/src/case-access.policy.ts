// Who may do what with a case. Acting (every mutation, the full record, the history): headquarters coordinators and
// consultants of the two offices involved. Other Center staff who broker read a summary (the board shows every
// office's cases for coordination). Executives see aggregates only, partners nothing: neither reaches this far.
import { Role, type AuthUser } from '@kakehashi/authz';
import { CaseException, CaseExceptionCode } from './case.exception';

/** Roles that may read case summaries (the board, lists). */
export const CASE_READERS = [Role.ADMIN, Role.HQ_COORDINATOR, Role.CONSULTANT] as const;

/** Roles that may act on a case at all; consultants only on their offices' cases. */
export const CASE_ACTORS = [Role.HQ_COORDINATOR, Role.CONSULTANT] as const;

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
