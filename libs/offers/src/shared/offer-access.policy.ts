// Who may record and edit which offers: consultants those of their own office, HQ and administrators any. Reading is
// decided by @Roles alone (all Center staff who broker read every office's offers: matching crosses offices).
import { Role, type AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { OfferException, OfferExceptionCode } from '../offer.exception';
import { ANY_OFFICE_ROLES } from '../offers-roles';
import { OFFER_FIELD_MESSAGES } from './offer-field-rules';

/** Refuses callers who may not write offers at all (before any input is looked at). */
export function assertMayWriteOffers(user: AuthUser): void {
  if (ANY_OFFICE_ROLES.includes(user.role)) return;
  if (user.role !== Role.CONSULTANT) {
    throw new OfferException(
      OfferExceptionCode.OUTSIDE_OFFICE_SCOPE,
      '送出情報・受入情報を登録・編集する権限がありません。',
    );
  }
  if (!user.officeId) {
    throw new OfferException(
      OfferExceptionCode.NO_OFFICE_ASSIGNED,
      '所属事務所が設定されていないため、送出情報・受入情報を登録・編集できません。管理者に連絡してください。',
    );
  }
}

/** A consultant naming another office's company: a field error (the form shows it on the company). */
export function companyScopeProblem(
  user: AuthUser,
  company: { owningOfficeId: string },
  owningOfficeName: string,
): FieldError | null {
  if (ANY_OFFICE_ROLES.includes(user.role) || company.owningOfficeId === user.officeId) return null;
  return { field: 'input.companyId', message: OFFER_FIELD_MESSAGES.companyOfOtherOffice(owningOfficeName) };
}

/** Refuses a consultant editing another office's offer, naming the office that owns it. */
export function assertMayEditOffer(
  user: AuthUser,
  offer: { owningOfficeId: string },
  owningOfficeName: string,
): void {
  assertMayWriteOffers(user);
  if (ANY_OFFICE_ROLES.includes(user.role) || offer.owningOfficeId === user.officeId) return;
  throw new OfferException(
    OfferExceptionCode.OUTSIDE_OFFICE_SCOPE,
    `この情報は${owningOfficeName}の担当です。他の事務所が担当する情報は編集できません。`,
    { owningOfficeId: offer.owningOfficeId },
  );
}
