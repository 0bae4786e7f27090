// Reading case summaries (the board and the list). Every Center role that brokers may read every office's summaries:
// coordinating a sender in one prefecture with a receiver in another is the Center's job, and a summary carries no
// worker, term or record. The full case stays with the offices involved (case-access.policy.ts). The resolvers'
// @Roles already refuse executives and partners; the services check again so no other caller skips it.
import { Role, type AuthUser } from '@kakehashi/authz';
import { CASE_READERS } from '../cases-roles';
import { CaseException, CaseExceptionCode } from '../case.exception';

export function assertMayReadCaseSummaries(user: AuthUser): void {
  if ((CASE_READERS as readonly Role[]).includes(user.role)) return;
  throw new CaseException(
    CaseExceptionCode.CASES_NOT_READABLE,
    user.role === Role.EXECUTIVE
      ? '経営層の方は案件の個別の情報を閲覧できません。集計画面をご利用ください。'
      : '案件を閲覧する権限がありません。',
  );
}
