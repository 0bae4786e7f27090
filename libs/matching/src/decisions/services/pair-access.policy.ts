import { Role, type AuthUser } from '@kakehashi/authz';
import { ANY_OFFICE_ROLES } from '../../matching-roles';
import { MatchingException, MatchingExceptionCode } from '../../matching.exception';

/**
 * A consultant decides on pairs that involve an offer of their own office (either side: the sender's and the
 * receiver's consultants both work a match); headquarters and administrators on any pair.
 */
export function assertMayDecideOnPair(
  user: AuthUser,
  sendingOfficeId: string,
  receivingOfficeId: string,
): void {
  if (ANY_OFFICE_ROLES.includes(user.role)) return;
  if (user.role !== Role.CONSULTANT) {
    throw new MatchingException(
      MatchingExceptionCode.OUTSIDE_OFFICE_SCOPE,
      'この操作を行う権限がありません。',
    );
  }
  if (!user.officeId) {
    throw new MatchingException(
      MatchingExceptionCode.NO_OFFICE_ASSIGNED,
      '所属事務所が設定されていないため、この操作はできません。管理者に連絡してください。',
    );
  }
  if (user.officeId !== sendingOfficeId && user.officeId !== receivingOfficeId) {
    throw new MatchingException(
      MatchingExceptionCode.OUTSIDE_OFFICE_SCOPE,
      '自分の事務所が担当する送出情報または受入情報を含む組み合わせのみ判断できます。',
      { sendingOfficeId, receivingOfficeId },
    );
  }
}
